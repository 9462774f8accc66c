/**
 * Measures the topic rules against labelled papers: per topic, precision (of the papers given the
 * topic, how many should have it) and recall (of the papers that should have it, how many got it).
 *
 * Two tables, both real papers judged on title and abstract only, as the rules will be judged:
 * - the seed papers, labelled by hand (tests/fixtures/topics/seed-labels.ts), with topics a paper
 *   touches allowed but not expected;
 * - papers a researcher tagged with their own hashtags (tests/fixtures/topics/researcher-hashtags.json),
 *   each hashtag read as the topic it names (src/taxonomy/hashtags.ts); hashtags that name no topic
 *   are concepts the taxonomy does not cover and count for nothing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCorpus } from '../../src/loader/corpus.ts';
import { readSeedDir } from '../../src/loader/read-seeds.ts';
import { topicsFor } from '../../src/taxonomy/assign.ts';
import { topicForHashtag } from '../../src/taxonomy/hashtags.ts';
import { TOPICS } from '../../src/taxonomy/topics.ts';
import { SEED_LABELS } from '../fixtures/topics/seed-labels.ts';

const ROOT = join(import.meta.dirname, '..', '..');

/** One labelled paper: what the rules see, what it should get, what it may get. */
export interface LabelledPaper {
  readonly id: string;
  readonly title: string;
  readonly abstract: string;
  readonly expected: ReadonlySet<string>;
  readonly allowed: ReadonlySet<string>;
  /** Rows held out while the rules were written. */
  readonly heldOut: boolean;
  /** For the researcher table: which batch of rows (see ResearcherRow). */
  readonly split: string;
}

export interface TopicScore {
  readonly tag: string;
  readonly truePositives: number;
  readonly falsePositives: number;
  readonly falseNegatives: number;
  /** null when the rules never gave the topic. */
  readonly precision: number | null;
  /** null when no paper should have the topic. */
  readonly recall: number | null;
}

export interface Evaluation {
  readonly papers: number;
  readonly topics: readonly TopicScore[];
  /** Mean precision over topics the rules gave at least once. */
  readonly macroPrecision: number;
  /** Mean recall over topics at least one paper should have. */
  readonly macroRecall: number;
  /** Recall over all expected (paper, topic) pairs. */
  readonly microRecall: number;
  /** Papers by how many topics they got: index 0 is "none". */
  readonly topicCounts: readonly number[];
  /** Papers that got a topic they should not have, with what they got. */
  readonly mistakes: readonly { readonly paper: LabelledPaper; readonly got: readonly string[] }[];
}

/** The seed papers with their hand labels; every fourth row is held out. */
export async function seedTable(): Promise<LabelledPaper[]> {
  const corpus = buildCorpus(await readSeedDir(join(ROOT, 'content', 'seeds')));
  const bySlug = new Map(corpus.papers.map((paper) => [paper.slug, paper]));
  return SEED_LABELS.map((label, index) => {
    const paper = bySlug.get(label.slug);
    if (!paper) throw new Error(`seed-labels.ts names ${label.slug}, which no seed paper has`);
    const expected = new Set(label.about);
    const heldOut = index % 4 === 3;
    const allowed = new Set([...expected, ...label.allowed]);
    return {
      id: label.slug,
      title: paper.title,
      abstract: paper.abstract.join('\n'),
      expected,
      allowed,
      heldOut,
      split: heldOut ? 'held-out' : 'rules',
    };
  });
}

/**
 * One paper with the researcher's hashtags. `split` tells how the row was used: `rules` rows were read
 * while the rules were written; `held-out-1` rows were measured once with the rules frozen, and then
 * prompted one general change (a topic from the abstract alone needs one term more beside a title
 * topic); `held-out-2` rows were added after the last change and measured once.
 */
interface ResearcherRow {
  readonly split: 'rules' | 'held-out-1' | 'held-out-2';
  readonly source: string;
  readonly title: string;
  readonly abstract: string;
  readonly hashtags: readonly string[];
}

/** Papers with a researcher's own hashtags, read as topics. */
export function researcherTable(): LabelledPaper[] {
  const rows = JSON.parse(readFileSync(join(ROOT, 'tests', 'fixtures', 'topics', 'researcher-hashtags.json'), 'utf8')) as ResearcherRow[];
  return rows.map((row) => {
    const expected = new Set(row.hashtags.flatMap((hashtag) => topicForHashtag(hashtag)?.tag ?? []));
    return {
      id: row.source,
      title: row.title,
      abstract: row.abstract,
      expected,
      allowed: expected,
      heldOut: row.split !== 'rules',
      split: row.split,
    };
  });
}

/** Topics the rules give a paper from its title and abstract. */
export function predict(paper: LabelledPaper): string[] {
  return topicsFor([paper.title, paper.abstract]);
}

function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length;
}

export function evaluate(papers: readonly LabelledPaper[]): Evaluation {
  const counts = new Map(TOPICS.map((topic) => [topic.tag, { tp: 0, fp: 0, fn: 0 }]));
  const topicCounts: number[] = [];
  const mistakes: { paper: LabelledPaper; got: string[] }[] = [];
  for (const paper of papers) {
    const got = predict(paper);
    topicCounts[got.length] = (topicCounts[got.length] ?? 0) + 1;
    let wrong = false;
    for (const tag of got) {
      const count = counts.get(tag);
      if (!count) continue;
      if (paper.expected.has(tag)) count.tp += 1;
      else if (!paper.allowed.has(tag)) {
        count.fp += 1;
        wrong = true;
      }
    }
    for (const tag of paper.expected) {
      const count = counts.get(tag);
      if (count && !got.includes(tag)) count.fn += 1;
    }
    if (wrong || [...paper.expected].some((tag) => !got.includes(tag))) mistakes.push({ paper, got });
  }
  const topics = [...counts].map(([tag, { tp, fp, fn }]): TopicScore => ({
    tag,
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
    precision: tp + fp === 0 ? null : tp / (tp + fp),
    recall: tp + fn === 0 ? null : tp / (tp + fn),
  }));
  const expectedPairs = topics.reduce((sum, topic) => sum + topic.truePositives + topic.falseNegatives, 0);
  return {
    papers: papers.length,
    topics,
    macroPrecision: mean(topics.flatMap((topic) => (topic.precision === null ? [] : [topic.precision]))),
    macroRecall: mean(topics.flatMap((topic) => (topic.recall === null ? [] : [topic.recall]))),
    microRecall: expectedPairs === 0 ? 0 : topics.reduce((sum, topic) => sum + topic.truePositives, 0) / expectedPairs,
    topicCounts: Array.from({ length: Math.max(topicCounts.length, 4) }, (_, index) => topicCounts[index] ?? 0),
    mistakes,
  };
}
