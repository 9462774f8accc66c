/**
 * Which indexed page goes into which part of the search index (see src/search/parts.ts).
 *
 * Papers come in the order the paper pages render, newest first (the catalog's order, which
 * paperPaths keeps). Parts are cut from the oldest end: every older part holds exactly
 * `partPapers` papers, and the first part the rest, between one and two parts' worth. Adding
 * newer papers then leaves the older parts as they were, so an incremental build can reuse them;
 * and a first search always covers at least `partPapers` papers once the site has that many.
 */

/**
 * Papers per older part. The first part holds up to twice as many, plus the notes and posts; at
 * about 7 bytes per page in Pagefind's page list, that keeps a first search under 300 KB.
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

/**
 * The indexed pages' paths per part, in the order searches read them, each part in the order
 * given: the notes, blog posts and newest papers; then the older papers, newest first. The posts
 * stay in the first part although their pages render last, so that part is indexed only at the
 * end: Pagefind ranks each part by its own word statistics, and posts in a part of their own
 * ranked below papers they had outranked in one index (the relevance set lost 0.02).
 */
export function planParts(paths: readonly string[], size: number): PlannedPart[] {
  const papers = paths.filter((path) => path.startsWith('papers/'));
  const older = papers.length >= 2 * size ? Math.floor(papers.length / size) - 1 : 0;
  const firstPapers = papers.length - older * size;
  const partOf = new Map<string, number>();
  papers.forEach((path, at) => partOf.set(path, at < firstPapers ? 0 : 1 + Math.floor((at - firstPapers) / size)));
  const parts: string[][] = Array.from({ length: older + 1 }, () => []);
  for (const path of paths) parts[partOf.get(path) ?? 0]?.push(path);
  return parts.map((part, index) => ({ paths: part, firstSearch: index === 0 }));
}
