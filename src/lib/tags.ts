/**
 * One tag namespace for the whole site. A tag is a string exactly as written: an author hashtag
 * (`rl`, `mechanistic-interpretation`), a blog tag (`ml`) or a topic from the taxonomy
 * (`reasoning`). When an author hashtag is spelled exactly like a topic, both name the same
 * tag page, which then lists the papers carrying either; a different spelling (`Reasoning`)
 * is a different tag with its own page. See src/loader/topics.ts for the taxonomy itself.
 */
import { FALLBACK_TOPIC, TOPICS } from '../loader/topics.ts';
import { urlSegment } from './segments.ts';

/** A tag's URL segment; branded so a tag's written name is never used where its slug belongs. */
export type TagSlug = string & { readonly __brand: 'TagSlug' };

export function tagSlug(name: string): TagSlug {
  return urlSegment(name) as TagSlug;
}

/** How a tag came to a paper, note or blog post. A tag may have several origins. */
export type TagOrigin = 'topic' | 'author' | 'note' | 'blog';

/** What the taxonomy says about a topic tag, for headings and the tag index. */
export interface TopicInfo {
  readonly tag: string;
  readonly label: string;
  readonly description: string;
}

/** Papers that match no topic get the fallback, which the taxonomy names but does not list. */
const FALLBACK_INFO: TopicInfo = {
  tag: FALLBACK_TOPIC,
  label: 'General',
  description: 'Papers that match none of the other topics.',
};

const TOPIC_INFO = new Map<string, TopicInfo>([...TOPICS.map((topic) => [topic.tag, topic] as const), [FALLBACK_TOPIC, FALLBACK_INFO]]);

export function topicInfo(tag: string): TopicInfo | null {
  return TOPIC_INFO.get(tag) ?? null;
}

/** Taxonomy order, used to list topics the way the About page documents them. */
export function topicOrder(tag: string): number {
  const index = TOPICS.findIndex((topic) => topic.tag === tag);
  return index === -1 ? TOPICS.length : index;
}

/** How a tag is named in headings: a topic by its label, an author hashtag with its `#`, a blog tag as written. */
export function tagTitle(name: string, origins: readonly TagOrigin[]): string {
  const topic = origins.includes('topic') ? topicInfo(name) : null;
  if (topic) return topic.label;
  return origins.includes('author') ? `#${name}` : name;
}
