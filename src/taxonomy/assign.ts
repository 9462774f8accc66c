/**
 * Assigns topics to a paper or note from its text, deterministically: the same text always gets
 * the same topics, in the same order.
 *
 * A topic is earned by its name in the title (worth TITLE_WEIGHT), or by at least two distinct
 * terms of its vocabulary in the body (one point each; the topic's own name said three times or
 * more adds a point). When the title already names a topic, a topic from the body alone needs one
 * term more: the abstract of a paper on one subject mentions the vocabulary of its neighbours.
 * The best MAX_TOPICS topics are kept, strongest first, taxonomy order breaking ties. Nothing is a
 * fallback: text that earns no topic gets none.
 */
import { americanSpelling } from './spelling.ts';
import { LiteralScreen, type ScreenResult } from './literal-screen.ts';
import type { Topic, TopicRules } from './topic.ts';
import { TOPICS } from './topics.ts';

/** Evidence from a title match; more than any two body terms, so a paper's stated subject comes first. */
const TITLE_WEIGHT = 3;
/** A reader scanning a list needs the main subjects of a paper, not everything it touches. */
export const MAX_TOPICS = 3;
/** Distinct body terms that earn a topic without a title match, unless the topic says otherwise. */
const DEFAULT_MIN_TERMS = 2;
/** How often the topic's own name must occur in the body to count as a second term. */
const ANCHOR_REPEATS = 3;
/** Extra body terms a topic needs when the paper's title names another topic. */
const BESIDE_TITLE_TERMS = 1;

/** Why a topic was or was not given, for tests and the evaluation report. */
export interface TopicEvidence {
  readonly tag: string;
  readonly title: boolean;
  /** Indexes into the topic's `terms` that occur in the body. */
  readonly terms: readonly number[];
  readonly score: number;
  /** Enough evidence on its own; whether the topic is kept also depends on the other topics. */
  readonly earned: boolean;
}

interface CompiledTopic {
  readonly topic: Topic;
  readonly rules: TopicRules;
  readonly anchor: RegExp | null;
  readonly minTerms: number;
  /** Ids in BODY_SCREEN of the topic's terms, ignored phrases and needed term. */
  readonly terms: readonly number[];
  readonly ignore: readonly number[];
  readonly needs: number | null;
}

/**
 * Every body pattern of every topic, screened together: a body is read once for the literal text
 * the patterns need, and only patterns whose text occurs are run (see literal-screen.ts). Most of
 * the 130-odd terms find nothing in a given abstract.
 */
const BODY_PATTERNS: RegExp[] = [];
function bodyPattern(pattern: RegExp): number {
  BODY_PATTERNS.push(pattern);
  return BODY_PATTERNS.length - 1;
}

/** Global copies of each topic's first term, for counting; compiled once. */
const COMPILED: readonly CompiledTopic[] = TOPICS.map((topic) => {
  const { rules } = topic;
  const first = rules.terms[0];
  const anchor = first ? new RegExp(first.source, `${first.flags.replace('g', '')}g`) : null;
  return {
    topic,
    rules,
    anchor,
    minTerms: rules.minTerms ?? DEFAULT_MIN_TERMS,
    terms: rules.terms.map(bodyPattern),
    ignore: (rules.ignore ?? []).map(bodyPattern),
    needs: rules.needs ? bodyPattern(rules.needs) : null,
  };
});
const BODY_SCREEN = new LiteralScreen(BODY_PATTERNS);

/** A body and its screen, read again only when a topic's ignored phrase changes it. */
interface ScreenedBody {
  readonly text: string;
  readonly scan: ScreenResult;
}

function bodyWithoutIgnored(body: ScreenedBody, ignore: readonly number[]): ScreenedBody {
  let text = body.text;
  for (const id of ignore) if (BODY_SCREEN.test(id, text, body.scan)) text = text.replace(BODY_PATTERNS[id] as RegExp, ' ');
  return text === body.text ? body : { text, scan: BODY_SCREEN.scan(text) };
}

const YIELDS_TO = new Map(TOPICS.map((topic) => [topic.tag, topic.rules.yieldsTo ?? []]));
const MIN_TERMS = new Map(COMPILED.map((compiled) => [compiled.topic.tag, compiled.minTerms]));

function withoutIgnored(text: string, rules: TopicRules): string {
  return (rules.ignore ?? []).reduce((result, pattern) => result.replace(pattern, ' '), text);
}

function titleMatches(title: string, rules: TopicRules): boolean {
  return rules.title.some((rule) => (rule instanceof RegExp ? rule.test(title) : rule.every((part) => part.test(title))));
}

function countOf(pattern: RegExp, text: string, limit: number): number {
  pattern.lastIndex = 0;
  let count = 0;
  while (count < limit && pattern.exec(text) !== null) count += 1;
  return count;
}

function evidenceFor(compiled: CompiledTopic, rawTitle: string, rawBody: ScreenedBody): TopicEvidence {
  const { topic, rules, anchor, minTerms, needs } = compiled;
  const title = titleMatches(withoutIgnored(rawTitle, rules), rules);
  const body = bodyWithoutIgnored(rawBody, compiled.ignore);
  const terms = compiled.terms.flatMap((id, index) => (BODY_SCREEN.test(id, body.text, body.scan) ? [index] : []));
  const repeated = anchor !== null && terms.includes(0) && countOf(anchor, body.text, ANCHOR_REPEATS) >= ANCHOR_REPEATS;
  const bodyScore = terms.length + (repeated ? 1 : 0);
  const bodyEarns = bodyScore >= minTerms && (needs === null || BODY_SCREEN.test(needs, body.text, body.scan));
  return { tag: topic.tag, title, terms, score: (title ? TITLE_WEIGHT : 0) + bodyScore, earned: title || bodyEarns };
}

/** Evidence for every topic, in taxonomy order. `texts` is the title first, then the body's paragraphs. */
export function topicEvidence(texts: readonly string[]): TopicEvidence[] {
  const [title = '', ...body] = texts.map(americanSpelling);
  const text = body.join('\n');
  const screened: ScreenedBody = { text, scan: BODY_SCREEN.scan(text) };
  return COMPILED.map((compiled) => evidenceFor(compiled, title, screened));
}

/** Topic tags for a text, strongest first: the title first, then the body's paragraphs. Possibly none. */
export function topicsFor(texts: readonly string[]): string[] {
  const evidence = topicEvidence(texts);
  const titled = evidence.some((candidate) => candidate.earned && candidate.title);
  const strongEnough = (candidate: TopicEvidence) =>
    candidate.title || !titled || candidate.score >= (MIN_TERMS.get(candidate.tag) ?? DEFAULT_MIN_TERMS) + BESIDE_TITLE_TERMS;
  const earned = evidence.filter((candidate) => candidate.earned && strongEnough(candidate));
  const earnedTags = new Set(earned.map((candidate) => candidate.tag));
  const standing = earned.filter((candidate) => !(YIELDS_TO.get(candidate.tag) ?? []).some((other) => earnedTags.has(other)));
  // Stable sort: equal scores keep taxonomy order.
  return standing
    .sort((a, b) => b.score - a.score)
    .slice(0, MAX_TOPICS)
    .map((candidate) => candidate.tag);
}
