import { BASE, ORDER_BASE, PAGEFIND_BASE } from './config.ts';
import { excerptParts, type ExcerptPart, type MatchLocation } from './excerpt.ts';
import { META, ORDER_NAMES, type FilterName, type OrderName } from './fields.ts';
import { searchTerms } from './korean-query.ts';
import { OrderedResults, fetchOrder, type OrderChunkSource } from './sort-order.ts';
import { type SearchState, isBlank } from './url-state.ts';

/** The parts of Pagefind's browser API (`pagefind.js`) this site uses; the package ships no browser types. */
interface PagefindModule {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string | null, options?: { filters?: Record<string, unknown> }): Promise<PagefindResponse>;
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
  /** The page's indexed text, as plain text. */
  content: string;
  /** Where the searched words matched in `content`. */
  weighted_locations: MatchLocation[];
  meta: Partial<Record<string, string>>;
  filters: Partial<Record<FilterName, string[]>>;
}

export interface SearchResult {
  readonly id: string;
  /** Loads the result's stored fragment: only shown results cost a download. */
  data(): Promise<ResultData>;
}

export interface SearchOutcome {
  /** How many pages match. */
  readonly total: number;
  /** The first `count` matches in the chosen order. */
  take(count: number): Promise<readonly SearchResult[]>;
  /** The key of a taken result in the chosen order other than relevance (its upvotes, its day). */
  orderKey(id: string): string | undefined;
  readonly counts: FilterCounts;
}

export const NO_OUTCOME: SearchOutcome = { total: 0, take: async () => [], orderKey: () => undefined, counts: {} };

/** Words an excerpt shows. */
const EXCERPT_WORDS = 26;

/**
 * Ranking. Pagefind 1.6 searches metadata too, each field weighted (`metaWeights`):
 * - the title counts most (Pagefind's own default, 5), so a paper named by the query comes first;
 * - topic names, and the keywords (Korean topic names, aliases, hashtags), find the papers of a
 *   topic. A topic the title names is in both keyword fields, so its papers come first for `양자화`;
 * - the shown date counts nothing: it only says when, and `2월` should not rank a paper.
 * The term-frequency and length parameters keep Pagefind's defaults: on the relevance set in
 * tests/e2e/relevance.spec.ts, lowering `termFrequency` to 0.5 pushed DeepGEMM from 1st to
 * 10th for `커널`, and `pageLength` at 0.5 changed nothing.
 */
const RANKING = {
  metaWeights: { [META.title]: 5, [META.topics]: 1, [META.keywords]: 1, [META.titleKeywords]: 1, [META.date]: 0 },
};

const orderSources: Readonly<Record<OrderName, () => Promise<OrderChunkSource>>> = Object.fromEntries(
  ORDER_NAMES.map((order) => [order, fetchOrder(ORDER_BASE, order)]),
) as Record<OrderName, () => Promise<OrderChunkSource>>;

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
      excerptLength: EXCERPT_WORDS,
      ranking: RANKING,
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
  if (isBlank(state)) return NO_OUTCOME;
  const pagefind = await loadPagefind();
  const filters = Object.fromEntries(Object.entries(state.filters).filter(([, values]) => values.length > 0));
  const query = state.query.trim() === '' ? null : searchTerms(state.query);
  if (state.sort !== 'relevance') {
    // The order's manifest loads while Pagefind searches; chunks load as results are shown.
    const [{ results, filters: counts }, order] = await Promise.all([pagefind.search(query, { filters }), orderSources[state.sort]()]);
    const ordered = new OrderedResults(results, order);
    return { total: results.length, take: (count) => ordered.take(count), orderKey: (id) => ordered.keyOf(id), counts };
  }
  const { results, filters: counts } = await pagefind.search(query, { filters });
  return { total: results.length, take: async (count) => results.slice(0, count), orderKey: () => undefined, counts };
}

/**
 * Loads every filter's index, so later searches report counts for all filter values, and returns
 * the counts over the whole site. Kept apart from searching: the first query should not pay for it.
 */
export async function loadAllFilters(): Promise<FilterCounts> {
  const pagefind = await loadPagefind();
  return pagefind.filters();
}

/** A result's excerpt: the words around its matches, without its title. */
export function resultExcerpt(data: ResultData): ExcerptPart[] {
  return excerptParts(data.content, data.weighted_locations, { length: EXCERPT_WORDS, title: data.meta[META.title] });
}
