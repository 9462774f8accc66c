import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileOfPath, type RenderedPage } from './page-tap.ts';
import type { SearchBundle, SearchIndexWriter } from './search-bundle.ts';
import { type SearchDocument, searchDocument } from './search-documents.ts';
import type { PlannedPart } from './search-parts.ts';
import { readOrderKeys } from './sort-order.ts';

/**
 * One build's search index, filled part by part as the pages become known (src/integrations/pagefind.ts).
 *
 * A page becomes known when Astro renders it, or, for a page an incremental build restores, from
 * Astro's copy of it (src/integrations/restored-pages.ts), read as soon as the build knows its
 * pages. Each part takes its documents in the planned order all the same, since Pagefind numbers
 * pages in the order it gets them and two builds of the same content must write the same index;
 * pages that come before their turn wait.
 *
 * A document read from a copy is a forecast until the page is known to be restored (this build
 * wrote its file though it was never rendered: only its restore writes a page's file before the
 * page renders), left in place (known once every page is done) or is rendered alike; a part is
 * written only once all of its forecasts hold. A page rendered unlike its forecast means the
 * copies are out of date (the templates or the site's settings changed, and Astro renders every
 * page): every forecast not yet held is dropped, each part that had one starts its index again
 * without them, and their pages are taken as they render. So a wrong forecast costs one restart
 * of each part, never a wrong index.
 */

/** The redirect of a page left at an earlier address. */
const MOVED_PAGE = /<meta http-equiv="refresh"/iu;
/** How often the output folder is looked at for restored pages while forecasts wait. */
const RESTORED_CHECK_MS = 100;
/** Pages not yet restored after which a look stops: Astro restores pages in the planned order, a few at a time. */
const UNRESTORED_AHEAD = 32;
/** Copies read at once. */
const PARALLEL_READS = 4;

/** A place's document; null for an earlier address (MovedPage.astro), which holds a place but is not indexed. */
type Place = SearchDocument | null;

interface FillingPart {
  readonly index: number;
  readonly paths: readonly string[];
  /** Documents handed to the writer, in place order, until the part is complete. */
  readonly handed: Place[];
  /** Documents known before their turn, by place. */
  readonly early: Map<number, Place>;
  /** Places whose document is a forecast that has not held yet, in the order they were forecast. */
  readonly forecast: Set<number>;
  complete: boolean;
}

function samePlace(a: Place | undefined, b: Place): boolean {
  return a === b || (a !== undefined && a !== null && b !== null && a.url === b.url && a.html === b.html);
}

/** A page's document; throws for a result page that marks nothing to index. */
function placeOf(path: string, html: string): Place {
  const doc = searchDocument(path, html);
  if (!doc && !MOVED_PAGE.test(html)) throw new Error(`${path} is a search result page but marks nothing with data-pagefind-body.`);
  return doc;
}

/** A copy's document, or undefined for a copy the index could not take (gone, or from other templates). */
async function forecastOf(path: string, file: string): Promise<Place | undefined> {
  try {
    const place = placeOf(path, await readFile(file, 'utf8'));
    // The writer reads the order keys; a copy with keys of other templates forecasts nothing rather than failing the build.
    if (place) readOrderKeys(place.html, place.url);
    return place;
  } catch {
    return undefined;
  }
}

/** The output folder, and which of its files this build has written so far (src/integrations/output-folder.ts). */
export interface BuildOutput {
  readonly dir: string;
  written(file: string): boolean;
}

export class BuildIndex {
  readonly #writer: SearchIndexWriter;
  readonly #output: BuildOutput;
  readonly #parts: FillingPart[];
  /** Each indexed path's part and its place in that part. */
  readonly #placeOfPath = new Map<string, { readonly part: number; readonly at: number }>();
  /** Pages Astro renders in this build (it restores the others). */
  readonly #rendering = new Set<string>();
  /** Pages whose forecast held because this build wrote their file: a rendering of one would be a wrong inference. */
  readonly #restored = new Set<string>();
  readonly #forecastRead: Promise<void>;
  #lastCheck = Number.NEGATIVE_INFINITY;
  readonly #checks: ReturnType<typeof setInterval> | undefined;
  /** Pages read ahead from their copies, for the build's log. */
  #foreseen = 0;
  /** Whether a page rendered unlike its copy, so that forecasts are no longer taken. */
  #outdated = false;

