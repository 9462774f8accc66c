/**
 * Whether a line of a Hugging Face page reads as a paper title or as an abstract. Pages put the two on
 * lines of their own, and a missing one must never shift every title after it onto an abstract, so
 * lines are paired by their shape as well as their place. See LAYOUTS.md for the thresholds.
 */
export type LineShape = 'title' | 'prose' | 'unclear';

/** A title this long (in words) is already unusual; the real ones stay under 20. */
const MOST_TITLE_WORDS = 25;
/** Prose needs at least this many words; the shortest real abstract has 71. */
const LEAST_PROSE_WORDS = 10;
/** A line longer than this (in words) is prose whatever its punctuation. */
const MOST_UNPUNCTUATED_WORDS = 40;

const SENTENCE_END = /[.!?…。](?=\s|$)/gu;
const ENDS_AS_PROSE = /[.…。]["'”’)\]]*$/u;
const LETTER = /\p{L}/u;

function wordCount(text: string): number {
  return text.split(/\s+/u).filter(Boolean).length;
}

export function lineShape(text: string): LineShape {
  const words = wordCount(text);
  const sentenceEnds = text.match(SENTENCE_END)?.length ?? 0;
  const endsAsProse = ENDS_AS_PROSE.test(text);
  if (words > MOST_UNPUNCTUATED_WORDS || ((sentenceEnds >= 2 || endsAsProse) && words >= LEAST_PROSE_WORDS)) return 'prose';
  if (LETTER.test(text) && words <= MOST_TITLE_WORDS && sentenceEnds <= 1 && !endsAsProse) return 'title';
  return 'unclear';
}

/** How a line's shape is described in an error message. */
export function describeShape(text: string): string {
  switch (lineShape(text)) {
    case 'title':
      return 'reads as a title (a short line with no full stop at its end)';
    case 'prose':
      return 'reads as an abstract (prose)';
    case 'unclear':
      return 'reads as neither a title nor an abstract';
  }
}
