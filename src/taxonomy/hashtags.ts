/**
 * Author hashtags that name a topic. `#rl`, `#mixture_of_experts` and `#Reasoning` are the
 * reinforcement-learning, mixture-of-experts and reasoning topics under the author's own spelling:
 * such a hashtag joins the topic's page instead of getting a page of its own.
 */
import type { Topic } from './topic.ts';
import { TOPICS } from './topics.ts';

/** Case, spaces, underscores and hyphens are how spellings of one name differ. */
export function hashtagKey(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_-]+/gu, '-')
    .replace(/^-|-$/gu, '');
}

function topicsByKey(): Map<string, Topic> {
  const byKey = new Map<string, Topic>();
  for (const topic of TOPICS) {
    for (const name of [topic.tag, topic.label, topic.labelKo, ...topic.aliases]) {
      const key = hashtagKey(name);
      const other = byKey.get(key);
      if (other && other !== topic) throw new Error(`"${name}" names two topics, ${other.tag} and ${topic.tag}; give it to one.`);
      byKey.set(key, topic);
    }
  }
  return byKey;
}

const BY_KEY = topicsByKey();

/** The topic an author hashtag names, if any. */
export function topicForHashtag(name: string): Topic | null {
  return BY_KEY.get(hashtagKey(name)) ?? null;
}

/**
 * An item's topics together with those its own tags name: the topics its text earned, strongest
 * first, then each topic a tag names that the text did not. A note tagged `kv-cache` has the KV
 * cache topic whatever its text says, as a paper hashtagged `#rl` joins the reinforcement-learning page.
 */
export function topicsWithTags(topics: readonly string[], tags: readonly string[]): string[] {
  const named = tags.flatMap((tag) => topicForHashtag(tag)?.tag ?? []);
  return [...new Set([...topics, ...named])];
}
