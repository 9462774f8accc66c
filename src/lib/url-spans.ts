/**
 * Where the http(s) URLs are in a piece of seed text. The one place that decides it, for the loader's
 * link list (src/loader/links.ts) and for the links drawn in rendered text (linkify.ts), so both always
 * agree. Linear in the text's length: a URL followed by 100,000 `)` must not stall a build.
 */
export interface UrlSpan {
  /** Offset of the URL's first character in the text. */
  readonly start: number;
  /** The URL as written, without the prose punctuation after it. */
  readonly text: string;
  readonly url: URL;
}

const URL_CANDIDATE = /https?:\/\/[^\s<>"'`{}|\\^[\]]+/giu;
const TRAILING_PUNCTUATION = new Set(['.', ',', ';', ':', '!', '?', '*', '…']);

/**
 * URLs end where prose punctuation starts: `(see https://x.y/z).` keeps `https://x.y/z`, while a balanced
 * `(…)` inside the URL (`…/Adam_(optimizer)`) stays. One count of the brackets, then one pass from the end.
 */
function trimUrl(candidate: string): string {
  let unmatchedClosers = 0;
  for (const char of candidate) {
    if (char === '(') unmatchedClosers -= 1;
    else if (char === ')') unmatchedClosers += 1;
  }
  let end = candidate.length;
  while (end > 0) {
    const char = candidate[end - 1] as string;
    if (TRAILING_PUNCTUATION.has(char)) end -= 1;
    else if (char === ')' && unmatchedClosers > 0) {
      end -= 1;
      unmatchedClosers -= 1;
    } else break;
  }
  return candidate.slice(0, end);
}

function httpUrl(candidate: string): URL | null {
  try {
    const url = new URL(candidate);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/** Every http(s) URL in the text, in order. Anything that is not one (`javascript:`, Markdown links, HTML) is not found. */
export function findUrls(text: string): UrlSpan[] {
  const spans: UrlSpan[] = [];
  for (const match of text.matchAll(URL_CANDIDATE)) {
    const trimmed = trimUrl(match[0]);
    const url = httpUrl(trimmed);
    if (url) spans.push({ start: match.index, text: trimmed, url });
  }
  return spans;
}
