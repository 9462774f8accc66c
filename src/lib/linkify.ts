/**
 * Splits seed text into plain runs and http(s) URLs, so a URL written in an abstract or a note
 * becomes a real link. Nothing else is interpreted: Markdown links, HTML and `javascript:` text
 * stay plain text, and every run is rendered through an escaping Astro expression.
 */
import { findUrls } from './url-spans.ts';

export type Segment = { readonly text: string; readonly href?: undefined } | { readonly text: string; readonly href: string };

export function linkify(text: string): Segment[] {
  const segments: Segment[] = [];
  let last = 0;
  for (const span of findUrls(text)) {
    if (span.start > last) segments.push({ text: text.slice(last, span.start) });
    segments.push({ text: span.text, href: span.url.href });
    last = span.start + span.text.length;
  }
  if (last < text.length) segments.push({ text: text.slice(last) });
  return segments;
}
