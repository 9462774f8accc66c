/**
 * Synthetic papers and posts: the records a corpus is written from, with text of the lengths and
 * mix the seeds have (long English abstracts, short Korean and English commentary, hashtags).
 */
import type { Random } from './random.ts';
import {
  ADJECTIVES,
  BENCHMARKS,
  ENGLISH_COMMENTS,
  ENGLISH_NOUNS,
  FIRST_NAMES,
  HASHTAGS,
  HAZARDS,
  KOREAN_NOUNS,
  KOREAN_PHRASES,
  LAST_NAMES,
  METRICS,
  NAME_PARTS,
  NOUNS,
  ORGANISATIONS,
  POST_TOPICS,
  PROBLEMS,
  SIZES,
  TEAMS,
  TOPIC_PHRASES,
  VERBS,
} from './vocabulary.ts';

/** One paper as the generator imagines it; each layout writes the fields it has room for. */
export interface SyntheticPaper {
  readonly title: string;
  readonly authors: readonly string[];
  readonly team: string | null;
  readonly organisation: readonly [handle: string, name: string] | null;
  /** One line of 1,000–1,900 characters. */
  readonly abstract: string;
  readonly koreanCommentary: readonly string[];
  readonly englishCommentary: readonly string[];
  readonly hashtags: readonly string[];
  readonly upvotes: number | null;
  readonly month: number;
  readonly day: number;
  readonly year: number;
}

export type PostBlock =
  | { readonly type: 'paragraph'; readonly text: string }
  | { readonly type: 'quote'; readonly lines: readonly string[] }
  | { readonly type: 'list'; readonly ordered: boolean; readonly items: readonly string[] }
  | { readonly type: 'code'; readonly lines: readonly string[] };

export interface SyntheticPost {
  readonly title: string;
  readonly url: string | null;
  readonly blocks: readonly PostBlock[];
}

/** Share of text fields that carry a hazardous string. */
const HAZARD_RATE = 0.04;
const ABSTRACT_MIN = 1_000;
const ABSTRACT_MAX = 1_900;

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/gu, (whole, key: string) => values[key] ?? whole);
}

/** Puts a hazardous string between two words of the text, now and then. */
function withHazard(random: Random, text: string, rate = HAZARD_RATE): string {
  if (!random.chance(rate)) return text;
  const words = text.split(' ');
  const at = random.int(1, Math.max(1, words.length - 1));
  words.splice(at, 0, random.pick(HAZARDS));
  return words.join(' ');
}

export function methodName(random: Random): string {
  const base = random.pick(NAME_PARTS) + random.pick(NAME_PARTS);
  const suffix = random.pick(['', '', '', '-R1', '-V2', '2', '-Zero', '-Lite', '-Flash', 'X', '++']);
  return base + suffix;
}

function authorName(random: Random): string {
  return `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`;
}

/** `a` or `an` before a word, so generated prose reads naturally. */
function article(word: string): string {
  return /^[aeiou]/iu.test(word) ? `an ${word}` : `a ${word}`;
}

function titleFor(random: Random, method: string, topic: string): string {
  const templates = [
    () => `${method}: ${capitalise(random.pick(ADJECTIVES))} ${random.pick(NOUNS)} for ${topic}`,
    () => `${method}: Towards ${random.pick(ADJECTIVES)} ${topic} at scale`,
    () => `Rethinking ${random.pick(PROBLEMS)} in ${topic}`,
    () => `${capitalise(topic)} via ${random.pick(ADJECTIVES)} ${random.pick(NOUNS)}s`,
    () =>
      `On the ${random.pick(['limits', 'geometry', 'dynamics', 'role', 'cost'])} of ${topic} in ${random.pick(['large language models', 'small models', 'multimodal models', 'agents'])}`,
    () => `${method}-${random.pick(SIZES)} Technical Report`,
    () => `Learning to ${random.pick(['reason', 'route', 'compress', 'verify', 'plan', 'retrieve'])} with ${topic}`,
    () => `How ${topic} ${random.pick(VERBS)} ${random.pick(ENGLISH_NOUNS)}`,
  ];
  return random.pick(templates)();
}

/** What an abstract is about: a method name and one or two subjects it keeps returning to. */
interface Subject {
  readonly method: string;
  readonly topic: string;
  readonly secondTopic: string;
}

