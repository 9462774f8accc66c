/**
 * Which pages the search index reads: paper, note and blog post pages (routes.paper, routes.note and
 * routes.post), never lists or the search page. tests/site/search-index.spec.ts checks that these are exactly the
 * pages marked `data-pagefind-body`.
 */

/** The indexed pages as files under the output folder, as a glob for Pagefind's own reader of a folder (the tests compare with it). */
export const INDEXED_FILES = '{papers,notes,posts}/*/index.html';

/** The paper list's later pages live under `papers/page/` and the upvote order under `papers/top/`: no papers. */
const LIST_FOLDERS: ReadonlySet<string> = new Set(['page', 'top']);

/** Whether a URL path relative to the base (`papers/deepgemm/`) is an indexed page. */
export function isIndexedPath(path: string): boolean {
  const match = /^(papers|notes|posts)\/([^/]+)\/$/u.exec(path);
  return match !== null && !(match[1] === 'papers' && LIST_FOLDERS.has(match[2] ?? ''));
}

/** The lists that link every indexed page between them: the paper list, the notes and the blog posts, with their later pages. */
export const LIST_ROOTS = ['papers/', 'notes/', 'posts/'] as const;

export function isListPath(path: string): boolean {
  return (LIST_ROOTS as readonly string[]).includes(path) || /^(papers|posts)\/page\/\d+\/$/u.test(path);
}
