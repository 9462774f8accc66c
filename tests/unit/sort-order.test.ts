import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { OrderedResults, type OrderChunk, type OrderChunkSource } from '../../src/search/sort-order.ts';
import { chunkKeys, groupByKey, readOrderKeys } from '../../src/integrations/sort-order.ts';

/** Chunks as plain data, recording which were read. */
function source(chunks: OrderChunk[]): OrderChunkSource & { read: number[] } {
  const read: number[] = [];
  return {
    read,
    chunkCount: chunks.length,
    chunk: (index: number) => {
      read.push(index);
      return Promise.resolve(chunks[index] as OrderChunk);
    },
  };
}

/** Results in relevance order, best first. */
function ranked(...ids: string[]) {
  return ids.map((id) => ({ id }));
}

const ids = (results: readonly { id: string }[]) => results.map((result) => result.id);

describe('ordering search results by the order files', () => {
  const chunks: OrderChunk[] = [
    [
      ['2025-11-20', ['a', 'b', 'c']],
      ['2025-11-19', ['d']],
    ],
    [
      ['2025-10-01', ['e', 'f']],
      ['', ['g']],
    ],
  ];

  it('orders by key and keeps relevance order within a key', async () => {
    const order = new OrderedResults(ranked('g', 'c', 'e', 'a', 'f', 'd'), source(chunks));
    assert.deepEqual(ids(await order.take(10)), ['c', 'a', 'd', 'e', 'f', 'g']);
  });

  it('reads a chunk only when the results asked for need it', async () => {
    const chunkSource = source(chunks);
    const order = new OrderedResults(ranked('f', 'b', 'a', 'd', 'e'), chunkSource);
    assert.deepEqual(ids(await order.take(2)), ['b', 'a']);
    assert.deepEqual(chunkSource.read, [0]);
    assert.deepEqual(ids(await order.take(4)), ['b', 'a', 'd', 'f']);
    assert.deepEqual(chunkSource.read, [0, 1]);
  });

  it('reads each chunk once when asked twice at the same time', async () => {
    const chunkSource = source(chunks);
    const order = new OrderedResults(ranked('e', 'a'), chunkSource);
    const [first, second] = await Promise.all([order.take(1), order.take(2)]);
    assert.deepEqual(ids(first), ['a']);
    assert.deepEqual(ids(second), ['a', 'e']);
    assert.deepEqual(chunkSource.read, [0, 1]);
  });

  it('still shows, last and in relevance order, a result the order files do not list', async () => {
    const order = new OrderedResults(ranked('x', 'g', 'y', 'a'), source(chunks));
    assert.deepEqual(ids(await order.take(10)), ['a', 'g', 'x', 'y']);
  });

  it('tells the key each placed result was ordered by, and none for results without one', async () => {
    const order = new OrderedResults(ranked('g', 'd', 'a'), source(chunks));
    await order.take(3);
    assert.equal(order.keyOf('a'), '2025-11-20');
    assert.equal(order.keyOf('d'), '2025-11-19');
    assert.equal(order.keyOf('g'), undefined);
  });

  it('gives nothing for no results, without reading anything', async () => {
    const chunkSource = source(chunks);
    assert.deepEqual(await new OrderedResults([], chunkSource).take(10), []);
    assert.deepEqual(chunkSource.read, []);
  });
});

describe('writing the order files', () => {
  const pages = [
    { id: 'en_3', keys: { day: '2024-01-02', upvotes: '9' } },
    { id: 'en_1', keys: {} },
    { id: 'en_2', keys: { day: '2025-06-30', upvotes: '10' } },
    { id: 'en_0', keys: { day: '2024-01-02' } },
    { id: 'en_4', keys: { day: '2023-12-31', upvotes: '9' } },
  ];

  it('groups pages by day, newest first, undated last, ids sorted within a day', () => {
    assert.deepEqual(groupByKey(pages, 'newest'), [
      ['2025-06-30', ['en_2']],
      ['2024-01-02', ['en_0', 'en_3']],
      ['2023-12-31', ['en_4']],
      ['', ['en_1']],
    ]);
  });

  it('groups pages by upvotes as numbers, most first, pages without upvotes last', () => {
    // As text, "9" would come before "10".
    assert.deepEqual(groupByKey(pages, 'upvotes'), [
      ['10', ['en_2']],
      ['9', ['en_3', 'en_4']],
      ['', ['en_0', 'en_1']],
    ]);
  });

  it('cuts chunks of about the given size without splitting a key and loses no page', () => {
    const chunks = chunkKeys(groupByKey(pages, 'newest'), 2);
    assert.deepEqual(
      chunks.map((chunk) => chunk.map(([day]) => day)),
      [
        ['2025-06-30', '2024-01-02'],
        ['2023-12-31', ''],
      ],
    );
    const listed = chunks.flatMap((chunk) => chunk.flatMap(([, keyIds]) => keyIds));
    assert.deepEqual([...listed].sort(), pages.map((page) => page.id).sort());
  });
});

describe('reading a page’s order keys', () => {
  it('reads the keys the page declares', () => {
    const html = '<p>x</p><data data-order-key="day" value="2025-02-26"></data><data data-order-key="upvotes" value="12"></data>';
    assert.deepEqual(readOrderKeys(html, '/papers/x/'), { day: '2025-02-26', upvotes: '12' });
  });

  it('ignores seed text that looks like a key, which the page can only hold escaped', () => {
    const html = '<p>&lt;data data-order-key="day" value="1999-01-01"&gt;&lt;/data&gt;</p>';
    assert.deepEqual(readOrderKeys(html, '/papers/x/'), {});
  });

  it('names the page when a key is malformed', () => {
    const malformed = '<data data-order-key="upvotes" value="many"></data>';
    assert.throws(() => readOrderKeys(malformed, '/papers/x/'), /\/papers\/x\/.*upvotes="many"/u);
    assert.throws(() => readOrderKeys('<data data-order-key="stars" value="1"></data>', '/papers/x/'), /\/papers\/x\/.*"stars"/u);
  });
});