/** Sentences in the order abstracts use them: context, gap, contribution, mechanism, then evidence. */
function sentenceGroups(
  random: Random,
  { method, topic, secondTopic }: Subject,
): { opening: (() => string)[]; evidence: (() => string)[] } {
  const bench = () => random.pick(BENCHMARKS);
  const percent = () => `${random.int(1, 99)}.${random.int(0, 9)}%`;
  const either = () => (random.chance(0.7) ? topic : secondTopic);
  return {
    opening: [
      () =>
        random.pick([
          `Large language models (LLMs) have made rapid progress, yet ${random.pick(PROBLEMS)} remains a central obstacle for ${topic}.`,
          `Recent advances in ${topic} have shown the potential of ${secondTopic}, but most results rely on closed data and undisclosed recipes.`,
          `${capitalise(topic)} has become a standard ingredient of modern training and serving stacks.`,
        ]),
      () =>
        `Existing approaches to ${topic} typically rely on ${random.pick(ADJECTIVES)} heuristics and suffer from ${random.pick(PROBLEMS)}.`,
      () =>
        `In this work, we propose ${method}, ${article(random.pick(ADJECTIVES))} ${random.pick(NOUNS)} that ${random.pick(VERBS)} ${topic} by jointly learning ${random.pick(NOUNS)}s and ${random.pick(ENGLISH_NOUNS)}.`,
      () =>
        `The key idea is to decompose ${random.pick(ENGLISH_NOUNS)} into ${random.int(2, 8)} stages, each handled by ${article(random.pick(ADJECTIVES))} ${random.pick(NOUNS)}.`,
    ],
    evidence: [
      () =>
        `On ${bench()}, ${method}-${random.pick(SIZES)} reaches ${percent()} ${random.pick(METRICS)}, ahead of the strongest baseline by ${random.int(1, 15)}.${random.int(0, 9)} points.`,
      () =>
        `Compared with prior work on ${either()}, our method uses ${random.int(2, 9)}x less memory and runs ${random.int(2, 6)}.${random.int(0, 9)}x faster.`,
      () =>
        `We further analyse why ${random.pick(ENGLISH_NOUNS)} matters for ${either()} and find that ${random.pick(PROBLEMS)} explains most of the remaining errors.`,
      () =>
        `Ablations on ${random.sample(BENCHMARKS, 2).join(' and ')} show that every component contributes, with the choice of ${random.pick(NOUNS)} being the most important.`,
      () =>
        `Surprisingly, training only on ${either()} data also improves results on ${random.int(2, 7)} out-of-domain tasks, including ${bench()}.`,
      () =>
        `We release ${random.int(2, 40)}K ${random.pick(['examples', 'prompts', 'trajectories', 'problems', 'documents'])} for ${either()} together with the evaluation harness.`,
      () =>
        `Scaling ${method} from ${random.pick(SIZES)} to ${random.pick(SIZES)} parameters keeps the gains, which suggests ${random.pick(ENGLISH_NOUNS)} is not the bottleneck.`,
      () => `These findings suggest a new direction for ${either()} and for the broader study of ${random.pick(ENGLISH_NOUNS)}.`,
    ],
  };
}

function subjectFor(random: Random): Subject {
  return { method: methodName(random), topic: random.pick(TOPIC_PHRASES), secondTopic: random.pick(TOPIC_PHRASES) };
}

function abstractFor(random: Random, subject: Subject): string {
  const { opening, evidence } = sentenceGroups(random, subject);
  const target = random.int(ABSTRACT_MIN, ABSTRACT_MAX - 220);
  const sentences = opening.map((make) => make());
  let length = sentences.join(' ').length;
  let pool = random.shuffle(evidence);
  while (length < target) {
    if (pool.length === 0) pool = random.shuffle(evidence);
    const sentence = (pool.pop() as () => string)();
    sentences.push(sentence);
    length += sentence.length + 1;
  }
  if (random.chance(0.35)) {
    sentences.push(`Code and models are available at https://github.com/${random.pick(ORGANISATIONS)[0]}/${subject.method}.`);
  }
  let text = sentences.join(' ');
  while (text.length > ABSTRACT_MAX) text = text.slice(0, text.lastIndexOf(' ', ABSTRACT_MAX - 1));
  return withHazard(random, text);
}

function commentaryValues(random: Random, method: string): Record<string, string> {
  const index = random.int(0, KOREAN_NOUNS.length - 1);
  const other = random.int(0, KOREAN_NOUNS.length - 1);
  return {
    term: random.chance(0.5) ? method : random.pick(TOPIC_PHRASES),
    noun: KOREAN_NOUNS[index] ?? '모델',
    noun2: KOREAN_NOUNS[other] ?? '데이터',
    nounEn: ENGLISH_NOUNS[index] ?? 'the model',
    noun2En: ENGLISH_NOUNS[other] ?? 'the data',
    count: String(random.int(2, 9)),
  };
}

