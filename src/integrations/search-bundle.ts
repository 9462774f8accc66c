import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { PagefindIndex, PagefindServiceConfig } from 'pagefind';
import { type IndexPart, PARTS_MANIFEST, type PartsManifest, partFolder } from '../search/parts.ts';
import { ORDER_DIR } from '../search/sort-order.ts';
import type { SearchDocument } from './search-documents.ts';
import { DocumentsDigest, type KeptPart, removeBundle, removePartsFrom, type SearchPartCache } from './search-part-cache.ts';
import { type IndexedPage, readOrderKeys, readPageIds, writeSortOrders } from './sort-order.ts';

/**
 * Writes everything search needs under an output folder: the index parts under `pagefind/`
 * (src/search/parts.ts), their manifest, and the order files in `search-order/`
 * (src/search/sort-order.ts). The build hands it each page as it is rendered, so
 * Pagefind indexes while Astro renders (src/integrations/pagefind.ts); the dev server hands it the pages it renders as one part
 * (src/integrations/dev-search.ts). Each part has an index of its own, freed once written: with
 * papers rendered newest first, a full build's memory holds the first part's index and the older part
 * being filled, not the site's. (A rebuild that reads restored pages ahead, src/integrations/build-index.ts,
 * can fill several older parts at once.)
 */

export interface SearchBundle {
  /** Indexed pages per language, over every part. */
  readonly pages: Readonly<Record<string, number>>;
  readonly total: number;
  readonly parts: number;
  /** Parts taken from the last build's (search-part-cache.ts) instead of indexed. */
  readonly reused: number;
}

/** A part as planned: whether a first search reads it, and the digest of its planned pages (search-part-cache.ts). */
export interface PlannedWrite {
  readonly firstSearch: boolean;
  readonly plan: string;
  /**
   * Whether a page of the part is known to have new data: its documents then go to Pagefind as they
   * come, rather than held back while they match the last build's (which would leave Pagefind idle
   * until the changed page renders); the part is still taken from the cache only if nothing changed.
   */
  readonly expectChange?: boolean;
}

/** Pagefind answers with a list of errors instead of throwing; any error fails the build. */
function assertNoErrors(step: string, errors: readonly string[]): void {
  if (errors.length > 0) {
    throw new Error(`Pagefind could not ${step}:\n${errors.map((error) => `  - ${error}`).join('\n')}`);
  }
}

