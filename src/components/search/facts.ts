import type { Paper, Post } from '../../schemas/index.ts';
import { DAY_META } from './newest-order.ts';

/**
 * What the search index knows about a page beyond its text: filters to narrow by and short
 * metadata for results and for the newest-first order. Pure data, rendered by `SearchFacts.astro`.
 */
export interface SearchFacts {
  /** Filter values by filter name; a page may carry several values per filter. */
  readonly filters: Readonly<Partial<Record<FilterName, readonly string[]>>>;
  /** Metadata by name: `date` as shown in a result, `day` (YYYY-MM-DD) for the newest-first order. */
  readonly meta: Readonly<Record<string, string>>;
}

/**
 * The filters readers can narrow by; each is a URL parameter of the search page (`?tag=kv-cache`).
 * `tag` holds author tags first, then topic tags, so results can show them in that order.
 */
export const FILTER_NAMES = ['tag', 'source', 'layout', 'commentary'] as const;
export type FilterName = (typeof FILTER_NAMES)[number];

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
    // Undated papers carry no day: they come last when sorting newest first.
    meta: paper.date ? { date: paper.date.text, [DAY_META]: paper.date.sortKey } : {},
  };
}

export function postSearchFacts(post: Post): SearchFacts {
  return {
    filters: {
      tag: unique([...post.tags, ...post.topics]),
      source: unique(post.sources.map((ref) => ref.source)),
      layout: unique(post.sources.map((ref) => ref.layout)),
    },
    meta: {},
  };
}