/** Korean commentary lines and English ones about the same nouns, as the digest pairs them. */
function commentaryFor(random: Random, method: string): { ko: string[]; en: string[] } {
  const ko: string[] = [];
  const en: string[] = [];
  const lines = random.chance(0.25) ? 2 : 1;
  for (let line = 0; line < lines; line += 1) {
    const values = commentaryValues(random, method);
    const count = random.int(1, 3);
    ko.push(
      withHazard(
        random,
        random
          .sample(KOREAN_PHRASES, count)
          .map((template) => fill(template, values))
          .join(' '),
      ),
    );
    const english = { ...values, noun: values['nounEn'] ?? '', noun2: values['noun2En'] ?? '' };
    en.push(
      withHazard(
        random,
        random
          .sample(ENGLISH_COMMENTS, count)
          .map((template) => fill(template, english))
          .join(' '),
      ),
    );
  }
  return { ko, en };
}

/** A paper; the caller passes a title key check so titles stay distinct across the corpus. */
export function createPaper(random: Random, uniqueTitle: (make: () => string) => string): SyntheticPaper {
  const subject = subjectFor(random);
  const { method } = subject;
  const title = uniqueTitle(() => withHazard(random, titleFor(random, method, subject.topic), HAZARD_RATE / 2));
  const authorCount = random.chance(0.05) ? random.int(30, 120) : random.int(1, 12);
  const authors = Array.from({ length: authorCount }, () => authorName(random));
  const commentary = commentaryFor(random, method);
  return {
    title,
    authors,
    team: random.chance(0.08) ? random.pick(TEAMS) : null,
    organisation: random.chance(0.15) ? random.pick(ORGANISATIONS) : null,
    abstract: abstractFor(random, subject),
    koreanCommentary: commentary.ko,
    englishCommentary: commentary.en,
    hashtags: random.sample(HASHTAGS, random.int(1, 4)),
    upvotes: random.chance(0.6) ? random.int(1, 250) : null,
    month: random.int(1, 12),
    day: random.int(1, 28),
    year: random.int(2023, 2026),
  };
}

function paragraph(random: Random, subject: Subject): string {
  const { opening, evidence } = sentenceGroups(random, subject);
  const pool = [...opening, ...evidence];
  const count = random.int(2, 5);
  return withHazard(random, Array.from({ length: count }, () => random.pick(pool)()).join(' '));
}

function codeBlock(random: Random, method: string): string[] {
  const name = method.toLowerCase().replace(/[^a-z0-9]+/gu, '_');
  return [
    `import ${name}`,
    `from ${name}.models import load_model`,
    `model = load_model("${method}", dtype="bf16")`,
    `def evaluate(batch):`,
    `    scores = model.score(batch["inputs"], batch["targets"])`,
    `    return {"mean": scores.mean(), "max": scores.max()}`,
    random.chance(0.5) ? `print(f"{evaluate(next(iter(loader)))}")  # {x} stays literal` : `print(evaluate(batch))`,
  ];
}

/** A long-form note: an opening URL, paragraphs, and now and then a quote, lists and code. */
export function createPost(random: Random, uniqueTitle: (make: () => string) => string): SyntheticPost {
  const subject = subjectFor(random);
  const { method } = subject;
  const title = uniqueTitle(() =>
    random.pick([
      () => `${random.pick(POST_TOPICS)}: ${method}`,
      () => `Notes on ${subject.topic} (${method})`,
      () => `Reading ${method}: ${random.pick(PROBLEMS)}`,
    ])(),
  );
  const blocks: PostBlock[] = [];
  const paragraphs = random.int(3, 8);
  for (let i = 0; i < paragraphs; i += 1) {
    blocks.push({ type: 'paragraph', text: paragraph(random, subject) });
    if (i === 1 && random.chance(0.4)) {
      blocks.push({ type: 'quote', lines: Array.from({ length: random.int(2, 4) }, () => paragraph(random, subject)) });
    }
    if (i === 2 && random.chance(0.4)) {
      blocks.push({
        type: 'list',
        ordered: random.chance(0.3),
        items: Array.from({ length: random.int(3, 5) }, () => paragraph(random, subject)),
      });
    }
    if (i === 3 && random.chance(0.3)) blocks.push({ type: 'code', lines: codeBlock(random, method) });
  }
  const url = random.chance(0.7)
    ? `https://arxiv.org/abs/${random.int(23, 26)}${String(random.int(1, 12)).padStart(2, '0')}.${random.int(10000, 29999)}`
    : null;
  return { title, url, blocks };
}