/** Pages in a written part, per language, from its entry file. */
async function partLanguages(bundleDir: string): Promise<Record<string, number>> {
  const entry = JSON.parse(await readFile(join(bundleDir, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.fromEntries(Object.entries(entry.languages).map(([language, { page_count }]) => [language, page_count]));
}

interface WrittenPart {
  readonly info: IndexPart;
  readonly languages: Record<string, number>;
  readonly pages: IndexedPage[];
}

/**
 * One part's index, filled as its documents arrive: Pagefind indexes each in its own process
 * while Astro renders the next, so only the writing waits for the part's last page. Pagefind
 * keeps the order documents arrive in, which is the order pages render, the same every build.
 *
 * A part the last build wrote with the same planned pages (search-part-cache.ts) holds its
 * documents back instead, for as long as each is the one kept in its place: if all are, the kept
 * files are taken and Pagefind never sees them; from the first that is not, the part is indexed.
 */
class PartWriter {
  readonly #folder: string;
  readonly #bundleDir: string;
  readonly #firstSearch: boolean;
  readonly #config: PagefindServiceConfig;
  readonly #plan: string;
  readonly #cache: SearchPartCache | null;
  readonly #candidate: KeptPart | null;
  /** Whether documents that match the candidate are held back rather than indexed as they come. */
  readonly #holding: boolean;
  readonly #digest = new DocumentsDigest();
  /** Each document's short digest, in order. */
  readonly #each: string[] = [];
  /** Whether every document so far is the one the candidate kept in its place. */
  #matching: boolean;
  /** Documents held back while the part may be taken from the cache. */
  readonly #held: SearchDocument[] = [];
  #index: Promise<PagefindIndex> | null = null;
  readonly #added: Promise<readonly string[]>[] = [];
  readonly #pages: { readonly url: string; readonly keys: IndexedPage['keys'] }[] = [];

  constructor(config: PagefindServiceConfig, outDir: string, index: number, part: PlannedWrite, cache: SearchPartCache | null) {
    this.#folder = partFolder(index);
    this.#bundleDir = join(outDir, 'pagefind', this.#folder);
    this.#firstSearch = part.firstSearch;
    this.#config = config;
    this.#plan = part.plan;
    this.#cache = cache;
    this.#candidate = cache?.candidate(part.plan) ?? null;
    this.#matching = this.#candidate !== null;
    this.#holding = part.expectChange !== true;
  }

  add(doc: SearchDocument): void {
    // The keys are read now, so the page's HTML is not kept once Pagefind has it (or the part is written, when held back).
    this.#pages.push({ url: doc.url, keys: readOrderKeys(doc.html, doc.url) });
    const own = this.#digest.add(doc);
    this.#matching &&= this.#candidate?.each[this.#each.length] === own;
    this.#each.push(own);
    if (this.#matching && this.#holding) {
      this.#held.push(doc);
      return;
    }
    for (const held of this.#held.splice(0)) this.#send(held);
    this.#send(doc);
  }

  /** The part's index in Pagefind's process, created with its first document. */
  #pagefindIndex(): Promise<PagefindIndex> {
    this.#index ??= pagefind.createIndex(this.#config).then((created) => {
      assertNoErrors('create an index', created.errors);
      if (!created.index) throw new Error('Pagefind created no index.');
      return created.index;
    });
    return this.#index;
  }

  /** Frees the part's index in Pagefind's process, if it has one; the part is not written. */
  discard(): void {
    this.#held.length = 0;
    const deleted = this.#index?.then((index) => index.deleteIndex());
    // Its failure is no failure of the build: the part is not written.
    if (deleted)
      this.#added.push(
        deleted.then(
          () => [],
          () => [],
        ),
      );
  }

  /** Everything sent to Pagefind for the part, settled or not. */
  get sent(): readonly Promise<unknown>[] {
    return this.#added;
  }

  #send(doc: SearchDocument): void {
    const added = this.#pagefindIndex().then(async (index) => (await index.addHTMLFile({ url: doc.url, content: doc.html })).errors);
    added.catch(() => undefined); // reported by write
    this.#added.push(added);
  }

  async write(): Promise<WrittenPart> {
    const documents = this.#digest.digest();
    let ids: Map<string, string>;
    const candidate = this.#candidate;
    const same = this.#matching && candidate?.documents === documents && candidate.each.length === this.#each.length;
    if (same && this.#cache && (await this.#cache.restore(candidate, this.#bundleDir))) {
      // Whatever went to Pagefind while a change was expected is not needed.
      this.discard();
      ids = new Map(candidate.ids);
    } else {
      for (const doc of this.#held.splice(0)) this.#send(doc);
      ids = await this.#writeIndex();
    }
    await this.#cache?.keep({ plan: this.#plan, documents, each: this.#each, ids: [...ids] }, this.#bundleDir);

    const pages = this.#pages.map(({ url, keys }) => {
      const id = ids.get(url);
      if (id === undefined) throw new Error(`Pagefind wrote no page for ${url} in ${this.#bundleDir}.`);
      // Pagefind's names are unique within a part only; the search scripts name results the same way.
      return { id: `${this.#folder}${id}`, keys };
    });
    const days = pages.flatMap(({ keys }) => (keys.day === undefined ? [] : [keys.day])).sort();
    const info: IndexPart = {
      folder: this.#folder,
      firstSearch: this.#firstSearch,
      pages: pages.length,
      newest: days.at(-1) ?? null,
      oldest: days[0] ?? null,
    };
    return { info, languages: await partLanguages(this.#bundleDir), pages };
  }

  /** Writes the part's index with Pagefind, and reads back each page's id. */
  async #writeIndex(): Promise<Map<string, string>> {
    const index = await this.#pagefindIndex();
    assertNoErrors('index the pages', (await Promise.all(this.#added)).flat());
    // The output folder is kept between builds (output-folder.ts), and the last build's files of the part with it.
    await removeBundle(this.#bundleDir);
    const written = await index.writeFiles({ outputPath: this.#bundleDir });
    assertNoErrors(`write the index to ${this.#bundleDir}`, written.errors);
    // Frees the part's index in Pagefind's process.
    await index.deleteIndex();
    return readPageIds(this.#bundleDir);
  }
}

/**
 * An index being written part by part: `add` hands over a document as soon as it is known, in
 * any order of parts; `discard` starts a part again; `complete` says a part has every document, so
 * it can be written; `finish` waits for every part and writes the manifest and orders.
 */
export interface SearchIndexWriter {
  add(index: number, doc: SearchDocument): void;
  /** Drops what a part got so far, before it is complete: its next document is its first. */
  discard(index: number): void;
  complete(index: number): void;
  finish(): Promise<SearchBundle>;
  /** Ends a failed build's index: waits for Pagefind's answers and closes it, writing and keeping nothing more. */
  abandon(): Promise<void>;
}

/**
 * `parts` says, per part, whether a first search reads it (see search-parts.ts) and the digest of
 * its planned pages; with a `cache`, parts the last build wrote alike are taken from it.
 */
export function searchIndexWriter(
  outDir: string,
  config: PagefindServiceConfig,
  parts: readonly PlannedWrite[],
  cache: SearchPartCache | null = null,
): SearchIndexWriter {
  const partCount = parts.length;
  const open = new Map<number, PartWriter>();
  /** Every part's writer, those started again and those written included, for their messages to Pagefind. */
  const writers: PartWriter[] = [];
  const written: Promise<WrittenPart>[] = [];
  const settleAndClose = async () => {
    // Closing with messages on their way cancels each, and Pagefind's Node API then goes through
    // every waiting message for each cancelled one, which held a failed build for minutes.
    await Promise.allSettled(written);
    await Promise.allSettled(writers.flatMap((part) => part.sent));
    // The Node API keeps a Pagefind process running until closed; left open, it would hang the build.
    await pagefind.close();
  };
  const partAt = (index: number): PartWriter => {
    if (index < 0 || index >= partCount) throw new Error(`The search index has no part ${index}.`);
    if (written[index]) throw new Error(`Search index part ${index} got a page after it was complete.`);
    let part = open.get(index);
    if (!part) {
      const planned = parts[index];
      if (!planned) throw new Error(`The search index has no part ${index}.`);
      part = new PartWriter(config, outDir, index, planned, cache);
      open.set(index, part);
      writers.push(part);
    }
    return part;
  };
  return {
    add(index, doc) {
      partAt(index).add(doc);
    },
    discard(index) {
      if (written[index]) throw new Error(`Search index part ${index} was discarded after it was complete.`);
      const part = open.get(index);
      if (!part) return;
      part.discard();
      open.delete(index);
    },
    complete(index) {
      const part = partAt(index).write();
      part.catch(() => undefined); // reported by finish
      written[index] = part;
      open.delete(index);
    },
    async abandon() {
      await settleAndClose();
    },
    async finish() {
      try {
        const missing = Array.from({ length: partCount }, (_, index) => index).filter((index) => !written[index]);
        if (missing.length > 0) throw new Error(`Search index parts ${missing.join(', ')} were never complete.`);
        const parts = await Promise.all(written);
        const pages = parts.flatMap((part) => part.pages);
        const total = pages.length;
        // A site whose search finds nothing is broken, not empty: the seeds always yield pages.
        if (total === 0) throw new Error(`Pagefind indexed no pages into ${join(outDir, 'pagefind')}.`);
        if (new Set(pages.map(({ id }) => id)).size !== total) throw new Error('Two indexed pages have the same name in the search index.');
        const languages: Record<string, number> = {};
        for (const part of parts) {
          for (const [language, count] of Object.entries(part.languages)) languages[language] = (languages[language] ?? 0) + count;
        }
        const manifest: PartsManifest = { parts: parts.map((part) => part.info) };
        await writeFile(join(outDir, 'pagefind', PARTS_MANIFEST), JSON.stringify(manifest));
        await removePartsFrom(join(outDir, 'pagefind'), parts.length);
        await writeSortOrders(pages, join(outDir, ORDER_DIR));
        const reused = cache ? (await cache.save()).reused : 0;
        return { pages: languages, total, parts: parts.length, reused };
      } finally {
        await settleAndClose();
      }
    },
  };
}

/** `12 en, 3 ko` */
export function describeLanguages(bundle: SearchBundle): string {
  return Object.entries(bundle.pages)
    .map(([language, count]) => `${count} ${language}`)
    .join(', ');
}
