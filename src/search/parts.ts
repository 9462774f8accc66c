/**
 * The search index in parts, newest papers first.
 *
 * Pagefind 1.x downloads its whole list of pages with a first search, and that list grows with
 * every page (Pagefind/pagefind#998): at 50,000 papers it alone weighed more than the rest of a
 * first search together. So the build cuts the index into parts (src/integrations/search-parts.ts).
 * A first search reads the part of the notes, blog posts and newest papers, which is Pagefind's
 * own bundle under `pagefind/`; each further part holds a fixed number of older papers, newest
 * first. Those are read only when their papers are needed: when the results so far do not fill a
 * page, when the reader asks for more or opens the filter list, or when an order by date or
 * upvotes reaches their pages (see OrderedResults in sort-order.ts). Parts join the first through
 * Pagefind's `mergeIndex`, so results are always ranked over every part read so far, and results
 * already shown never move.
 *
 * `pagefind/parts.json` lists the parts in the order searches read them.
 */

/** The manifest's file name, in the first part's folder. */
export const PARTS_MANIFEST = 'parts.json';

export interface IndexPart {
  /** Folder under `pagefind/`: `` for the first part, `part-1/` and so on. */
  readonly folder: string;
  /** Whether a first search reads the part; those parts come first. */
  readonly firstSearch: boolean;
  /** Pages in the part. */
  readonly pages: number;
  /** Order keys (`YYYY-MM-DD`, see sort-order.ts) of the newest and oldest dated page in the part; null when none is dated. */
  readonly newest: string | null;
  readonly oldest: string | null;
}

export interface PartsManifest {
  readonly parts: readonly IndexPart[];
}

export function partFolder(index: number): string {
  return index === 0 ? '' : `part-${index}/`;
}

/** The folder of the part a page is in, from the page's id in the order files (`part-2/en_…`, or `en_…` in the first part). */
export function folderOfPage(id: string): string {
  return /^part-\d+\//u.exec(id)?.[0] ?? '';
}
