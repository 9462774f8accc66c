import type { Paper, Post } from '../../schemas/index.ts';

/**
 * What the search index knows about a page beyond its text: filters to narrow by, a key to sort
 * by and short metadata to show in results. Pure data, rendered by `SearchFacts.astro`.
 */
export interface SearchFacts {
  /** Filter values by filter name; a page may carry several values per filter. */
  readonly filters: Readonly<Partial<Record<FilterName, readonly string[]>>>;
  /** Sort keys by name. */
  readonly sort: Readonly<Partial<Record<SortName, string>>>;
  /** Metadata shown in a result, by name. */
  readonly meta: Readonly<Record<string, string>>;
}

/**
 * The filters readers can narrow by; each is a URL parameter of the search page (`?tag=kv-cache`).
 * `tag` holds author tags first, then topic tags, so results can show them in that order.
 */
export const FILTER_NAMES = ['tag', 'source', 'layout', 'commentary'] as const;
export type FilterName = (typeof FILTER_NAMES)[number];

/** `date` sorts by the entry's `YYYY-MM-DD` key. */
export type SortName = 'date';

/**
 * Pagefind leaves a page out of sorted results when it lacks the sort key, so undated entries
 * get the lowest possible key: they stay findable and come last when sorting newest first.
 */
export const UNDATED_SORT_KEY = '0000-00-00';

/** Values in first-seen order without repeats. */
function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

export function paperSearchFacts(paper: Paper): SearchFacts {
  const commentary = (['ko', 'en'] as const).filter((lang) => paper.commentary[lang].length > 0);
  return {
    filters: {
      tag: unique([...paper.tags, ...paper.topics]),
      source: unique(paper.sources.map((ref) => ref.source)),
      layout: unique(paper.sources.map((ref) => ref.layout)),
      commentary,
    },
    sort: { date: paper.date?.sortKey ?? UNDATED_SORT_KEY },
    meta: paper.date ? { date: paper.date.text } : {},
  };
}

export function postSearchFacts(post: Post): SearchFacts {
  return {
    filters: {
      tag: unique(post.tags),
      source: unique(post.sources.map((ref) => ref.source)),
      layout: unique(post.sources.map((ref) => ref.layout)),
    },
    sort: { date: UNDATED_SORT_KEY },
    meta: {},
  };
}
