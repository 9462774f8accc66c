/**
 * Every URL the site links to, in one place. Paths include the configured base (`BASE_PATH`),
 * so the same build works at `/` or under a sub-path such as `/notes/`, and end in `/` to match
 * `trailingSlash: 'always'`. Page 1 of a paginated list lives at the list's own URL; later
 * pages add their number (`/tags/rl/2/`).
 */
import type { AuthorSlug } from './authors.ts';
import { LAYOUT_STYLESHEET } from './math/inline-styles.ts';
import type { TagSlug } from './tags.ts';

/** The site's base path with exactly one trailing slash (`/` or `/notes/`). */
export const BASE = import.meta.env.BASE_URL.replace(/\/*$/u, '/');

function paged(path: string, page: number): string {
  return page <= 1 ? path : `${path}${page}/`;
}

export const routes = {
  home: (): string => BASE,
  about: (): string => `${BASE}about/`,
  search: (): string => `${BASE}search/`,
  feed: (): string => `${BASE}rss.xml`,
  /** Newest papers first; later pages sit under `page/` so they can never meet a paper slug. */
  papers: (page = 1): string => (page <= 1 ? `${BASE}papers/` : `${BASE}papers/page/${page}/`),
  /** Most upvoted first; `top` is kept from paper slugs (the catalog refuses a paper titled so). */
  papersTop: (page = 1): string => paged(`${BASE}papers/top/`, page),
  paper: (slug: string): string => `${BASE}papers/${slug}/`,
  /** Every author; later pages under `page/`, as for papers, so they never meet an author slug. */
  authors: (page = 1): string => (page <= 1 ? `${BASE}authors/` : `${BASE}authors/page/${page}/`),
  author: (slug: AuthorSlug): string => `${BASE}authors/${slug}/`,
  /** The maintainer's MDX notes. */
  notes: (): string => `${BASE}notes/`,
  note: (slug: string): string => `${BASE}notes/${slug}/`,
  /** Long-form posts from the blog dumps; later pages under `page/`, as for papers, so they never meet a post slug. */
  posts: (page = 1): string => (page <= 1 ? `${BASE}posts/` : `${BASE}posts/page/${page}/`),
  post: (slug: string): string => `${BASE}posts/${slug}/`,
  tags: (): string => `${BASE}tags/`,
  tag: (slug: TagSlug, page = 1): string => paged(`${BASE}tags/${slug}/`, page),
  tagFeed: (slug: TagSlug): string => `${BASE}tags/${slug}/rss.xml`,
  sources: (): string => `${BASE}sources/`,
  source: (id: string, page = 1): string => paged(`${BASE}sources/${id}/`, page),
  /** KaTeX's layout classes, written after the build (src/integrations/math-layout.ts). */
  mathLayout: (): string => `${BASE}${LAYOUT_STYLESHEET}`,
  /** An entry on its source page: the page that holds it, scrolled to the entry. */
  sourceEntry: (id: string, page: number, position: number): string => `${routes.source(id, page)}#${entryAnchor(position)}`,
} as const;

/** Fragment id of a source entry, by its 1-based position in the dump. */
export function entryAnchor(position: number): string {
  return `entry-${position}`;
}

/** Absolute URL of a site path (which already includes the base), for canonical links, feeds and JSON-LD. */
export function absoluteUrl(path: string, site: URL | undefined): string {
  return new URL(path, site ?? 'http://localhost/').href;
}
