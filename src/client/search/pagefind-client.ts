import { BASE, ORDER_BASE, PAGEFIND_BASE } from '../../search/config.ts';
import { excerptParts, type ExcerptPart, type MatchLocation } from './excerpt.ts';
import { META, ORDER_NAMES, type FilterName, type OrderName } from '../../search/fields.ts';
import { searchTerms } from './korean-query.ts';
import { type IndexPart, PARTS_MANIFEST, type PartsManifest, folderOfPage } from '../../search/parts.ts';
import { OrderedResults, fetchOrder, type OrderChunkSource, type OrderMatches } from '../../search/sort-order.ts';
import { type SearchState, isBlank } from './url-state.ts';

/** The parts of Pagefind's browser API (`pagefind.js`) this site uses; the package ships no browser types. */
interface PagefindModule {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(basePath: string, options: Record<string, unknown>): Promise<void>;
  search(query: string | null, options?: { filters?: Record<string, unknown> }): Promise<PagefindResponse>;
  filters(): Promise<FilterCounts>;
}

/** Count of matching pages per value, per filter. */
export type FilterCounts = Record<string, Record<string, number>>;

interface PagefindResponse {
  results: { id: string; score: number; data(): Promise<ResultData> }[];
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
  /** How many pages match among the index parts read so far; `take` may read more. */
  readonly total: number;
  /** Whether every part of the index has been searched, so `total` counts every match. */
  readonly complete: boolean;
  /** Pages searched so far, and on the whole site. */
  readonly searched: { readonly pages: number; readonly of: number };
  /** The first `count` matches in the chosen order, reading older parts of the index as needed. */
  take(count: number): Promise<readonly SearchResult[]>;
  /** The key of a taken result in the chosen order other than relevance (its upvotes, its day). */
  orderKey(id: string): string | undefined;
  readonly counts: FilterCounts;
}

export const NO_OUTCOME: SearchOutcome = {
  total: 0,
  complete: true,
  searched: { pages: 0, of: 0 },
  take: () => Promise.resolve([]),
  orderKey: () => undefined,
  counts: {},
};

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

/**
 * A filter Pagefind adds to every page of a part as it reads the part (`mergeFilter`), so a
 * search can be asked part by part: Pagefind names pages by a short hash that is unique within a
 * part but not across parts, so a result is known by its part's folder and its name together.
 */
const PART_FILTER = 'part';

/** Settings of every part: results of every part must be ranked, excerpted and linked alike. */
function partOptions(part: number): Record<string, unknown> {
  return {
    baseUrl: BASE,
    excerptLength: EXCERPT_WORDS,
    ranking: RANKING,
    mergeFilter: { [PART_FILTER]: String(part) },
    // No `highlightParam`: result links carry the words as typed instead (see resultHref in render.ts).
  };
}

/** Pagefind with the parts of the index it has read so far (see parts.ts). */
interface LoadedIndex {
  readonly pagefind: PagefindModule;
  readonly parts: readonly IndexPart[];
  /** How many parts are read, first to last; those a first search reads always are. */
  read: number;
  /** Reads of parts take turns, so each part is read once. */
  reading: Promise<unknown>;
}

async function readManifest(): Promise<readonly IndexPart[]> {
  const response = await fetch(`${PAGEFIND_BASE}${PARTS_MANIFEST}`);
  if (!response.ok) throw new Error(`${PAGEFIND_BASE}${PARTS_MANIFEST} answered ${response.status}`);
  return ((await response.json()) as PartsManifest).parts;
}

let loading: Promise<LoadedIndex> | null = null;

/**
 * Loads Pagefind and the first part of the index once, on first need; the list of parts (a few
 * hundred bytes) loads alongside. The bundle is found under the site's base path, and result URLs
 * get the same base, so the site works under a sub-path.
 */
