import { FILTER_NAMES, ORDER_NAMES, type FilterName, type OrderName } from '../../search/fields.ts';

/**
 * Everything that decides a search's results. It lives in the page URL
 * (`/search/?q=moe&tag=kv-cache&sort=newest`) so a search can be shared, bookmarked and
 * returned to with Back.
 */
export interface SearchState {
  /** The words typed, as typed. */
  readonly query: string;
  /** Chosen values per filter; a result must carry every one of them. */
  readonly filters: Readonly<Record<FilterName, readonly string[]>>;
  readonly sort: SortOrder;
}

/** `relevance` is Pagefind's ranking; `newest` sorts by the entry's date, `upvotes` by its Hugging Face upvotes. */
export type SortOrder = 'relevance' | OrderName;

export function emptyFilters(): Record<FilterName, string[]> {
  return { tag: [], source: [], layout: [], commentary: [] };
}

/** An order named in a URL, or relevance for anything else. */
export function readSort(value: string | null): SortOrder {
  return (ORDER_NAMES as readonly string[]).includes(value ?? '') ? (value as OrderName) : 'relevance';
}

export function readState(params: URLSearchParams): SearchState {
  const filters = emptyFilters();
  for (const name of FILTER_NAMES) filters[name] = [...new Set(params.getAll(name).filter((value) => value !== ''))];
  return {
    query: params.get('q') ?? '',
    filters,
    sort: readSort(params.get('sort')),
  };
}

/** The query string for a state, `?`-prefixed, or empty for the blank search. Parameter order is fixed so equal states give equal URLs. */
export function stateToSearch(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query.trim() !== '') params.set('q', state.query);
  for (const name of FILTER_NAMES) for (const value of state.filters[name]) params.append(name, value);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  const search = params.toString();
  return search === '' ? '' : `?${search}`;
}

export function hasFilters(state: SearchState): boolean {
  return FILTER_NAMES.some((name) => state.filters[name].length > 0);
}

/** Whether there is anything to search for: words, or filters alone (which list every match). */
export function isBlank(state: SearchState): boolean {
  return state.query.trim() === '' && !hasFilters(state);
}

export function withQuery(state: SearchState, query: string): SearchState {
  return { ...state, query };
}

export function withSort(state: SearchState, sort: SortOrder): SearchState {
  return { ...state, sort };
}

/** Adds or removes one filter value. */
export function withFilter(state: SearchState, name: FilterName, value: string, on: boolean): SearchState {
  const others = state.filters[name].filter((existing) => existing !== value);
  return { ...state, filters: { ...state.filters, [name]: on ? [...others, value] : others } };
}
