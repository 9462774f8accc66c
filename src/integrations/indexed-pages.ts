/**
 * Which pages the search index reads: paper, note and blog post pages (routes.paper, routes.note and
 * routes.post), never lists or the search page. tests/site/search-index.spec.ts checks that these are exactly the
 * pages marked `data-pagefind-body`.
 */

/** The indexed pages as files, relative to the build's output folder. */
export const INDEXED_FILES = '{papers,notes,posts}/*/index.html';

/** The paper list's later pages live under `papers/page/` and the upvote order under `papers/top/`: no papers. */
const LIST_FOLDERS: ReadonlySet<string> = new Set(['page', 'top']);

/** Whether a URL path relative to the base (`papers/deepgemm/`) is an indexed page. */
export function isIndexedPath(path: string): boolean {
  const match = /^(papers|notes|posts)\/([^/]+)\/$/u.exec(path);
  return match !== null && !(match[1] === 'papers' && LIST_FOLDERS.has(match[2] ?? ''));
}

/** The lists that link every indexed page between them: the paper list, its later pages, the notes and the blog posts. */
export const LIST_ROOTS = ['papers/', 'notes/', 'posts/'] as const;

export function isListPath(path: string): boolean {
  return (LIST_ROOTS as readonly string[]).includes(path) || /^papers\/page\/\d+\/$/u.test(path);
}
