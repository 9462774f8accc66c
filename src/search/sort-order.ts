import type { OrderName } from './fields.ts';

/**
 * Orders of search results other than relevance (newest first, most upvoted first), kept outside
 * Pagefind.
 *
 * Pagefind stores sort keys in the metadata file that every first search downloads: at 20,000
 * papers a date sort added about 48 KB to each search, most of which use the default relevance
 * order. So the build writes each order into files of its own (src/integrations/sort-order.ts)
 * and the search page reads them only when a reader picks that order, and only as far as the
 * results it shows: a page of recent or popular matches of a common query needs the first file alone.
 *
 * Files, under `<base>/search-order/`, per order (`newest`, `upvotes`):
 * - `<order>.json`, a manifest: `{ "pages": 20800, "chunks": ["<order>.<hash>.json", …] }`;
 * - each chunk: `[["2025-11-20", ["en_0051688", "part-2/en_0051688", …]], …]`: keys in the
 *   order's direction (newest day first, most upvotes first), each with the pages carrying that
 *   key, named by their index part's folder and Pagefind id (see parts.ts). A key never spans two
 *   chunks. Pages without a key come last, under the key `""`.
 */

/** Folder of the order files, under the site's base path. */
export const ORDER_DIR = 'search-order';

/** The manifest's file name of an order. */
export function orderManifest(order: OrderName): string {
  return `${order}.json`;
}

/** The key of pages an order cannot place (undated, or without upvotes) in chunk files. */
export const NO_KEY = '';

export interface OrderManifest {
  /** How many indexed pages the chunks list, together. */
  readonly pages: number;
  /** Chunk file names, first keys first. */
  readonly chunks: readonly string[];
}

export type OrderChunk = readonly (readonly [key: string, ids: readonly string[]])[];

/** Where the chunks come from: the files over HTTP on the site, plain data in tests. */
export interface OrderChunkSource {
  readonly chunkCount: number;
  chunk(index: number): Promise<OrderChunk>;
}

/**
 * The matches an order places: those found so far, best first, and a way to find more. An index
 * in parts (parts.ts) is searched part by part, so whether a page matches is known only once its
 * part is searched.
 */
export interface OrderMatches<Result extends { readonly id: string }> {
  /** The matches found so far, in relevance order, best first. */
  readonly found: readonly Result[];
  /** Whether every page has been searched, so `found` is every match. */
  readonly complete: boolean;
  /** Whether it is known if this page matches: the part of the index it is in has been searched. */
  knows(id: string): boolean;
  /** Searches on until it is known, for each of these pages, whether it matches. */
  learn(ids: readonly string[]): Promise<void>;
  /** Searches one more part of the index; nothing once every page is searched. */
  widen(): Promise<void>;
}

/** Matches that are all known at once: a search of the whole index. */
export function allMatches<Result extends { readonly id: string }>(found: readonly Result[]): OrderMatches<Result> {
  return { found, complete: true, knows: () => true, learn: () => Promise.resolve(), widen: () => Promise.resolve() };
}

/**
 * Orders relevance-ranked matches by an order's chunks, key by key, reading chunks and searching
 * parts of the index only until the requested number of results is placed. Before a key is placed,
 * every page of it must be known, so the parts up to the last one its pages are in are searched;
 * the first part holds the newest papers, so a page of newest matches of a common query mostly
 * needs that part alone. Once every match found so far is placed, the next one can only be in a
 * part not searched yet, so that part is searched before any more keys are read: a query with few
 * or no matches reads the parts, not the whole order. Results with the same key keep their
 * relevance order. A result the order files do not list (which a consistent build never produces)
 * still shows, after all others.
 */
export class OrderedResults<Result extends { readonly id: string }> {
  readonly #matches: OrderMatches<Result>;
  readonly #source: OrderChunkSource;
  /** Relevance ranks of `#rankedFrom`, the matches found when a key was last placed. */
  #rank: ReadonlyMap<string, number> = new Map();
  #rankedFrom: readonly Result[] | null = null;
  readonly #ordered: Result[] = [];
  /** The key each placed result was found under. */
  readonly #keys = new Map<string, string>();
  #nextChunk = 0;
  /** Keys of the last chunk read that are not placed yet, in order. */
  #pending: (readonly [key: string, ids: readonly string[]])[] = [];
  /** Serialises reads, so two quick requests never place the same key twice. */
  #reading: Promise<void> = Promise.resolve();

