/** Long lists (a tag with thousands of papers, a dump of 20,000 entries) are split into numbered pages. */

/** Entries per page of a tag, source or author list. The pager links a window of them (src/lib/pager.ts). */
export const PAGE_SIZE = 100;

/** Papers per page of the paper lists (newest, by upvotes): rows carry topics, people and source, so fewer fit a screen. */
export const PAPER_PAGE_SIZE = 50;

export interface Page<T> {
  readonly items: readonly T[];
  /** 1-based page number. */
  readonly number: number;
  /** Number of pages in the list (at least 1). */
  readonly count: number;
  /** 1-based position of the page's first item in the whole list. */
  readonly start: number;
}

export function pageCount(total: number, size = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / size));
}

/** The page holding the item at a 1-based position. */
export function pageOf(position: number, size = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(position / size));
}

/** Splits a list into pages; an empty list still makes one (empty) page. */
export function paginate<T>(items: readonly T[], size = PAGE_SIZE): Page<T>[] {
  const count = pageCount(items.length, size);
  return Array.from({ length: count }, (_, index) => ({
    items: items.slice(index * size, (index + 1) * size),
    number: index + 1,
    count,
    start: index * size + 1,
  }));
}

/** The route parameter of a page: page 1 has none, so it sits at the list's own URL. */
export function pageParam(number: number): string | undefined {
  return number <= 1 ? undefined : String(number);
}
