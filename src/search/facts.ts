import { formatDate } from '../lib/dates.ts';
import { itemTags } from '../lib/item-tags.ts';
import type { Note } from '../lib/notes.ts';
import { TOPICS, topicsFor } from '../loader/topics.ts';
import { topicInfo } from '../lib/tags.ts';
import type { Paper, Post } from '../schemas/index.ts';
import { type FilterName, META, type OrderKey, TOPIC_SEPARATOR } from './fields.ts';

export { FILTER_NAMES, type FilterName } from './fields.ts';

/**
 * What the search index knows about a page beyond its text: filters to narrow by, metadata for
 * results and for searching, and the keys of the orders other than relevance. Pure data,
 * rendered by `SearchFacts.astro`.
 */
export interface SearchFacts {
  /** Filter values by filter name; a page may carry several values per filter. */
  readonly filters: Readonly<Partial<Record<FilterName, readonly string[]>>>;
  /** Pagefind metadata by name (see META in fields.ts); every field is searchable. */
  readonly meta: Readonly<Partial<Record<(typeof META)[keyof typeof META], string>>>;
  /**
   * Order keys (see ORDER_KEYS in fields.ts). Not Pagefind metadata: metadata is searchable, and
   * a day or a count would make every query for `2025` or `12` match pages by their date.
   */
  readonly order: Readonly<Partial<Record<OrderKey, string>>>;
}

/**
 * The `tag` filter's values of an item: its topics, with those its own tags name, then its own tags
 * that name no topic, as its page shows them. A hashtag that leads to a topic's page filters as that topic.
 */
function tagValues(topics: readonly string[], tags: readonly string[]): string[] {
  const shown = itemTags(topics, tags);
  return unique([...shown.topics.map((topic) => topic.tag), ...shown.own.map((tag) => tag.name)]);
}

/** Values in first-seen order without repeats. */
function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

/** Words in first-seen order without repeats, ignoring case: Pagefind matches words in any case. */
function uniqueWords(values: readonly string[]): string[] {
  const seen = new Set<string>();
  return values.filter((value) => {
    const key = value.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const TOPIC_NAMES = new Map(TOPICS.map((topic) => [topic.tag, [topic.labelKo, ...topic.aliases]] as const));

/**
 * The words that find a page by its topics and tags without being shown: each topic's Korean
 * name and aliases from the taxonomy (so `양자화` reaches papers written in English), and the
 * author's hashtags as written.
 */
export function searchKeywords(topics: readonly string[], tags: readonly string[]): string {
  const names = [...topics.flatMap((topic) => TOPIC_NAMES.get(topic) ?? []), ...tags];
  // Word by word: `전문가 혼합` and `전문가 혼합 모델` would otherwise count `전문가` twice for the page.
  return uniqueWords(names.flatMap((name) => name.split(/\s+/u).filter(Boolean))).join(' ');
}

/** The paper's topics that its title alone names, by the taxonomy's own matching. */
function titleTopics(paper: Paper): string[] {
  const named = new Set(topicsFor([paper.title]));
  return paper.topics.filter((topic) => named.has(topic));
}

export function paperSearchFacts(paper: Paper): SearchFacts {
  const commentary = (['ko', 'en'] as const).filter((lang) => paper.commentary[lang].length > 0);
  const topics = paper.topics.map((topic) => topicInfo(topic)?.label ?? topic).join(TOPIC_SEPARATOR);
  const keywords = searchKeywords(paper.topics, paper.tags);
  const titleKeywords = searchKeywords(titleTopics(paper), []);
  return {
    filters: {
      tag: tagValues(paper.topics, paper.tags),
      source: unique(paper.sources.map((ref) => ref.source)),
      layout: unique(paper.sources.map((ref) => ref.layout)),
      commentary,
    },
    meta: {
      ...(paper.date ? { [META.date]: formatDate(paper.date) } : {}),
      [META.topics]: topics,
      ...(keywords ? { [META.keywords]: keywords } : {}),
      ...(titleKeywords ? { [META.titleKeywords]: titleKeywords } : {}),
    },
    // Undated papers carry no day and papers without upvotes no count: they come last in those orders.
    order: {
      ...(paper.date ? { day: paper.date.sortKey } : {}),
      ...(paper.upvotes !== null ? { upvotes: String(paper.upvotes) } : {}),
    },
  };
}

export function postSearchFacts(post: Post): SearchFacts {
  const keywords = searchKeywords([], post.tags);
  return {
    filters: {
      tag: tagValues(post.topics, post.tags),
      source: unique(post.sources.map((ref) => ref.source)),
      layout: unique(post.sources.map((ref) => ref.layout)),
    },
    meta: keywords ? { [META.keywords]: keywords } : {},
    order: {},
  };
}

/** The `layout` filter value of the maintainer's notes, which come from no dump. */
export const NOTE_LAYOUT = 'note';

export function noteSearchFacts(note: Note): SearchFacts {
  const keywords = searchKeywords(note.topics, note.tags);
  return {
    filters: { tag: tagValues(note.topics, note.tags), layout: [NOTE_LAYOUT] },
    meta: {
      [META.date]: formatDate(note.date),
      [META.topics]: note.topics.map((topic) => topicInfo(topic)?.label ?? topic).join(TOPIC_SEPARATOR),
      ...(keywords ? { [META.keywords]: keywords } : {}),
    },
    order: { day: note.date.sortKey },
  };
}