function loadIndex(): Promise<LoadedIndex> {
  loading ??= (async () => {
    const [pagefind, parts] = await Promise.all([
      import(/* @vite-ignore */ `${PAGEFIND_BASE}pagefind.js`) as Promise<PagefindModule>,
      readManifest(),
    ]);
    await pagefind.options({
      ...partOptions(0),
      basePath: PAGEFIND_BASE,
      // Pagefind's own worker (its default) compiles the WebAssembly, unpacks the page list and
      // searches off the main thread, which stays free for typing and scrolling. On the main
      // thread that work blocked it for 280 ms in Lighthouse's mobile run at 50,000 papers; the
      // worker's script adds 12 KB to a first search. Pagefind falls back to the main thread
      // where a worker cannot start.
    });
    const index: LoadedIndex = { pagefind, parts, read: 1, reading: Promise.resolve() };
    // The other parts a first search reads load while the first one does.
    await Promise.all([pagefind.init(), readParts(index, parts.filter((part) => part.firstSearch).length)]);
    return index;
  })().catch((error: unknown) => {
    loading = null; // a later search may try again, e.g. once the connection is back
    throw error;
  });
  return loading;
}

/** Starts loading search (a reader shows intent to search); errors wait for the search itself. */
export async function loadPagefind(): Promise<void> {
  await loadIndex();
}

/** Reads parts until at least `count` are read (or all are); each part is read once, in order. */
function readParts(index: LoadedIndex, count: number): Promise<unknown> {
  const turn = index.reading.then(async () => {
    for (let part = index.read; part < Math.min(count, index.parts.length); part += 1) {
      await index.pagefind.mergeIndex(`${PAGEFIND_BASE}${index.parts[part]?.folder ?? ''}`, partOptions(part));
      index.read = part + 1;
    }
  });
  index.reading = turn.catch(() => undefined);
  return turn;
}

function pagesIn(parts: readonly IndexPart[]): number {
  return parts.reduce((sum, part) => sum + part.pages, 0);
}

/** Sums filter counts over parts, without the part filter itself. */
function mergeCounts(counts: readonly FilterCounts[]): FilterCounts {
  const merged: FilterCounts = {};
  for (const filters of counts) {
    for (const [name, values] of Object.entries(filters)) {
      if (name === PART_FILTER) continue;
      const into = (merged[name] ??= {});
      for (const [value, count] of Object.entries(values)) into[value] = (into[value] ?? 0) + count;
    }
  }
  return merged;
}

/** The matches of the first `read` parts, best first as Pagefind ranks merged indexes, each named by part and page. */
interface PartsResponse {
  readonly read: number;
  readonly results: readonly SearchResult[];
  readonly counts: FilterCounts;
}

type PartSearch = (part: number) => Promise<PagefindResponse>;

async function searchParts(index: LoadedIndex, search: PartSearch): Promise<PartsResponse> {
  await index.reading;
  const read = index.read;
  const responses = await Promise.all(Array.from({ length: read }, (_, part) => search(part)));
  const scored = responses.flatMap((response, part) => {
    const folder = index.parts[part]?.folder ?? '';
    return response.results.map((result) => ({ score: result.score, result: { id: `${folder}${result.id}`, data: () => result.data() } }));
  });
  // Stable: equal scores keep part order, then Pagefind's own.
  scored.sort((a, b) => b.score - a.score);
  return { read, results: scored.map(({ result }) => result), counts: mergeCounts(responses.map((response) => response.filters)) };
}

/**
 * Matches in relevance order over the parts read, reading older parts while a request asks for
 * more results than they hold. Results once taken keep their place: those of a part read later
 * come after them, ranked among themselves and the rest not yet taken. An order other than
 * relevance reads the parts its next pages are in (OrderMatches).
 */
class WideningResults implements OrderMatches<SearchResult> {
  readonly #index: LoadedIndex;
  readonly #search: PartSearch;
  #latest: PartsResponse;
  readonly #taken: SearchResult[] = [];
  readonly #takenIds = new Set<string>();

  private constructor(index: LoadedIndex, search: PartSearch, first: PartsResponse) {
    this.#index = index;
    this.#search = search;
    this.#latest = first;
  }