  /**
   * `copies` are Astro's copies of the pages it is expected to restore, by path; `output` is where
   * restored pages appear.
   */
  constructor(writer: SearchIndexWriter, planned: readonly PlannedPart[], copies: ReadonlyMap<string, string>, output: BuildOutput) {
    this.#writer = writer;
    this.#output = output;
    this.#parts = planned.map((part, index) => {
      part.paths.forEach((path, at) => this.#placeOfPath.set(path, { part: index, at }));
      return { index, paths: part.paths, handed: [], early: new Map(), forecast: new Set(), complete: false };
    });
    const foreseen = planned.flatMap((part) => part.paths.filter((path) => copies.has(path)));
    this.#forecastRead = this.#readCopies(foreseen, copies);
    this.#forecastRead.catch(() => undefined); // awaited by finish
    // Between renders too, and after the last one, restored pages let waiting parts be written.
    if (foreseen.length > 0) {
      this.#checks = setInterval(() => {
        this.#lookForRestored();
      }, RESTORED_CHECK_MS).unref();
    }
  }

  /** How many pages were read ahead from their copies, and whether the copies proved out of date. */
  get forecasts(): { readonly taken: number; readonly outdated: boolean } {
    return { taken: this.#foreseen, outdated: this.#outdated };
  }

  /** Resolves once every copy is read and its forecast taken. */
  get forecastsRead(): Promise<void> {
    return this.#forecastRead;
  }

  async #readCopies(paths: readonly string[], copies: ReadonlyMap<string, string>): Promise<void> {
    let next = 0;
    const reader = async () => {
      for (let path = paths[next++]; path !== undefined; path = paths[next++]) {
        const file = copies.get(path);
        // A copy that forecasts nothing leaves the page to be read when it is known.
        const place = file === undefined ? undefined : await forecastOf(path, file);
        if (place !== undefined) this.#foresee(path, place);
      }
    };
    await Promise.all(Array.from({ length: PARALLEL_READS }, reader));
  }

  #foresee(path: string, place: Place): void {
    // A page already rendering is known from its rendering.
    if (this.#outdated || this.#rendering.has(path)) return;
    const at = this.#placeOfPath.get(path);
    const part = at && this.#parts[at.part];
    if (!at || !part || part.complete || at.at < part.handed.length || part.early.has(at.at)) return;
    part.early.set(at.at, place);
    part.forecast.add(at.at);
    this.#foreseen += 1;
    this.#handOver(part);
  }

  /** Astro renders `path` rather than restoring it. */
  rendering(path: string): void {
    this.#rendering.add(path);
  }

  /** A rendered page. */
  page(path: string, page: RenderedPage): void {
    const at = this.#placeOfPath.get(path);
    const part = at && this.#parts[at.part];
    if (this.#restored.has(path) || part?.complete) {
      throw new Error(`${path} rendered after the search index took it as restored from Astro's copy.`);
    }
    if (at && part) {
      if (part.forecast.delete(at.at)) this.#check(part, at.at, placeOf(path, page.text()));
      else if (at.at >= part.handed.length && !part.early.has(at.at)) {
        part.early.set(at.at, placeOf(path, page.text()));
        this.#handOver(part);
      }
    }
    if (performance.now() - this.#lastCheck > RESTORED_CHECK_MS) this.#lookForRestored();
  }

  /** Holds a rendered page against its forecast. */
  #check(part: FillingPart, at: number, rendered: Place): void {
    const handed = at < part.handed.length;
    if (samePlace(handed ? part.handed[at] : part.early.get(at), rendered)) {
      this.#complete(part);
      return;
    }
    if (handed) part.handed[at] = rendered;
    else part.early.set(at, rendered);
    if (!this.#outdated) {
      this.#outdated = true;
      for (const other of this.#parts) if (other !== part) this.#dropForecasts(other);
    }
    this.#dropForecasts(part, handed ? at : Number.POSITIVE_INFINITY);
  }

  /**
   * Takes back the part's forecasts not yet held; `wrong` is a place Pagefind got a forecast for
   * that has since been replaced. If Pagefind has any of them, the part's index starts again with
   * the documents before the first, and those after it that are known wait for their turn again.
   */
  #dropForecasts(part: FillingPart, wrong = Number.POSITIVE_INFINITY): void {
    if (part.complete) return;
    let first = wrong;
    for (const at of part.forecast) {
      first = Math.min(first, at);
      part.early.delete(at);
    }
    if (first < part.handed.length) {
      for (let at = first; at < part.handed.length; at += 1) if (!part.forecast.has(at)) part.early.set(at, part.handed[at] ?? null);
      part.handed.length = first;
      this.#writer.discard(part.index);
      for (const doc of part.handed) if (doc) this.#writer.add(part.index, doc);
    }
    part.forecast.clear();
    this.#handOver(part);
  }

  /** Hands the part's documents over for as long as they come in the planned order. */
  #handOver(part: FillingPart): void {
    while (part.early.has(part.handed.length)) {
      const at = part.handed.length;
      const doc = part.early.get(at) ?? null;
      part.early.delete(at);
      part.handed.push(doc);
      if (doc) this.#writer.add(part.index, doc);
    }
    this.#complete(part);
  }

  /** Writes the part once it has every document and its forecasts all held. */
  #complete(part: FillingPart): void {
    if (part.complete || part.handed.length < part.paths.length || part.forecast.size > 0) return;
    part.complete = true;
    part.handed.length = 0;
    this.#writer.complete(part.index);
  }

  /**
   * Forecasts hold for the pages whose file this build wrote though it never rendered them: Astro
   * restored them, from the copies they were read from.
   */
  #lookForRestored(): void {
    this.#lastCheck = performance.now();
    for (const part of this.#parts) {
      if (part.complete || part.handed.length < part.paths.length) continue;
      let ahead = 0;
      for (const at of part.forecast) {
        const path = part.paths[at] ?? '';
        if (this.#rendering.has(path)) continue;
        if (this.#output.written(fileOfPath(path))) {
          part.forecast.delete(at);
          this.#restored.add(path);
        } else if ((ahead += 1) > UNRESTORED_AHEAD) break;
      }
      this.#complete(part);
    }
  }

  /** Ends the index of a failed build: nothing more is written, and Pagefind's process is closed. */
  async abandon(): Promise<void> {
    clearInterval(this.#checks);
    await this.#forecastRead.catch(() => undefined);
    await this.#writer.abandon();
  }

  /**
   * Once every page is written: forecasts of the pages restored or left in place hold; those pages
   * not forecast are read from the output folder.
   */
  async finish(restored: readonly string[]): Promise<SearchBundle> {
    clearInterval(this.#checks);
    try {
      await this.#forecastRead;
      for (const path of restored) {
        const at = this.#placeOfPath.get(path);
        const part = at && this.#parts[at.part];
        if (!at || !part) continue;
        // Astro wrote every page, or left it from the last build (output-folder.ts); a build that failed part-way is abandoned.
        if (!existsSync(join(this.#output.dir, fileOfPath(path)))) throw new Error(`${path} was neither rendered nor restored.`);
        if (part.complete) continue;
        if (part.forecast.delete(at.at)) this.#complete(part);
        else if (at.at >= part.handed.length && !part.early.has(at.at)) {
          part.early.set(at.at, placeOf(path, await readFile(join(this.#output.dir, fileOfPath(path)), 'utf8')));
          this.#handOver(part);
        }
      }
    } catch (error) {
      // Finishing closes Pagefind's process, which would otherwise keep the build running.
      await this.#writer.finish().catch(() => undefined);
      throw error;
    }
    // Names any part still missing pages.
    return this.#writer.finish();
  }
}
