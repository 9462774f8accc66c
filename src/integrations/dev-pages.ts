import { LIST_ROOTS, isIndexedPath, isListPath } from './indexed-pages.ts';

/**
 * The indexed pages as the running dev server renders them, found the way a reader finds them:
 * from the paper and note lists, following their links. So the dev index holds exactly the pages
 * and the markup the dev server shows, with no second description of what a page contains.
 */

/** Rendering is cheap (a few ms per page); a few at a time keep the dev server responsive. */
const PARALLEL_FETCHES = 4;

/**
 * Links of a rendered page. Only the site's own markup can hold `<a`: Astro escapes every `<` of
 * seed text.
 */
function linkPaths(html: string, pageUrl: URL): string[] {
  const paths: string[] = [];
  for (const [, href] of html.matchAll(/<a\b[^>]*?\shref="([^"]*)"/gu)) {
    const url = new URL((href ?? '').replaceAll('&amp;', '&'), pageUrl);
    if (url.origin === pageUrl.origin) paths.push(url.pathname);
  }
  return paths;
}

/**
 * Fetches every indexed page reachable from the lists. Returns each page's HTML by its URL path
 * relative to the base, with a leading slash (`/papers/deepgemm/`), as Pagefind names pages
 * (percent-encoded, as in a link).
 */
export async function fetchIndexedPages(origin: string, base: string): Promise<Map<string, string>> {
  const pages = new Map<string, string>();
  const seen = new Set<string>(LIST_ROOTS);
  const queue: string[] = [...LIST_ROOTS];

  async function visit(path: string): Promise<void> {
    const url = new URL(`${base}${path}`, origin);
    const response = await fetch(url);
    if (!response.ok) throw new Error(`The dev server answered ${response.status} for ${url.pathname}.`);
    const html = await response.text();
    if (isIndexedPath(path)) pages.set(`/${path}`, html);
    if (!isListPath(path)) return;
    for (const linked of linkPaths(html, url)) {
      if (!linked.startsWith(base)) continue;
      const relative = linked.slice(base.length);
      if (seen.has(relative) || !(isIndexedPath(relative) || isListPath(relative))) continue;
      seen.add(relative);
      queue.push(relative);
    }
  }

  while (queue.length > 0) {
    await Promise.all(queue.splice(0, PARALLEL_FETCHES).map(visit));
  }
  return pages;
}
