import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type PagerItem, pagerItems } from '../../src/lib/pager.ts';

/** `1 … 4 5 [6] 7 8 … 20` as a pager reads, with the current page in brackets. */
function read(items: readonly PagerItem[], current: number): string {
  return items.map((item) => (item.kind === 'gap' ? '…' : item.number === current ? `[${item.number}]` : String(item.number))).join(' ');
}

describe('pager window', () => {
  const cases: [current: number, count: number, expected: string][] = [
    [1, 1, ''],
    [1, 2, '[1] 2'],
    [1, 7, '[1] 2 3 … 7'],
    [4, 7, '1 2 3 [4] 5 6 7'],
    [5, 7, '1 2 3 4 [5] 6 7'],
    [7, 7, '1 … 5 6 [7]'],
    [6, 20, '1 … 4 5 [6] 7 8 … 20'],
    // A gap of a single page shows the page instead.
    [5, 20, '1 2 3 4 [5] 6 7 … 20'],
    [16, 20, '1 … 14 15 [16] 17 18 19 20'],
    [500, 1000, '1 … 498 499 [500] 501 502 … 1000'],
  ];
  for (const [current, count, expected] of cases) {
    it(`page ${current} of ${count}: ${expected || 'no pager'}`, () => {
      assert.equal(read(pagerItems(current, count), current), expected);
    });
  }

  it('links every page exactly once, in order, and stays small however long the list', () => {
    for (const count of [1, 2, 3, 8, 50, 1001]) {
      for (let current = 1; current <= count; current += 1) {
        const numbers = pagerItems(current, count).flatMap((item) => (item.kind === 'page' ? [item.number] : []));
        assert.deepEqual(
          numbers,
          [...new Set(numbers)].sort((a, b) => a - b),
        );
        if (count > 1) assert.ok(numbers.includes(1) && numbers.includes(count) && numbers.includes(current));
        assert.ok(pagerItems(current, count).length <= 9, `${current} of ${count}`);
      }
    }
  });
});

describe('blog post list pages', () => {
  it('holds as many posts a page as the paper list, in the blog order, numbered on from the page before', async () => {
    const { postListPages, postListPaths } = await import('../../src/lib/paths.ts');
    const { PAPER_PAGE_SIZE } = await import('../../src/lib/paging.ts');
    const posts = Array.from({ length: 2 * PAPER_PAGE_SIZE + 3 }, (_, index) => ({ slug: `post-${index}` }));
    const catalog = { posts } as unknown as Parameters<typeof postListPages>[0];
    const pages = postListPages(catalog);
    assert.deepEqual(
      pages.map((page) => [page.number, page.count, page.start, page.items.length]),
      [
        [1, 3, 1, PAPER_PAGE_SIZE],
        [2, 3, PAPER_PAGE_SIZE + 1, PAPER_PAGE_SIZE],
        [3, 3, 2 * PAPER_PAGE_SIZE + 1, 3],
      ],
    );
    assert.deepEqual(
      pages.flatMap((page) => page.items),
      posts,
    );
    assert.deepEqual(
      postListPaths(catalog).map(({ params }) => params.page),
      ['2', '3'],
    );
  });
});
