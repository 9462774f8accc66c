import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { OrderedResults, allMatches, type OrderChunk, type OrderChunkSource, type OrderMatches } from '../../src/search/sort-order.ts';
import { folderOfPage } from '../../src/search/parts.ts';
import { seededRandom, type Random } from './fuzz/mutations.ts';
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

/** Results in relevance order, best first, all known at once. */
function ranked(...ids: string[]) {
  return allMatches(ids.map((id) => ({ id })));
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
    assert.deepEqual(await new OrderedResults(allMatches([]), chunkSource).take(10), []);
    assert.deepEqual(chunkSource.read, []);
  });
});

/**
 * An index in parts, as the search page searches it: the matches of the parts searched so far, in
 * the relevance order of the whole index (each part ranks its pages by itself), and a record of
 * how many parts were searched. Pages are named by their part's folder, as in the order files.
 * `failures` makes that many searches of further parts fail first, as a lost connection would.
 */
function partsSearch(relevance: readonly string[], parts: number, firstRead = 1, failures = 0) {
  const partOf = (id: string) => (folderOfPage(id) === '' ? 0 : Number(/\d+/u.exec(folderOfPage(id))?.[0]));
  let read = Math.min(firstRead, parts);
  let failing = failures;
  let found: { id: string }[] = [];
  let foundAt = -1;
  const searchThrough = (count: number): Promise<void> => {
    if (failing > 0) {
      failing -= 1;
      return Promise.reject(new Error('part unavailable'));
    }
    read = Math.max(read, Math.min(count, parts));
    return Promise.resolve();
  };
  const search: OrderMatches<{ id: string }> & { readonly read: number } = {
    get read() {
      return read;
    },
    get found() {
      // The same array until another part is searched, as the search page gives it.
      if (foundAt !== read) {
        found = relevance.filter((id) => partOf(id) < read).map((id) => ({ id }));
        foundAt = read;
      }
      return found;
    },
    get complete() {
      return read >= parts;
    },
    knows: (id) => partOf(id) < read,
    learn: (ids) => searchThrough(ids.reduce((last, id) => Math.max(last, partOf(id) + 1), 0)),
    widen: () => (read >= parts ? Promise.resolve() : searchThrough(read + 1)),
  };
  return { search, partOf };
}

