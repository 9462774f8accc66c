import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { NewestFirst, type NewestChunk, type NewestChunkSource } from '../../src/components/search/newest-order.ts';
import { chunkDays, groupByDay } from '../../src/integrations/newest-order.ts';

/** Chunks as plain data, recording which were read. */
function source(chunks: NewestChunk[]): NewestChunkSource & { read: number[] } {
  const read: number[] = [];
  return {
    read,
    chunkCount: chunks.length,
    chunk: async (index) => {
      read.push(index);
      return chunks[index] as NewestChunk;
    },
  };
}

/** Results in relevance order, best first. */
function ranked(...ids: string[]) {
  return ids.map((id) => ({ id }));
}

const ids = (results: readonly { id: string }[]) => results.map((result) => result.id);

describe('newest-first order of search results', () => {
  const chunks: NewestChunk[] = [
    [
      ['2025-11-20', ['a', 'b', 'c']],
      ['2025-11-19', ['d']],
    ],
    [
      ['2025-10-01', ['e', 'f']],
      ['', ['g']],
    ],
  ];

  it('orders by day, newest first, and keeps relevance order within a day', async () => {
    const order = new NewestFirst(ranked('g', 'c', 'e', 'a', 'f', 'd'), source(chunks));
    assert.deepEqual(ids(await order.take(10)), ['c', 'a', 'd', 'e', 'f', 'g']);
  });

  it('reads a chunk only when the results asked for need it', async () => {
    const chunkSource = source(chunks);
    const order = new NewestFirst(ranked('f', 'b', 'a', 'd', 'e'), chunkSource);
    assert.deepEqual(ids(await order.take(2)), ['b', 'a']);
    assert.deepEqual(chunkSource.read, [0]);
    assert.deepEqual(ids(await order.take(4)), ['b', 'a', 'd', 'f']);
    assert.deepEqual(chunkSource.read, [0, 1]);
  });

  it('reads each chunk once when asked twice at the same time', async () => {
    const chunkSource = source(chunks);
    const order = new NewestFirst(ranked('e', 'a'), chunkSource);
    const [first, second] = await Promise.all([order.take(1), order.take(2)]);
    assert.deepEqual(ids(first), ['a']);
    assert.deepEqual(ids(second), ['a', 'e']);
    assert.deepEqual(chunkSource.read, [0, 1]);
  });

  it('still shows, last and in relevance order, a result the order files do not list', async () => {
    const order = new NewestFirst(ranked('x', 'g', 'y', 'a'), source(chunks));
    assert.deepEqual(ids(await order.take(10)), ['a', 'g', 'x', 'y']);
  });

  it('gives nothing for no results, without reading anything', async () => {
    const chunkSource = source(chunks);
    assert.deepEqual(await new NewestFirst([], chunkSource).take(10), []);
    assert.deepEqual(chunkSource.read, []);
  });
});

describe('writing the newest-first order', () => {
  const pages = [
    { id: 'en_3', day: '2024-01-02' },
    { id: 'en_1', day: '' },
    { id: 'en_2', day: '2025-06-30' },
    { id: 'en_0', day: '2024-01-02' },
    { id: 'en_4', day: '2023-12-31' },
  ];

  it('groups pages by day, newest first, undated last, ids sorted within a day', () => {
    assert.deepEqual(groupByDay(pages), [
      ['2025-06-30', ['en_2']],
      ['2024-01-02', ['en_0', 'en_3']],
      ['2023-12-31', ['en_4']],
      ['', ['en_1']],
    ]);
  });

  it('cuts chunks of about the given size without splitting a day and loses no page', () => {
    const chunks = chunkDays(groupByDay(pages), 2);
    assert.deepEqual(
      chunks.map((chunk) => chunk.map(([day]) => day)),
      [['2025-06-30', '2024-01-02'], ['2023-12-31', '']],
    );
    const listed = chunks.flatMap((chunk) => chunk.flatMap(([, dayIds]) => dayIds));
    assert.deepEqual([...listed].sort(), pages.map((page) => page.id).sort());
  });
});
