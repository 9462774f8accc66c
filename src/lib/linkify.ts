/**
 * Splits seed text into plain runs and http(s) URLs, so a URL written in an abstract or a note
 * becomes a real link. Nothing else is interpreted: Markdown links, HTML and `javascript:` text
 * stay plain text, and every run is rendered through an escaping Astro expression.
 */
export type Segment = { readonly text: string; readonly href?: undefined } | { readonly text: string; readonly href: string };

const URL_IN_TEXT = /https?:\/\/[^\s<>"'`{}|\\^[\]]+/giu;

/** Prose punctuation after a URL belongs to the sentence: `(see https://x.y/z).` links `https://x.y/z`. */
function trimTrailing(url: string): string {
  let trimmed = url.replace(/[.,;:!?*…]+$/u, '');
  const count = (char: string) => trimmed.split(char).length - 1;
  while (trimmed.endsWith(')') && count('(') < count(')')) trimmed = trimmed.slice(0, -1).replace(/[.,;:!?]+$/u, '');
  return trimmed;
}

function httpHref(candidate: string): string | null {
  try {
    const url = new URL(candidate);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

export function linkify(text: string): Segment[] {
  const segments: Segment[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_IN_TEXT)) {
    const url = trimTrailing(match[0]);
    const href = httpHref(url);
    if (!href) continue;
    if (match.index > last) segments.push({ text: text.slice(last, match.index) });
    segments.push({ text: url, href });
    last = match.index + url.length;
  }
  if (last < text.length) segments.push({ text: text.slice(last) });
  return segments;
}
