/**
 * Where seed text holds TeX between dollar signs. The rule is pandoc's `tex_math_dollars`, so a
 * price never becomes math:
 *
 * - `$…$` is inline math when the opening `$` has a non-space character right after it, the
 *   closing `$` has a non-space character right before it and no digit right after it
 *   (`$534,700` and `$5 and $10` stay text, `$\mathcal{O}(n)$` is math);
 * - `$$…$$` is display math, with any non-blank content;
 * - a `$` after a backslash (`\$`) is never a delimiter, inside math or out;
 * - a span never reaches past the text it was found in (one paragraph, list item or line) and
 *   never starts inside an http(s) URL, so a link keeps its `$` characters.
 *
 * This only says where math could be; the text is math only when KaTeX also parses it
 * (see ./tex.ts), otherwise every character stays literal.
 */
export interface DollarSpan {
  /** Index of the opening delimiter. */
  readonly start: number;
  /** Index just after the closing delimiter. */
  readonly end: number;
  /** The TeX between the delimiters, exactly as written. */
  readonly tex: string;
  readonly display: boolean;
}

const URL_RUN = /https?:\/\/\S+/giu;
const SPACE = /\s/u;
const DIGIT = /\d/u;

/** Ranges of the text that are URLs, where no span may open. */
function urlRanges(text: string): [number, number][] {
  return [...text.matchAll(URL_RUN)].map((match) => [match.index, match.index + match[0].length]);
}

function isEscaped(text: string, at: number): boolean {
  let backslashes = 0;
  for (let i = at - 1; i >= 0 && text[i] === '\\'; i -= 1) backslashes += 1;
  return backslashes % 2 === 1;
}

/** The index of the next unescaped `delimiter` at or after `from`, or -1. */
function nextDelimiter(text: string, delimiter: string, from: number): number {
  for (let at = text.indexOf(delimiter, from); at !== -1; at = text.indexOf(delimiter, at + 1)) {
    if (!isEscaped(text, at)) return at;
  }
  return -1;
}

/** A `$$` span, or where the literal text it opened ends: `$$ $$` is literal as a whole. */
function displaySpan(text: string, start: number): DollarSpan | { readonly literalEnd: number } {
  const close = nextDelimiter(text, '$$', start + 2);
  if (close === -1) return { literalEnd: start + 2 };
  const tex = text.slice(start + 2, close);
  return tex.trim() === '' ? { literalEnd: close + 2 } : { start, end: close + 2, tex, display: true };
}

function inlineSpan(text: string, start: number): DollarSpan | null {
  const first = text[start + 1];
  if (first === undefined || SPACE.test(first)) return null;
  const close = nextDelimiter(text, '$', start + 1);
  if (close === -1 || close === start + 1) return null;
  const before = text[close - 1] ?? '';
  const after = text[close + 1] ?? '';
  if (SPACE.test(before) || DIGIT.test(after)) return null;
  return { start, end: close + 1, tex: text.slice(start + 1, close), display: false };
}

/** Every candidate math span in the text, left to right, never overlapping. */
export function dollarSpans(text: string): DollarSpan[] {
  const urls = urlRanges(text);
  const inUrl = (at: number) => urls.some(([from, to]) => at >= from && at < to);
  const spans: DollarSpan[] = [];
  let at = nextDelimiter(text, '$', 0);
  while (at !== -1) {
    let next = at + 1;
    if (text.startsWith('$$', at)) {
      // A `$$` that opens nothing is two literal dollars, so its second `$` opens nothing either.
      const found = inUrl(at) ? { literalEnd: at + 2 } : displaySpan(text, at);
      if ('tex' in found) spans.push(found);
      next = 'tex' in found ? found.end : found.literalEnd;
    } else if (!inUrl(at)) {
      const span = inlineSpan(text, at);
      if (span) spans.push(span);
      next = span ? span.end : at + 1;
    }
    at = nextDelimiter(text, '$', next);
  }
  return spans;
}