  static async start(index: LoadedIndex, search: PartSearch): Promise<WideningResults> {
    return new WideningResults(index, search, await searchParts(index, search));
  }

  get total(): number {
    return this.#latest.results.length;
  }

  get found(): readonly SearchResult[] {
    return this.#latest.results;
  }

  knows(id: string): boolean {
    return this.#partOf(id) < this.#latest.read;
  }

  async learn(ids: readonly string[]): Promise<void> {
    // Not Math.max(...ids): the undated pages' key lists tens of thousands of pages.
    const through = ids.reduce((last, id) => Math.max(last, this.#partOf(id)), -1);
    if (through >= this.#latest.read) await this.#searchThrough(through + 1);
  }

  /** Reads the parts up to `count` and searches every part read. */
  async #searchThrough(count: number): Promise<void> {
    await readParts(this.#index, count);
    this.#latest = await searchParts(this.#index, this.#search);
  }

  /** A page's part, by its folder; a folder the manifest does not list counts as the last part. */
  #partOf(id: string): number {
    const folder = folderOfPage(id);
    const part = this.#index.parts.findIndex((candidate) => candidate.folder === folder);
    return part === -1 ? this.#index.parts.length - 1 : part;
  }

  get complete(): boolean {
    return this.#latest.read >= this.#index.parts.length;
  }

  get counts(): FilterCounts {
    return this.#latest.counts;
  }

  get searched(): { pages: number; of: number } {
    return { pages: pagesIn(this.#index.parts.slice(0, this.#latest.read)), of: pagesIn(this.#index.parts) };
  }

  async widen(): Promise<void> {
    if (!this.complete) await this.#searchThrough(this.#latest.read + 1);
  }

  async take(count: number): Promise<readonly SearchResult[]> {
    while (this.total < count && !this.complete) await this.widen();
    for (const result of this.#latest.results) {
      if (this.#taken.length >= count) break;
      if (this.#takenIds.has(result.id)) continue;
      this.#taken.push(result);
      this.#takenIds.add(result.id);
    }
    return this.#taken.slice(0, count);
  }
}

/** Runs one search. Words and filters narrow together; filters alone list every page carrying them. */
export async function runSearch(state: SearchState): Promise<SearchOutcome> {
  if (isBlank(state)) return NO_OUTCOME;
  const index = await loadIndex();
  const filters = Object.fromEntries(Object.entries(state.filters).filter(([, values]) => values.length > 0));
  const query = state.query.trim() === '' ? null : searchTerms(state.query);
  const search: PartSearch = (part) => index.pagefind.search(query, { filters: { ...filters, [PART_FILTER]: [String(part)] } });
  // An order's manifest loads while the first parts are searched; the order reads further parts
  // only as the results it places need them (see OrderedResults).
  const [widening, order] = await Promise.all([
    WideningResults.start(index, search),
    state.sort === 'relevance' ? null : orderSources[state.sort](),
  ]);
  const ordered = order ? new OrderedResults(widening, order) : null;
  return {
    get total() {
      return widening.total;
    },
    get complete() {
      return widening.complete;
    },
    get searched() {
      return widening.searched;
    },
    get counts() {
      return widening.counts;
    },
    take: (count) => (ordered ?? widening).take(count),
    orderKey: (id) => ordered?.keyOf(id),
  };
}

/**
 * Loads every filter's index, so later searches report counts for all filter values, and returns
 * the counts over the whole site. Kept apart from searching: the first query should not pay for it.
 */
export async function loadAllFilters(): Promise<FilterCounts> {
  const index = await loadIndex();
  await readParts(index, index.parts.length);
  return mergeCounts([await index.pagefind.filters()]);
}

/** A result's excerpt: the words around its matches, without its title. */
export function resultExcerpt(data: ResultData): ExcerptPart[] {
  return excerptParts(data.content, data.weighted_locations, { length: EXCERPT_WORDS, title: data.meta[META.title] });
}
