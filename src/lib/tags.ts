/**
 * One tag namespace for the whole site. A tag is a topic from the taxonomy (`reasoning`), or an
 * item's own tag: an author hashtag (`mechanistic-interpretation`), a note's tag or a blog tag (`ml`).
 * An own tag that names a topic, under the topic's tag or any of its aliases (`#rl`, `#Reasoning`,
 * `#mixture_of_experts`), leads to the topic's page, which lists its items with the topic's; the
 * item still shows the tag as written. Other tags keep a page of their own, spelled as written.
 * The taxonomy itself is in src/taxonomy/.
 */
import { topicForHashtag } from '../taxonomy/hashtags.ts';
import { AREAS, TOPICS, type AreaId } from '../taxonomy/topics.ts';
import { urlSegment } from './segments.ts';

/** A tag's URL segment; branded so a tag's written name is never used where its slug belongs. */
export type TagSlug = string & { readonly __brand: 'TagSlug' };

export function tagSlug(name: string): TagSlug {
  return urlSegment(name) as TagSlug;
}

/** How a tag came to a paper, note or blog post. A tag may have several origins. */
export type TagOrigin = 'topic' | 'author' | 'note' | 'blog';

/** What the taxonomy says about a topic tag, for headings, the tag index and the About page. */
export interface TopicInfo {
  readonly tag: string;
  readonly label: string;
  readonly labelKo: string;
  readonly aliases: readonly string[];
  readonly description: string;
  readonly area: AreaId;
}

const TOPIC_INFO = new Map<string, TopicInfo>(TOPICS.map((topic) => [topic.tag, topic]));

export function topicInfo(tag: string): TopicInfo | null {
  return TOPIC_INFO.get(tag) ?? null;
}

/** Taxonomy order, used to list topics the way the About page documents them. */
export function topicOrder(tag: string): number {
  const index = TOPICS.findIndex((topic) => topic.tag === tag);
  return index === -1 ? TOPICS.length : index;
}

/** The taxonomy's areas in order, each with its topics. */
export function topicAreas(): { readonly id: AreaId; readonly label: string; readonly topics: readonly TopicInfo[] }[] {
  return AREAS.map((area) => ({ ...area, topics: TOPICS.filter((topic) => topic.area === area.id) }));
}

/** The tag whose page an item's own tag leads to: the topic it names, or the tag itself. */
export function tagTarget(written: string): string {
  return topicForHashtag(written)?.tag ?? written;
}

/** How an item's own tag is shown, everywhere: as written, after a `#` that tells it from a topic. */
export function ownTagLabel(written: string): string {
  return `#${written}`;
}

/** How a tag is named in headings: a topic by its label (its page may hold only tags that name it), any other tag as `#tag`. */
export function tagTitle(name: string): string {
  return topicInfo(name)?.label ?? ownTagLabel(name);
}
