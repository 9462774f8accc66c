/**
 * Tag addresses the site has published and no longer serves as tag pages. Readers share links to
 * tag pages and subscribe to their feeds, so each keeps working: its page becomes a small static
 * redirect to what replaced it, and its feed carries what the replacement's feed carries.
 *
 * When the taxonomy changes again, append here: never remove an entry, only add.
 */

/** Where a retired tag now leads: a topic's page, or one of the site's lists. */
export type Successor = { readonly kind: 'topic'; readonly tag: string } | { readonly kind: 'list'; readonly list: 'papers' | 'tags' };

export interface RetiredTag {
  /** The tag as it appeared in `/tags/<tag>/`. */
  readonly tag: string;
  readonly successor: Successor;
  /** One sentence for the redirect page: why the tag went and where its papers are. */
  readonly reason: string;
  /** When the address stopped being a tag page (ISO date). */
  readonly retired: string;
}

export const RETIRED_TAGS: readonly RetiredTag[] = [
  {
    tag: 'language-models',
    successor: { kind: 'list', list: 'papers' },
    reason: 'Language models was on most papers, so it told a reader little about any of them; every paper is in the full list.',
    retired: '2026-12-02',
  },
  {
    tag: 'general',
    successor: { kind: 'list', list: 'papers' },
    reason: 'Papers that match no topic are no longer filed under General; they are in the full list, without a topic.',
    retired: '2026-12-02',
  },
  {
    tag: 'rl',
    successor: { kind: 'topic', tag: 'reinforcement-learning' },
    reason: 'Papers with the author tag #rl are on the Reinforcement learning page, which the hashtag names.',
    retired: '2026-12-02',
  },
  {
    tag: 'efficiency',
    successor: { kind: 'topic', tag: 'inference-efficiency' },
    reason: 'Papers with the author tag #efficiency are on the Inference efficiency page, which the hashtag names.',
    retired: '2026-12-02',
  },
  {
    tag: 'mechanistic-interpretation',
    successor: { kind: 'topic', tag: 'interpretability' },
    reason: 'Papers with the author tag #mechanistic-interpretation are on the Interpretability page, which the hashtag names.',
    retired: '2026-12-02',
  },
];

/**
 * Pages of tag lists as far as the site has published them (`/tags/language-models/3/`). A page
 * that no longer exists leads to its list's first page, or to the retired tag's successor.
 */
export const PUBLISHED_TAG_PAGES: Readonly<Record<string, number>> = {
  'language-models': 3,
  benchmarks: 2,
};