describe('ordering the matches of an index in parts', () => {
  // Newest first: the first part holds the newest papers, the second the older ones; one day spans both.
  const chunks: OrderChunk[] = [
    [
      ['2025-11-20', ['a', 'b']],
      ['2025-11-19', ['c', 'part-1/d']],
    ],
    [
      ['2025-10-01', ['part-1/e']],
      ['', ['f', 'part-1/g']],
    ],
  ];

  it('places a page of matches from the first part without searching another', async () => {
    const { search } = partsSearch(['b', 'part-1/e', 'a', 'c'], 2);
    const order = new OrderedResults(search, source(chunks));
    assert.deepEqual(ids(await order.take(2)), ['b', 'a']);
    assert.equal(search.read, 1);
  });

  it('searches the part a key’s pages are in before placing the key, in relevance order within it', async () => {
    const { search } = partsSearch(['part-1/d', 'b', 'c', 'a'], 2);
    const order = new OrderedResults(search, source(chunks));
    assert.deepEqual(ids(await order.take(3)), ['b', 'a', 'part-1/d']);
    assert.equal(search.read, 2);
    assert.deepEqual(ids(await order.take(10)), ['b', 'a', 'part-1/d', 'c']);
  });

  it('with no match, searches every part and reads none of the order', async () => {
    const { search } = partsSearch([], 2);
    const chunkSource = source(chunks);
    assert.deepEqual(await new OrderedResults(search, chunkSource).take(10), []);
    assert.equal(search.read, 2);
    assert.deepEqual(chunkSource.read, []);
  });

  it('once every match found is placed, searches the next part before reading more of the order', async () => {
    // One match, on the newest day: the later days of the first part need not be read to know it is the only one.
    const sparse: OrderChunk[] = [[['2025-11-20', ['a']]], [['2025-11-19', ['b']]], [['2025-10-01', ['part-1/c']]]];
    const { search } = partsSearch(['a'], 2);
    const chunkSource = source(sparse);
    assert.deepEqual(ids(await new OrderedResults(search, chunkSource).take(10)), ['a']);
    assert.equal(search.read, 2);
    assert.deepEqual(chunkSource.read, [0]);
  });

  it('takes again after a part could not be searched, losing nothing', async () => {
    const { search } = partsSearch(['part-1/d', 'b', 'c', 'a'], 2, 1, 1);
    const order = new OrderedResults(search, source(chunks));
    await assert.rejects(order.take(3), /part unavailable/u);
    assert.deepEqual(ids(await order.take(10)), ['b', 'a', 'part-1/d', 'c']);
    // Placed under their day, not as results the order files do not list.
    assert.equal(order.keyOf('part-1/d'), '2025-11-19');
    assert.equal(order.keyOf('c'), '2025-11-19');
  });

  /** Random pages in random parts with random keys, a random subset matching, in random relevance order. */
  function randomCase(random: Random) {
    const parts = 1 + random.below(4);
    const pages = Array.from({ length: 1 + random.below(40) }, (_, at) => {
      const part = random.below(parts);
      return {
        id: `${part === 0 ? '' : `part-${part}/`}en_${at}`,
        key: random.below(4) === 0 ? '' : `2025-01-${String(10 + random.below(8))}`,
      };
    });
    const keys = [...new Set(pages.map((page) => page.key))].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : b.localeCompare(a)));
    const groups = keys.map((key) => [key, pages.filter((page) => page.key === key).map((page) => page.id)] as const);
    const chunkSize = 1 + random.below(3);
    const randomChunks: OrderChunk[] = [];
    for (let at = 0; at < groups.length; at += chunkSize) randomChunks.push(groups.slice(at, at + chunkSize));
    const relevance = pages.filter(() => random.below(2) === 0).map((page) => page.id);
    for (let at = relevance.length - 1; at > 0; at -= 1) {
      const other = random.below(at + 1);
      [relevance[at], relevance[other]] = [relevance[other] as string, relevance[at] as string];
    }
    return { parts, groups, chunks: randomChunks, relevance, firstRead: 1 + random.below(2) };
  }

  it('takes, page after page, exactly what the same order takes over the whole index, searching no part it need not', async () => {
    for (let seed = 1; seed <= 300; seed += 1) {
      const random = seededRandom(seed);
      const { parts, groups, chunks: randomChunks, relevance, firstRead } = randomCase(random);
      const whole = new OrderedResults(allMatches(relevance.map((id) => ({ id }))), source(randomChunks));
      const { search, partOf } = partsSearch(relevance, parts, firstRead);
      const widening = new OrderedResults(search, source(randomChunks));
      for (const count of [1, 3, 10, 50]) {
        const expected = await whole.take(count);
        assert.deepEqual(ids(await widening.take(count)), ids(expected), `seed ${seed}, first ${count}`);
        for (const result of expected) assert.equal(widening.keyOf(result.id), whole.keyOf(result.id));
        // The parts needed: with fewer matches than asked for, all (to know there are no more);
        // else those up to the last one holding a page of a key placed so far.
        const lastKey = whole.keyOf(expected.at(-1)?.id ?? '') ?? '';
        const placedKeys = groups.slice(0, groups.findIndex(([key]) => key === lastKey) + 1);
        const needed =
          expected.length < count
            ? parts
            : placedKeys.flatMap(([, keyIds]) => keyIds).reduce((last, id) => Math.max(last, partOf(id) + 1), 0);
        assert.ok(
          search.read <= Math.max(Math.min(firstRead, parts), needed),
          `seed ${seed}, first ${count}: ${search.read} parts searched, ${needed} needed`,
        );
      }
    }
  });

  it('takes the same when asked twice at the same time', async () => {
    for (let seed = 301; seed <= 400; seed += 1) {
      const { parts, chunks: randomChunks, relevance } = randomCase(seededRandom(seed));
      const whole = new OrderedResults(allMatches(relevance.map((id) => ({ id }))), source(randomChunks));
      const widening = new OrderedResults(partsSearch(relevance, parts).search, source(randomChunks));
      const [three, ten] = await Promise.all([widening.take(3), widening.take(10)]);
      assert.deepEqual(ids(three), ids(await whole.take(3)), `seed ${seed}`);
      assert.deepEqual(ids(ten), ids(await whole.take(10)), `seed ${seed}`);
    }
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
