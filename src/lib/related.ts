/**
 * Related papers by shared features, weighted by how rare each feature is (inverse document
 * frequency): author tags, topics and distinctive title words. Built from an inverted index,
 * so the cost is about n · features · cap, never all pairs: each feature offers at most
 * `MAX_CANDIDATES_PER_FEATURE` papers as candidates (the newest, since papers come newest first).
 * Notes get related papers from the same index, by their own tags, topics and title.
 */
import type { Paper } from '../schemas/index.ts';

/** How many related items of each kind a page lists, so pages stay short and cheap to build. */
export const RELATED_LIMITS = { papersPerPaper: 6, papersPerPost: 6, postsPerPaper: 3, papersPerNote: 6 } as const;

const MAX_CANDIDATES_PER_FEATURE = 120;
const MIN_TERM_LENGTH = 3;

/** Words that say nothing about a paper's subject. Common subject words are left to IDF. */
const STOPWORDS = new Set(
  'the and for with from into via using use towards toward through over under than that this what when where which while your our their its are can not all any more less how why who does beyond without within across between based new'.split(
    ' ',
  ),
);

function titleTerms(title: string): string[] {
  const words =
    title
      .normalize('NFKC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.filter((word) => Array.from(word).length >= MIN_TERM_LENGTH && !STOPWORDS.has(word) && !/^\p{N}+$/u.test(word));
}

/** What related papers are matched on: a paper, or a note with its own tags, topics and title. */
export interface Features {
  readonly tags: readonly string[];
  readonly topics: readonly string[];
  readonly title: string;
}

/** Feature keys; the prefixes keep a tag and a title word with the same spelling apart. */
function featuresOf(item: Features): string[] {
  const keys = [
    ...item.tags.map((tag) => `a:${tag}`),
    ...item.topics.map((topic) => `t:${topic}`),
    ...titleTerms(item.title).map((term) => `w:${term}`),
  ];
  return [...new Set(keys)];
}

export interface RelatedIndex {
  /** Up to `limit` papers related to the paper at an index of `papers`. */
  toPaper(index: number, limit: number): Paper[];
  /** Up to `limit` papers related to other features (a note's), leaving out the papers at `exclude`. */
  toFeatures(item: Features, exclude: ReadonlySet<number>, limit: number): Paper[];
}

export function relatedPapers(papers: readonly Paper[]): RelatedIndex {
  const features = papers.map(featuresOf);
  const postings = new Map<string, number[]>();
  features.forEach((keys, index) => {
    for (const key of keys) {
      const list = postings.get(key);
      if (list) list.push(index);
      else postings.set(key, [index]);
    }
  });
  const weight = (key: string): number => Math.log(1 + papers.length / (postings.get(key)?.length ?? 1));

  const scores = new Float64Array(papers.length);
  /**
   * `minShared`: a paper's own features count once among the postings, a note's do not. Only the
   * best `limit` candidates are kept, in a short sorted list, rather than sorting every candidate.
   */
  const rank = (keys: readonly string[], exclude: (other: number) => boolean, minShared: number, limit: number): Paper[] => {
    const touched: number[] = [];
    for (const key of keys) {
      const list = postings.get(key) ?? [];
      if (list.length < minShared) continue;
      const w = weight(key);
      const end = Math.min(list.length, MAX_CANDIDATES_PER_FEATURE);
      for (let at = 0; at < end; at += 1) {
        const other = list[at] as number;
        if (exclude(other)) continue;
        if (scores[other] === 0) touched.push(other);
        scores[other] = (scores[other] ?? 0) + w;
      }
    }
    const best: number[] = [];
    const before = (a: number, b: number) => (scores[a] as number) > (scores[b] as number) || (scores[a] === scores[b] && a < b);
    for (const other of touched) {
      if (best.length === limit && !before(other, best[limit - 1] as number)) continue;
      let at = best.length;
      while (at > 0 && before(other, best[at - 1] as number)) at -= 1;
      best.splice(at, 0, other);
      if (best.length > limit) best.pop();
    }
    for (const other of touched) scores[other] = 0;
    return best.flatMap((other) => papers[other] ?? []);
  };
  return {
    toPaper: (index, limit) => rank(features[index] ?? [], (other) => other === index, 2, limit),
    toFeatures: (item, exclude, limit) => rank(featuresOf(item), (other) => exclude.has(other), 1, limit),
  };
}
