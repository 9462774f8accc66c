/**
 * The part of a rendered page that the search index reads, as a small HTML document of its own.
 *
 * Pagefind reads only the element marked `data-pagefind-body` (every filter, metadata field and
 * order key of our pages sits inside it, see SearchFacts.astro) and the page's `<html lang>`, and
 * within it skips every element marked `data-pagefind-ignore`. So the index is given just what it
 * reads: the marked element without the skipped ones, which halves it (the related items, links
 * and labels it skips), to about a quarter of the page. The same text, headings, filters and
 * metadata reach Pagefind, which tests/site/search-index.spec.ts checks against Pagefind's own
 * reading of the finished pages; and a page whose related items change with a new dump gives the
 * index the same document.
 *
 * Astro escapes every `<`, `>` and `"` of seed text, so only the site's markup has tags and
 * attributes: an element's end is found by counting its own tag, and a mark counts only as an
 * attribute of a start tag, never as words of a title or of a quoted value.
 */

const BODY = 'data-pagefind-body';
const IGNORE = 'data-pagefind-ignore';
/** Pagefind still reads these inside a skipped element; one that holds them is left in. */
const FIELDS = ['data-pagefind-filter', 'data-pagefind-meta', 'data-pagefind-sort'] as const;
const PAGE_LANG = /<html[^>]*?\slang="([^"]*)"/iu;

export interface SearchDocument {
  /** Pagefind's URL of the page: its path under the base, with a leading slash, percent-encoded as in a link. */
  readonly url: string;
  readonly html: string;
}

/** Where `name` next stands as an attribute of a start tag, from `from` on; -1 if nowhere. */
function attributeAt(html: string, name: string, from: number): number {
  for (let at = html.indexOf(` ${name}`, from); at !== -1; at = html.indexOf(` ${name}`, at + 1)) {
    if (!/^[\s=>/]/u.test(html.slice(at + name.length + 1, at + name.length + 2))) continue;
    const tag = html.slice(html.lastIndexOf('<', at), at);
    // Past a `>`, it is text; after an odd number of quotes, inside a value.
    if (tag.startsWith('<') && !tag.includes('>') && tag.split('"').length % 2 === 1) return at;
  }
  return -1;
}

/** Where the element whose start tag holds the attribute at `mark` begins and ends (just past its closing `>`). */
function elementAround(html: string, mark: number, path: string, what: string): { start: number; end: number } {
  const start = html.lastIndexOf('<', mark);
  const tag = /^<([a-z][a-z0-9-]*)/u.exec(html.slice(start, mark + 1))?.[1];
  if (!tag) throw new Error(`${path}: the element marked ${what} has no tag name the index can read.`);
  const tags = new RegExp(`<(/?)${tag}[\\s>]`, 'gu');
  tags.lastIndex = start;
  let depth = 0;
  for (let found = tags.exec(html); found !== null; found = tags.exec(html)) {
    depth += found[1] === '/' ? -1 : 1;
    if (depth === 0) return { start, end: html.indexOf('>', found.index) + 1 };
  }
  throw new Error(`${path}: the element marked ${what} is never closed.`);
}

/** `html` without the elements Pagefind skips, except those holding a filter, metadata or sort key. */
function withoutIgnored(html: string, path: string): string {
  let kept = '';
  let from = 0;
  for (let mark = attributeAt(html, IGNORE, 0); mark !== -1; mark = attributeAt(html, IGNORE, from)) {
    const { start, end } = elementAround(html, mark, path, IGNORE);
    const element = html.slice(start, end);
    if (FIELDS.some((field) => attributeAt(element, field, 0) !== -1)) {
      kept += html.slice(from, mark + 1);
      from = mark + 1;
    } else {
      kept += html.slice(from, start);
      from = end;
    }
  }
  return kept + html.slice(from);
}

/** The indexed element of a page and the page's language, or null for a page with nothing to index. */
export function searchDocument(path: string, page: string): SearchDocument | null {
  const mark = attributeAt(page, BODY, 0);
  if (mark === -1) return null;
  const { start, end } = elementAround(page, mark, path, BODY);
  const lang = PAGE_LANG.exec(page.slice(0, page.indexOf('>', page.indexOf('<html')) + 1))?.[1];
  if (lang === undefined) throw new Error(`${path}: the page declares no <html lang>, which decides its search index.`);
  const body = withoutIgnored(page.slice(start, end), path);
  return { url: encodeURI(`/${path}`), html: `<!DOCTYPE html><html lang="${lang}"><body>${body}</body></html>` };
}
