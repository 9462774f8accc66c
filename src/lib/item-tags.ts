/**
 * What a paper, note or blog post shows as its tags, the same way on every page and in search: its
 * topics, each with the item's own tags that name it (`Inference efficiency`, tagged `#efficiency`),
 * then its own tags that name no topic, as written. A tag that leads to a topic's page is shown as
 * that topic rather than as a second, different tag.
 */
import { topicsWithTags } from '../taxonomy/hashtags.ts';
import { tagSlug, tagTarget, topicInfo, type TagSlug } from './tags.ts';

export interface TopicOfItem {
  /** The topic's tag, e.g. `inference-efficiency`. */
  readonly tag: string;
  readonly slug: TagSlug;
  readonly label: string;
  /** The item's own tags, as written, that name this topic. */
  readonly writtenAs: readonly string[];
}

export interface OwnTag {
  /** As written, e.g. `mechanistic_stuff`. */
  readonly name: string;
  readonly slug: TagSlug;
}

export interface ItemTags {
  readonly topics: readonly TopicOfItem[];
  /** Own tags that name no topic. */
  readonly own: readonly OwnTag[];
}

/** `topics` as the taxonomy gave them from the text; `ownTags` as the item's author wrote them. */
export function itemTags(topics: readonly string[], ownTags: readonly string[]): ItemTags {
  const all = topicsWithTags(topics, ownTags).flatMap((tag) => {
    const info = topicInfo(tag);
    return info ? [{ tag, slug: tagSlug(tag), label: info.label, writtenAs: ownTags.filter((own) => tagTarget(own) === tag) }] : [];
  });
  const own = ownTags.filter((name) => topicInfo(tagTarget(name)) === null).map((name) => ({ name, slug: tagSlug(tagTarget(name)) }));
  return { topics: all, own };
}
