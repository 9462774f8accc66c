import { BASE, PAGEFIND_BASE } from './config.ts';
import type { FilterName } from './facts.ts';
import { type SearchState, isBlank } from './url-state.ts';

/** The parts of Pagefind's browser API (`pagefind.js`) this site uses; the package ships no browser types. */
interface PagefindModule {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string | null, options?: { filters?: Record<string, unknown>; sort?: Record<string, 'asc' | 'desc'> }): Promise<PagefindResponse>;
  filters(): Promise<FilterCounts>;
}

/** Count of matching pages per value, per filter. */
export type FilterCounts = Record<string, Record<string, number>>;

interface PagefindResponse {
  results: { id: string; data(): Promise<ResultData> }[];
  /** Per-value counts among the results, for filters whose index is loaded. */
  filters: FilterCounts;
}

/** One result's stored fragment, as Pagefind returns it. */
export interface ResultData {
  /** Page URL under the site's base. */
  url: string;
  /** The excerpt around the matched words: text with `<` and `>` escaped and matches wrapped in `<mark>`. */
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Partial<Record<FilterName, string[]>>;
}

export interface SearchOutcome {
  /** Every match, best first; each loads its data on demand so only shown results cost a download. */
  readonly results: readonly { readonly id: string; data(): Promise<ResultData> }[];
  readonly counts: FilterCounts;
}

let loading: Promise<PagefindModule> | null = null;

/**
 * Loads Pagefind once, on first need. The bundle is found under the site's base path, and result
 * URLs get the same base, so the site works under a sub-path.
 */
export function loadPagefind(): Promise<PagefindModule> {
  loading ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ `${PAGEFIND_BASE}pagefind.js`)) as PagefindModule;
    await pagefind.options({
      basePath: PAGEFIND_BASE,
      baseUrl: BASE,
      excerptLength: 26,
      // Searching one index chunk takes milliseconds on the main thread; a worker would add its
      // own ~12 KB script and one more round trip before the first results.
      noWorker: true,
      // No `highlightParam`: result links carry the words as typed instead (see resultHref in render.ts).
    });
    await pagefind.init();
    return pagefind;
  })().catch((error: unknown) => {
    loading = null; // a later search may try again, e.g. once the connection is back
    throw error;
  });
  return loading;
}

/** Runs one search. Words and filters narrow together; filters alone list every page carrying them. */
export async function runSearch(state: SearchState): Promise<SearchOutcome> {
  if (isBlank(state)) return { results: [], counts: {} };
  const pagefind = await loadPagefind();
  const filters = Object.fromEntries(Object.entries(state.filters).filter(([, values]) => values.length > 0));
  const query = state.query.trim() === '' ? null : state.query;
  const response = await pagefind.search(query, {
    filters,
    ...(state.sort === 'newest' ? { sort: { date: 'desc' as const } } : {}),
  });
  return { results: response.results, counts: response.filters };
}

/**
 * Loads every filter's index, so later searches report counts for all filter values, and returns
 * the counts over the whole site. Kept apart from searching: the first query should not pay for it.
 */
export async function loadAllFilters(): Promise<FilterCounts> {
  const pagefind = await loadPagefind();
  return pagefind.filters();
}
