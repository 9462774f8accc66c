/**
 * Newest-first order for search results, kept outside Pagefind.
 *
 * Pagefind stores sort keys in the metadata file that every first search downloads: at 20,000
 * papers a date sort added about 48 KB to each search, most of which use the default relevance
 * order. So the build writes the date order into files of its own (src/integrations/newest-order.ts)
 * and the search page reads them only when a reader sorts newest first, and only as far as the
 * results it shows: a page of recent matches needs the first file alone.
 *
 * Files, under `<base>/search-order/`:
 * - `newest.json`, a manifest: `{ "pages": 20800, "chunks": ["newest.<hash>.json", …] }`;
 * - each chunk: `[["2025-11-20", ["en_0051688", …]], …]`: days newest first, each with the
 *   Pagefind ids of the pages of that day. A day never spans two chunks. Undated pages come last,
 *   under the day `""`.
 */

/** Folder of the order files, under the site's base path. */
export const NEWEST_ORDER_DIR = 'search-order';

/** The manifest's file name. */
export const NEWEST_MANIFEST = 'newest.json';

/** Pagefind metadata key carrying a page's `YYYY-MM-DD` day; pages without it are undated. */
export const DAY_META = 'day';

/** The day of undated pages in chunk files. */
export const UNDATED_DAY = '';

export interface NewestManifest {
  /** How many indexed pages the chunks list, together. */
  readonly pages: number;
  /** Chunk file names, newest days first. */
  readonly chunks: readonly string[];
}

export type NewestChunk = readonly (readonly [day: string, ids: readonly string[]])[];

/** Where the chunks come from: the files over HTTP on the site, plain data in tests. */
export interface NewestChunkSource {
  readonly chunkCount: number;
  chunk(index: number): Promise<NewestChunk>;
}

/**
 * Orders relevance-ranked results newest first, reading chunks only until the requested number
 * of results is placed. Results of the same day keep their relevance order. A result the order
 * files do not list (which a consistent build never produces) still shows, after all others.
 */
export class NewestFirst<Result extends { readonly id: string }> {
  readonly #results: readonly Result[];
  readonly #source: NewestChunkSource;
  readonly #rank: ReadonlyMap<string, number>;
  readonly #ordered: Result[] = [];
  #nextChunk = 0;
  /** Serialises reads, so two quick requests never place the same chunk twice. */
  #reading: Promise<void> = Promise.resolve();

  constructor(results: readonly Result[], source: NewestChunkSource) {
    this.#results = results;
    this.#source = source;
    this.#rank = new Map(results.map((result, index) => [result.id, index]));
  }

  /** The first `count` results in newest-first order (fewer if there are fewer matches). */
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
      for (const [, ids] of chunk) this.#placeDay(ids);
    }
    if (this.#ordered.length < wanted && this.#nextChunk >= this.#source.chunkCount) this.#placeUnlisted();
  }

  #placeDay(ids: readonly string[]): void {
    const ranks = ids.map((id) => this.#rank.get(id)).filter((rank) => rank !== undefined);
    for (const rank of ranks.sort((a, b) => a - b)) this.#ordered.push(this.#results[rank] as Result);
  }

  #placeUnlisted(): void {
    const placed = new Set(this.#ordered);
    for (const result of this.#results) if (!placed.has(result)) this.#ordered.push(result);
  }
}

/** Reads the order files over HTTP, each at most once per page load. */
export function fetchNewestOrder(base: string): () => Promise<NewestChunkSource> {
  let manifest: Promise<NewestManifest> | null = null;
  const chunks = new Map<string, Promise<NewestChunk>>();
  const getJson = async <T>(name: string): Promise<T> => {
    const response = await fetch(`${base}${name}`);
    if (!response.ok) throw new Error(`${base}${name} answered ${response.status}`);
    return (await response.json()) as T;
  };
  return async () => {
    manifest ??= getJson<NewestManifest>(NEWEST_MANIFEST).catch((error: unknown) => {
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
          loading = getJson<NewestChunk>(name);
          loading.catch(() => chunks.delete(name));
          chunks.set(name, loading);
        }
        return loading;
      },
    };
  };
}
