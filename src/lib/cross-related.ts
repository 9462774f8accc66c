/**
 * Related items across kinds: the papers closest to each note, and, turned around, the notes
 * for which a paper is among the closest. Closeness is tf-idf cosine over each text's most
 * distinctive words (title words count double), with document frequencies taken over papers and
 * notes together. Each paper keeps only its top `PROFILE_TERMS` words and each word offers at most
 * `MAX_POSTINGS` papers, so the cost is about notes × words × cap, never notes × papers.
 */
import { wordRank } from './common-words.ts';

/** A text to compare: its title and its body, as plain strings. */
export interface Profiled {
  readonly title: string;
  readonly body: readonly string[];
}

export const PROFILE_TERMS = 24;
const MAX_POSTINGS = 200;
const TITLE_WEIGHT = 2;

/** The everyday words of spoken English (`you`, `need`, `great`) say nothing about a subject; rarer ones are left to idf. */
const EVERYDAY_RANK = 700;

/** Whether a word can be a profile term: Latin script (the notes are English, and Korean words carry particles that never match). */
function isTerm(word: string): boolean {
  const long = word.length >= 3 || /\p{N}/u.test(word);
  return /\p{Script=Latin}/u.test(word) && long && wordRank(word) >= EVERYDAY_RANK && !/^\p{N}+$/u.test(word);
}

/**
 * The terms of texts, with the verdict on each distinct word kept for the whole comparison: a
 * corpus repeats the same few tens of thousands of words millions of times.
 */
function termReader(): (text: string) => string[] {
  const verdicts = new Map<string, boolean>();
  return (text) => {
    const words =
      text
        .normalize('NFKC')
        .toLowerCase()
        .match(/[\p{L}\p{N}]+/gu) ?? [];
    return words.filter((word) => {
      let verdict = verdicts.get(word);
      if (verdict === undefined) verdicts.set(word, (verdict = isTerm(word)));
      return verdict;
    });
  };
}

function counts(item: Profiled, termsOf: (text: string) => string[]): Map<string, number> {
  const found = new Map<string, number>();
  for (const term of termsOf(item.title)) found.set(term, (found.get(term) ?? 0) + TITLE_WEIGHT);
  for (const text of item.body) for (const term of termsOf(text)) found.set(term, (found.get(term) ?? 0) + 1);
  return found;
}

/** The top terms of a text with unit-length weights (sublinear tf · idf). */
function profile(termCounts: ReadonlyMap<string, number>, idf: (term: string) => number): [string, number][] {
  const weighted = [...termCounts].map(([term, count]): [string, number] => [term, (1 + Math.log(count)) * idf(term)]);
  const top = weighted.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, PROFILE_TERMS);
  const norm = Math.hypot(...top.map(([, weight]) => weight)) || 1;
  return top.map(([term, weight]) => [term, weight / norm]);
}

export interface CrossRelated {
  /** Indexes of the papers closest to a note, closest first. */
  papersForNote(note: number): readonly number[];
  /** Indexes of the notes that count a paper among their closest, closest first. */
  notesForPaper(paper: number): readonly number[];
}

export function crossRelated(
  papers: readonly Profiled[],
  notes: readonly Profiled[],
  options: { readonly perNote: number; readonly perPaper: number },
): CrossRelated {
  const termsOf = termReader();
  const paperCounts = papers.map((paper) => counts(paper, termsOf));
  const noteCounts = notes.map((note) => counts(note, termsOf));
  const documentFrequency = new Map<string, number>();
  for (const termCounts of [...paperCounts, ...noteCounts]) {
    for (const term of termCounts.keys()) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  }
  const total = papers.length + notes.length;
  const idf = (term: string) => Math.log(1 + total / (documentFrequency.get(term) ?? 1));

  const postings = new Map<string, [number, number][]>();
  paperCounts.forEach((termCounts, paper) => {
    for (const [term, weight] of profile(termCounts, idf)) {
      const list = postings.get(term);
      if (list) list.push([paper, weight]);
      else postings.set(term, [[paper, weight]]);
    }
  });
  for (const list of postings.values()) list.sort((a, b) => b[1] - a[1] || a[0] - b[0]).splice(MAX_POSTINGS);

  const papersForNote = noteCounts.map((termCounts) => {
    const scores = new Map<number, number>();
    for (const [term, weight] of profile(termCounts, idf)) {
      for (const [paper, paperWeight] of postings.get(term) ?? []) scores.set(paper, (scores.get(paper) ?? 0) + weight * paperWeight);
    }
    return [...scores]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, options.perNote)
      .map(([paper, score]) => ({ paper, score }));
  });

  const notesByPaper = new Map<number, { note: number; score: number }[]>();
  papersForNote.forEach((closest, note) => {
    for (const { paper, score } of closest) notesByPaper.set(paper, [...(notesByPaper.get(paper) ?? []), { note, score }]);
  });
  return {
    papersForNote: (note) => (papersForNote[note] ?? []).map(({ paper }) => paper),
    notesForPaper: (paper) =>
      (notesByPaper.get(paper) ?? [])
        .sort((a, b) => b.score - a.score || a.note - b.note)
        .slice(0, options.perPaper)
        .map(({ note }) => note),
  };
}
