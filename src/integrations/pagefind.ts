import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import type { PagefindServiceConfig } from 'pagefind';
import { type DevSearch, devSearch } from './dev-search.ts';
import { isIndexedPath } from './indexed-pages.ts';
import { fileOfPath, pageOf, type PageTap, type RenderedPage } from './page-tap.ts';
import { describeLanguages, searchIndexWriter, type SearchIndexWriter } from './search-bundle.ts';
import { type SearchDocument, searchDocument } from './search-documents.ts';
import { openSearchPartCache, planDigest, type SearchPartCache } from './search-part-cache.ts';
import { partPapers, planParts } from './search-parts.ts';

/**
 * Search for the site, built by Pagefind from the pages as Astro renders them.
 *
 * `astro build`: the page tap (src/integrations/page-tap.ts) hands over each rendered paper, note
 * and blog post page; the part of it Pagefind reads (src/integrations/search-documents.ts) goes
 * straight to its part of the index (src/integrations/search-parts.ts), indexed in Pagefind's own
 * process while Astro renders the rest of the site, and a part is written once its last page is in.
 * A part the last build wrote with the same pages and documents is taken from Astro's cache folder
 * instead (src/integrations/search-part-cache.ts): after a new dump, the older parts.
 * Pages an incremental build restores instead of rendering are read from the output folder. The
 * parts land in `<outDir>/pagefind/` with result URLs relative to the output folder; the search
 * scripts add the base path. Beside them, `<outDir>/search-order/` holds the newest-first and
 * most-upvoted orders, instead of Pagefind sorts, which would weigh on every search (see
 * src/search/sort-order.ts).
 *
 * `astro dev`: the pages the dev server renders are indexed into a temporary folder and served at
 * the same paths (src/integrations/dev-search.ts).
 *
 * Fragments stay one file per page (no `maxFragments`): bundling them made a 20,000-paper
 * index's metadata larger and each shown result fetch a ~11 KB group instead of ~1 KB, so the
 * first query downloaded more.
 */

/** The redirect of a page left at an earlier address. */
const MOVED_PAGE = /<meta http-equiv="refresh"/iu;

/** A part being filled: its size, the place of the next document for Pagefind, and the pages that came before their turn. */
interface FillingPart {
  readonly size: number;
  next: number;
  /** By place; `null` for an earlier address, which holds a place but is not indexed. */
  readonly early: Map<number, SearchDocument | null>;
}

/**
 * One build's index: the parts planned from the paths, filled as pages render. Astro renders
 * several pages at once (`build.concurrency`), so they may finish out of order; each part takes
 * its documents in the planned order all the same, since Pagefind numbers pages in the order it
 * gets them and two builds of the same content must write the same index.
 */
class BuildIndex {
  readonly #writer: SearchIndexWriter;
  /** Each indexed path's part and its place in that part. */
  readonly #placeOf = new Map<string, { readonly part: number; readonly at: number }>();
  readonly #parts: FillingPart[];

  constructor(outDir: string, config: PagefindServiceConfig, paths: readonly string[], cache: SearchPartCache | null) {
    const planned = planParts(paths.filter(isIndexedPath), partPapers());
    planned.forEach((part, index) => {
      part.paths.forEach((path, at) => this.#placeOf.set(path, { part: index, at }));
    });
    this.#parts = planned.map((part) => ({ size: part.paths.length, next: 0, early: new Map() }));
    this.#writer = searchIndexWriter(
      outDir,
      config,
      planned.map((part) => ({ firstSearch: part.firstSearch, plan: planDigest(part.paths) })),
      cache,
    );
  }

  page(path: string, page: RenderedPage): void {
    const place = this.#placeOf.get(path);
    const part = place && this.#parts[place.part];
    if (!place || !part || place.at < part.next || part.early.has(place.at)) return;
    const text = page.text();
    const doc = searchDocument(path, text);
    // An earlier address of a paper or post (MovedPage.astro) shares its folder but only leads on to it.
    if (!doc && !MOVED_PAGE.test(text)) throw new Error(`${path} is a search result page but marks nothing with data-pagefind-body.`);
    part.early.set(place.at, doc);
    this.#handOver(place.part, part);
  }

  /** Hands the part's documents to Pagefind for as long as they come in the planned order; writes the part after its last. */
  #handOver(index: number, part: FillingPart): void {
    while (part.early.has(part.next)) {
      const doc = part.early.get(part.next);
      part.early.delete(part.next);
      if (doc) this.#writer.add(index, doc);
      part.next += 1;
    }
    if (part.next === part.size) this.#writer.complete(index);
  }

  /** Parts with pages that were restored rather than rendered get them from the output folder. */
  async finish(outDir: string, restored: readonly string[]): ReturnType<SearchIndexWriter['finish']> {
    try {
      for (const path of restored) if (this.#placeOf.has(path)) this.page(path, pageOf(await readFile(join(outDir, fileOfPath(path)))));
    } catch (error) {
      // Finishing closes Pagefind's process, which would otherwise keep the build running.
      await this.#writer.finish().catch(() => undefined);
      throw error;
    }
    // Names any part still missing pages.
    return this.#writer.finish();
  }
}

/** Pagefind's version and settings: what, besides the documents, decides the files it writes. */
async function searchEngine(root: URL, config: PagefindServiceConfig): Promise<string> {
  const manifest = JSON.parse(await readFile(new URL('node_modules/pagefind/package.json', root), 'utf8')) as { version: string };
  return `pagefind ${manifest.version} ${JSON.stringify(config)}`;
}

export function pagefindIntegration(tap: PageTap, config: PagefindServiceConfig = {}): AstroIntegration {
  let dev: DevSearch | null = null;
  let index: BuildIndex | null = null;
  let cache: SearchPartCache | null = null;
  let root: URL | null = null;
  let cacheDir = '';
  let outDir = '';
  let logger: AstroIntegrationLogger | null = null;
  let started = 0;
  tap.listen({
    paths: (paths) => {
      started = performance.now();
      index = new BuildIndex(outDir, config, paths, cache);
    },
    page: (path, page) => {
      index?.page(path, page);
    },
    done: async (dir, restored) => {
      if (!index) return;
      const bundle = await index.finish(dir, restored);
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      const parts = bundle.parts === 1 ? 'one part' : `${bundle.parts} parts`;
      const pages = `${bundle.total} pages (${describeLanguages(bundle)})`;
      const kept = bundle.reused > 0 ? `; ${bundle.reused} of the parts kept from the last build` : '';
      logger?.info(`Indexed ${pages} in ${parts} into ${join(dir, 'pagefind')}, ${seconds} s after rendering began${kept}.`);
      index = null;
      cache = null;
    },
  });
  return {
    name: 'paper-notes:pagefind',
    hooks: {
      'astro:config:done': ({ config: astroConfig, logger: integrationLogger }) => {
        logger = integrationLogger;
        root = astroConfig.root;
        cacheDir = fileURLToPath(astroConfig.cacheDir);
        outDir = fileURLToPath(astroConfig.outDir);
        dev = devSearch({
          base: astroConfig.base.replace(/\/*$/u, '/'),
          config,
          logger: integrationLogger,
        });
      },
      'astro:build:start': async () => {
        // Without Pagefind's version to key them, no parts are kept: every build indexes them all.
        const engine = root ? await searchEngine(root, config).catch(() => null) : null;
        cache = engine ? await openSearchPartCache(cacheDir, engine) : null;
      },
      'astro:server:setup': ({ server }) => dev?.attach(server),
      'astro:server:start': ({ address }) => dev?.start(address),
      'astro:server:done': async () => {
        await dev?.close();
      },
    },
  };
}
