/**
 * Result excerpts built from a page's indexed text, not from Pagefind's `excerpt` string.
 *
 * Pagefind's excerpt is HTML in which `<` and `>` are escaped but `&` is not, so text that
 * literally reads `&lt;img&gt;` and text that reads `<img>` arrive as the same string: no
 * decoding can show both as written. Its result data also carries the page's plain text and the
 * word positions of the matches, so the excerpt is cut from those, as parts of plain text with
 * the matched words flagged; the page turns them into text nodes and `<mark>` elements.
 *
 * The window is chosen as Pagefind chooses it: the run of `length` words where the matches
 * score highest, centred on them. The title, which opens every page's text and heads every
 * result already, is left out.
 */

export interface ExcerptPart {
  readonly text: string;
  /** A matched word, to be marked. */
  readonly marked: boolean;
}

/** A match in the page's text, as Pagefind's result data gives it. */
export interface MatchLocation {
  /** Index of the matched word in the page's text, counted as `splitWords` counts. */
  readonly location: number;
  /** How much the match counts, with its weight (headings count more). */
  readonly balanced_score: number;
}

/**
 * Pagefind's words: the text split at any white space except U+FEFF, exactly as pagefind.js
 * splits it (`word_separators`), so match locations point at the same words.
 */
export function splitWords(text: string): string[] {
  return text.split(/[^\S\uFEFF]+/u);
}

export const ELLIPSIS = '…';

/**
 * How many words the text opens with that are the title. Pagefind ends a heading's text with a
 * full stop when it has none, so `Title` may appear as `Title.`.
 */
export function titleWordCount(words: readonly string[], title: string | undefined): number {
  const titleWords = splitWords(title ?? '').filter((word) => word !== '');
  if (titleWords.length === 0 || titleWords.length >= words.length) return 0;
  const last = titleWords.length - 1;
  const opensWithTitle = titleWords.every((word, index) => words[index] === word || (index === last && words[index] === `${word}.`));
  return opensWithTitle ? titleWords.length : 0;
}

/** The first word of the best window of `length` words in `[from, words)`: highest score, centred among equals. */
function windowStart(scores: readonly number[], from: number, wordCount: number, length: number): number {
  const lastStart = Math.max(from, wordCount - length);
  const prefix = [0];
  for (let index = 0; index < wordCount; index += 1) prefix.push((prefix[index] ?? 0) + (scores[index] ?? 0));
  const sum = (start: number) => (prefix[Math.min(start + length, wordCount)] ?? 0) - (prefix[start] ?? 0);
  let best = -1;
  let runStart = from;
  let runEnd = from;
  for (let start = from; start <= lastStart; start += 1) {
    const score = sum(start);
    if (score > best) {
      best = score;
      runStart = start;
      runEnd = start;
    } else if (score === best && runEnd === start - 1) {
      runEnd = start;
    }
  }
  return best > 0 ? Math.floor((runStart + runEnd) / 2) : from;
}

export interface ExcerptOptions {
  /** Words to show. */
  readonly length: number;
  /** The page's title, left out of the excerpt when the text opens with it. */
  readonly title?: string | undefined;
}

/** The excerpt of `content` around the matches, as plain-text parts; matched words are parts of their own. */
export function excerptParts(content: string, matches: readonly MatchLocation[], { length, title }: ExcerptOptions): ExcerptPart[] {
  if (content.trim() === '') return [];
  const words = splitWords(content);
  const from = titleWordCount(words, title);
  const scores: number[] = [];
  const marked = new Set<number>();
  for (const { location, balanced_score: score } of matches) {
    if (location < from || location >= words.length) continue;
    scores[location] = (scores[location] ?? 0) + Math.max(score, Number.MIN_VALUE);
    marked.add(location);
  }
  const start = windowStart(scores, from, words.length, length);
  const end = Math.min(start + length, words.length);

  const parts: ExcerptPart[] = [];
  const push = (text: string, isMarked: boolean) => {
    const previous = parts.at(-1);
    if (previous && !previous.marked && !isMarked) parts[parts.length - 1] = { text: previous.text + text, marked: false };
    else parts.push({ text, marked: isMarked });
  };
  if (start > from) push(`${ELLIPSIS} `, false);
  for (let index = start; index < end; index += 1) {
    if (index > start) push(' ', false);
    const word = words[index] ?? '';
    if (!marked.has(index)) {
      push(word, false);
      continue;
    }
    // Pagefind matches `(KV` and `cache,` by their letters; only those are marked.
    const [, before = '', core = word, after = ''] = /^([^\p{L}\p{N}]*)(.*[\p{L}\p{N}])([^\p{L}\p{N}]*)$/su.exec(word) ?? [];
    if (before) push(before, false);
    push(core, true);
    if (after) push(after, false);
  }
  if (end < words.length) push(` ${ELLIPSIS}`, false);
  return parts;
}