  constructor(matches: OrderMatches<Result>, source: OrderChunkSource) {
    this.#matches = matches;
    this.#source = source;
  }

  /** The first `count` results in this order (fewer if there are fewer matches). A failed read may be tried again. */
  async take(count: number): Promise<readonly Result[]> {
    const turn = this.#reading.then(() => this.#placeUntil(count));
    this.#reading = turn.catch(() => undefined);
    await turn;
    return this.#ordered.slice(0, count);
  }

  /** Whether more results are to be placed: fewer than `count` are, and, once every part is searched, fewer than every match. */
  #wanted(count: number): boolean {
    const matches = this.#matches;
    return this.#ordered.length < (matches.complete ? Math.min(count, matches.found.length) : count);
  }

  async #placeUntil(count: number): Promise<void> {
    while (this.#wanted(count)) {
      if (!this.#matches.complete && this.#ordered.length >= this.#matches.found.length) {
        await this.#matches.widen();
        continue;
      }
      if (this.#pending.length === 0) {
        if (this.#nextChunk >= this.#source.chunkCount) break;
        this.#pending = [...(await this.#source.chunk(this.#nextChunk))];
        this.#nextChunk += 1;
        continue;
      }
      const [key, ids] = this.#pending[0] as readonly [string, readonly string[]];
      if (!ids.every((id) => this.#matches.knows(id))) await this.#matches.learn(ids);
      this.#pending.shift();
      this.#placeKey(key, ids);
    }
    if (this.#wanted(count) && this.#pending.length === 0 && this.#nextChunk >= this.#source.chunkCount) this.#placeUnlisted();
  }

  /** The key a result was ordered by (a day, an upvote count), once it is placed; none for pages without one. */
  keyOf(id: string): string | undefined {
    const key = this.#keys.get(id);
    return key === NO_KEY ? undefined : key;
  }

  #ranks(): ReadonlyMap<string, number> {
    const found = this.#matches.found;
    if (found !== this.#rankedFrom) {
      this.#rank = new Map(found.map((result, index) => [result.id, index]));
      this.#rankedFrom = found;
    }
    return this.#rank;
  }

  #placeKey(key: string, ids: readonly string[]): void {
    const rank = this.#ranks();
    for (const id of ids) if (rank.has(id)) this.#keys.set(id, key);
    const ranks = ids.map((id) => rank.get(id)).filter((at) => at !== undefined);
    for (const at of ranks.sort((a, b) => a - b)) this.#ordered.push(this.#matches.found[at] as Result);
  }

  #placeUnlisted(): void {
    const placed = new Set(this.#ordered.map((result) => result.id));
    for (const result of this.#matches.found) if (!placed.has(result.id)) this.#ordered.push(result);
  }
}

/** Reads one order's files over HTTP, each at most once per page load. */
export function fetchOrder(base: string, order: OrderName): () => Promise<OrderChunkSource> {
  let manifest: Promise<OrderManifest> | null = null;
  const chunks = new Map<string, Promise<OrderChunk>>();
  const getJson = async <T>(name: string): Promise<T> => {
    const response = await fetch(`${base}${name}`);
    if (!response.ok) throw new Error(`${base}${name} answered ${response.status}`);
    return (await response.json()) as T;
  };
  return async () => {
    manifest ??= getJson<OrderManifest>(orderManifest(order)).catch((error: unknown) => {
      manifest = null; // a later search may try again
      throw error;
    });
    const { chunks: names } = await manifest;
    return {
      chunkCount: names.length,
      chunk(index) {
        const name = names[index] as string;
        let loading = chunks.get(name);
        if (!loading) {
          loading = getJson<OrderChunk>(name);
          loading.catch(() => chunks.delete(name));
          chunks.set(name, loading);
        }
        return loading;
      },
    };
  };
}
