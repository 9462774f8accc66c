/**
 * Seed text as a sequence of literal runs and rendered formulas. Candidate spans come from the
 * dollar rule (./dollar-spans.ts); a span becomes math only when KaTeX accepts it (./tex.ts), and
 * otherwise stays part of the literal text around it, so `$534,700` or `$<img …>$` show as written.
 */
import { dollarSpans } from './dollar-spans.ts';
import { renderTex } from './tex.ts';

export type MathSegment =
  | { readonly kind: 'text'; readonly text: string }
  | {
      readonly kind: 'math';
      /** The span as written, delimiters included. */
      readonly text: string;
      readonly tex: string;
      readonly display: boolean;
      /** KaTeX's HTML for the formula (escaped by KaTeX, never seed markup). */
      readonly html: string;
    };

export interface SplitOptions {
  /** Turn KaTeX's inline styles into classes; see ./inline-styles.ts. */
  readonly styleClasses: boolean;
}

export function splitMath(text: string, options: SplitOptions): MathSegment[] {
  const segments: MathSegment[] = [];
  let literalFrom = 0;
  for (const span of dollarSpans(text)) {
    const html = renderTex(span.tex, { display: span.display, styleClasses: options.styleClasses });
    if (html === null) continue;
    if (span.start > literalFrom) segments.push({ kind: 'text', text: text.slice(literalFrom, span.start) });
    segments.push({ kind: 'math', text: text.slice(span.start, span.end), tex: span.tex, display: span.display, html });
    literalFrom = span.end;
  }
  if (literalFrom < text.length) segments.push({ kind: 'text', text: text.slice(literalFrom) });
  return segments;
}

/** Whether any of the texts shows a formula, so its page links the math stylesheets. */
export function hasMath(texts: Iterable<string>, options: SplitOptions): boolean {
  for (const text of texts) if (splitMath(text, options).some((segment) => segment.kind === 'math')) return true;
  return false;
}

/** Punctuation that belongs to the formula before it: the line must not break between the two. */
const TRAILING_PUNCTUATION = /^[,.;:!?)\]’”]+/u;

export type MathRun =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'math'; readonly html: string; readonly display: boolean; readonly punctuation: string };

/** Segments ready to show: an inline formula takes the punctuation right after it along. */
export function mathRuns(segments: readonly MathSegment[]): MathRun[] {
  const runs: MathRun[] = [];
  let skip = 0;
  segments.forEach((segment, index) => {
    if (segment.kind === 'text') {
      const text = segment.text.slice(skip);
      skip = 0;
      if (text !== '') runs.push({ kind: 'text', text });
      return;
    }
    const next = segments[index + 1];
    const punctuation = !segment.display && next?.kind === 'text' ? (TRAILING_PUNCTUATION.exec(next.text)?.[0] ?? '') : '';
    skip = punctuation.length;
    runs.push({ kind: 'math', html: segment.html, display: segment.display, punctuation });
  });
  return runs;
}
