import type { OrderName } from './fields.ts';

/**
 * Orders of search results other than relevance (newest first, most upvoted first), kept outside
 * Pagefind.
 *
 * Pagefind stores sort keys in the metadata file that every first search downloads: at 20,000
 * papers a date sort added about 48 KB to each search, most of which use the default relevance
 * order. So the build writes each order into files of its own (src/integrations/sort-order.ts)
 * and the search page reads them only when a reader picks that order, and only as far as the
 * results it shows: a page of recent or popular matches needs the first file alone.
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
 * Orders relevance-ranked results by an order's chunks, reading chunks only until the requested
 * number of results is placed. Results with the same key keep their relevance order. A result
 * the order files do not list (which a consistent build never produces) still shows, after all
 * others.
 */
export class OrderedResults<Result extends { readonly id: string }> {
  readonly #results: readonly Result[];
  readonly #source: OrderChunkSource;
  readonly #rank: ReadonlyMap<string, number>;
  readonly #ordered: Result[] = [];
  /** The key each placed result was found under. */
  readonly #keys = new Map<string, string>();
  #nextChunk = 0;
  /** Serialises reads, so two quick requests never place the same chunk twice. */
  #reading: Promise<void> = Promise.resolve();

  constructor(results: readonly Result[], source: OrderChunkSource) {
    this.#results = results;
    this.#source = source;
    this.#rank = new Map(results.map((result, index) => [result.id, index]));
  }

  /** The first `count` results in this order (fewer if there are fewer matches). */
  async take(count: number): Promise<readonly Result[]> {
    const wanted = Math.min(count, this.#results.length);
    this.#reading = this.#reading.then(() => this.#placeUntil(wanted));
    await this.#reading;
    return this.#ordered.slice(0, wanted);
  }

  async #placeUntil(wanted: number): Promise<void> {
    while (this.#ordered.length < wanted && this.#nextChunk < this.#source.chunkCount) {
      const chunk = await this.#source.chunk(this.#nextChunk);
      this.#nextChunk += 1;
      for (const [key, ids] of chunk) this.#placeKey(key, ids);
    }
    if (this.#ordered.length < wanted && this.#nextChunk >= this.#source.chunkCount) this.#placeUnlisted();
  }

  /** The key a result was ordered by (a day, an upvote count), once it is placed; none for pages without one. */
  keyOf(id: string): string | undefined {
    const key = this.#keys.get(id);
    return key === NO_KEY ? undefined : key;
  }

  #placeKey(key: string, ids: readonly string[]): void {
    for (const id of ids) if (this.#rank.has(id)) this.#keys.set(id, key);
    const ranks = ids.map((id) => this.#rank.get(id)).filter((rank) => rank !== undefined);
    for (const rank of ranks.sort((a, b) => a - b)) this.#ordered.push(this.#results[rank] as Result);
  }

  #placeUnlisted(): void {
    const placed = new Set(this.#ordered);
    for (const result of this.#results) if (!placed.has(result)) this.#ordered.push(result);
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
