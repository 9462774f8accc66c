/**
 * Names shared by the indexed pages, the build's order files and the browser scripts. Plain
 * constants, so the browser bundles take none of the build-time modules (schemas, taxonomy).
 */

/**
 * The filters readers can narrow by; each is a URL parameter of the search page (`?tag=kv-cache`).
 * `tag` holds topics first, then the item's own tags that name no topic, the order results show them in.
 */
export const FILTER_NAMES = ['tag', 'source', 'layout', 'commentary'] as const;
export type FilterName = (typeof FILTER_NAMES)[number];

/**
 * Pagefind metadata of a page. Pagefind 1.6 searches every metadata field, weighted per field
 * (`ranking.metaWeights` in pagefind-client.ts), so metadata is both what a result shows and
 * extra words that find the page without appearing in its excerpt.
 */
export const META = {
  /** The page's title, which Pagefind takes from its `h1`. */
  title: 'title',
  /** The date in the site's one style (`26 Feb 2025`, `16 Feb` without a year), shown in results. */
  date: 'date',
  /** Topic names in English, as the site labels them, shown in results. */
  topics: 'topics',
  /** Words that find the page but are not shown: Korean topic names, aliases, hashtags. */
  keywords: 'keywords',
  /** The same words again for the topics the title itself names, so a paper about the topic ranks first. */
  titleKeywords: 'title_keywords',
} as const;

/** Separates topic names in the `topics` metadata; a topic name never contains it. */
export const TOPIC_SEPARATOR = ' · ';

/**
 * Orders offered besides relevance, each by one key a page may carry (pages without it come last).
 * `newest` sorts by day (`YYYY-MM-DD`), `upvotes` by the Hugging Face upvote count.
 */
export const ORDER_KEYS = { newest: 'day', upvotes: 'upvotes' } as const;
export type OrderName = keyof typeof ORDER_KEYS;
export type OrderKey = (typeof ORDER_KEYS)[OrderName];
export const ORDER_NAMES = Object.keys(ORDER_KEYS) as OrderName[];
