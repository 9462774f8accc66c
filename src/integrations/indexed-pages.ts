/**
 * Which pages the search index reads: paper and note pages (routes.paper and routes.post), never
 * lists or the search page. tests/site/search-index.spec.ts checks that these are exactly the
 * pages marked `data-pagefind-body`.
 */

/** The indexed pages as files, relative to the build's output folder. */
export const INDEXED_FILES = '{papers,posts}/*/index.html';

/** The paper list's later pages live under `papers/page/`, which is no paper. */
const LIST_FOLDER = 'page';

/** Whether a URL path relative to the base (`papers/deepgemm/`) is an indexed page. */
export function isIndexedPath(path: string): boolean {
  const match = /^(papers|posts)\/([^/]+)\/$/u.exec(path);
  return match !== null && !(match[1] === 'papers' && match[2] === LIST_FOLDER);
}

/** The lists that link every indexed page between them: the paper list, its later pages, and the note list. */
export const LIST_ROOTS = ['papers/', 'posts/'] as const;

export function isListPath(path: string): boolean {
  return (LIST_ROOTS as readonly string[]).includes(path) || /^papers\/page\/\d+\/$/u.test(path);
}
