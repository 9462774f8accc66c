/**
 * The part of a rendered page that the search index reads, as a small HTML document of its own.
 *
 * Pagefind reads only the element marked `data-pagefind-body` (every filter, metadata field and
 * order key of our pages sits inside it, see SearchFacts.astro) and the page's `<html lang>`. So
 * the index is given just those, a quarter of each page: the same text, headings, filters and
 * metadata reach Pagefind, which tests/site/search-index.spec.ts checks against Pagefind's own
 * reading of the finished pages. Only the site's markup can hold `<` here (Astro escapes every
 * `<` of seed text), so the element's end is found by counting its own tag.
 */

const BODY_MARK = ' data-pagefind-body';
const PAGE_LANG = /<html[^>]*?\slang="([^"]*)"/iu;

export interface SearchDocument {
  /** Pagefind's URL of the page: its path under the base, with a leading slash, percent-encoded as in a link. */
  readonly url: string;
  readonly html: string;
}

/** The indexed element of a page and the page's language, or null for a page with nothing to index. */
export function searchDocument(path: string, page: string): SearchDocument | null {
  const mark = page.indexOf(BODY_MARK);
  if (mark === -1) return null;
  const start = page.lastIndexOf('<', mark);
  const tag = /^<([a-z][a-z0-9-]*)/u.exec(page.slice(start, mark + 1))?.[1];
  if (!tag) throw new Error(`${path}: the element marked data-pagefind-body has no tag name the index can read.`);
  const tags = new RegExp(`<(/?)${tag}[\\s>]`, 'gu');
  tags.lastIndex = start;
  let depth = 0;
  let end = -1;
  for (let found = tags.exec(page); found !== null; found = tags.exec(page)) {
    depth += found[1] === '/' ? -1 : 1;
    if (depth === 0) {
      end = page.indexOf('>', found.index) + 1;
      break;
    }
  }
  if (end <= 0) throw new Error(`${path}: the element marked data-pagefind-body is never closed.`);
  const lang = PAGE_LANG.exec(page.slice(0, page.indexOf('>', page.indexOf('<html')) + 1))?.[1];
  if (lang === undefined) throw new Error(`${path}: the page declares no <html lang>, which decides its search index.`);
  return { url: encodeURI(`/${path}`), html: `<!DOCTYPE html><html lang="${lang}"><body>${page.slice(start, end)}</body></html>` };
}
