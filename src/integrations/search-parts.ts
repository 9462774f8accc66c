/**
 * Which indexed page goes into which part of the search index (see src/search/parts.ts).
 *
 * Papers come in the order the paper pages render, newest first (the catalog's order, which
 * paperPaths keeps). The older parts are cut where the papers themselves say, not by counting:
 * after a paper whose page path hashes to a cut mark, once the part holds at least three quarters
 * of `partPapers` (and always at one and a half times it). New papers then change the part they
 * land in, wherever they sort, and now and then the next one, when they push its cut past a mark
 * (50 papers among 50,000, in parts of 8,000, changed 1 to 1.25 parts on average): a newer day
 * changes the first part, and a Hugging Face page with yearless dates, which sort at the oldest
 * end, the oldest. The other parts keep their pages, so a rebuild takes them from the last build
 * (search-part-cache.ts). The first part holds the newest papers down to the first cut at least
 * `partPapers` deep, so a first search always covers that many papers once the site has them.
 */

/**
 * Papers per older part, on average. The first part holds up to two and a half times as many, plus
 * the notes and posts; at about 7 bytes per page in Pagefind's page list, that keeps a first search
 * under 300 KB.
 * `SEARCH_PART_PAPERS` sets another size, as the tests do to build a small site in several parts.
 */
export const PART_PAPERS = 8000;

export function partPapers(env: NodeJS.ProcessEnv = process.env): number {
  const size = Number(env['SEARCH_PART_PAPERS'] ?? PART_PAPERS);
  if (!Number.isInteger(size) || size < 1) {
    throw new Error(`SEARCH_PART_PAPERS must be a whole number above 0, got "${env['SEARCH_PART_PAPERS']}".`);
  }
  return size;
}

/** One part's pages, and whether a first search reads it. */
export interface PlannedPart {
  readonly paths: readonly string[];
  readonly firstSearch: boolean;
}

/** FNV-1a over the path's UTF-16 code units: stable across builds and machines, and cheap. */
function pathHash(path: string): number {
  let hash = 0x811c9dc5;
  for (let at = 0; at < path.length; at += 1) {
    hash ^= path.charCodeAt(at);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** How long an older part is at least and at most, and how often a paper past the least is a cut mark: on average `size`. */
export function partBounds(size: number): { readonly least: number; readonly most: number; readonly markEvery: number } {
  const least = Math.max(1, Math.ceil((size * 3) / 4));
  return { least, most: Math.max(least, Math.floor((size * 3) / 2)), markEvery: Math.max(1, size - least) };
}

/**
 * The paper paths, newest first, cut into parts: the older parts from the oldest end at the cut
 * marks, then the first part the rest, with the newest older part joined to it when the rest holds
 * fewer than `size` papers.
 */
function cutPapers(papers: readonly string[], size: number): string[][] {
  const { least, most, markEvery } = partBounds(size);
  const older: string[][] = [];
  let part: string[] = [];
  for (let at = papers.length - 1; at >= 0; at -= 1) {
    const path = papers[at] as string;
    part.push(path);
    if (part.length >= most || (part.length >= least && pathHash(path) % markEvery === 0)) {
      older.push(part.reverse());
      part = [];
    }
  }
  let first = part.reverse();
  while (first.length < size) {
    const joined = older.pop();
    if (!joined) break;
    first = [...first, ...joined];
  }
  return [first, ...older.reverse()];
}

/**
 * The indexed pages' paths per part, in the order searches read them, each part in the order
 * given: the notes, blog posts and newest papers; then the older papers, newest first. The posts
 * stay in the first part although their pages render last, so that part is indexed only at the
 * end: Pagefind ranks each part by its own word statistics, and posts in a part of their own
 * ranked below papers they had outranked in one index (the relevance set lost 0.02).
 */
export function planParts(paths: readonly string[], size: number): PlannedPart[] {
  const papers = paths.filter((path) => path.startsWith('papers/'));
  const cuts = cutPapers(papers, size);
  const partOf = new Map<string, number>();
  cuts.forEach((part, index) => {
    for (const path of part) partOf.set(path, index);
  });
  const parts: string[][] = cuts.map(() => []);
  for (const path of paths) parts[partOf.get(path) ?? 0]?.push(path);
  return parts.map((part, index) => ({ paths: part, firstSearch: index === 0 }));
}
