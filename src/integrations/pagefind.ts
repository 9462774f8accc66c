import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import type { PagefindServiceConfig } from 'pagefind';
import { BuildIndex } from './build-index.ts';
import { type DevSearch, devSearch } from './dev-search.ts';
import { isIndexedPath } from './indexed-pages.ts';
import type { OutputFolder } from './output-folder.ts';
import type { PageTap, PlannedPage } from './page-tap.ts';
import { forecastRestoredPages, saveCacheKeys } from './restored-pages.ts';
import { describeLanguages, searchIndexWriter } from './search-bundle.ts';
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
 * Pages an incremental build restores instead of rendering are read from Astro's copies of them
 * as soon as the build knows its pages (src/integrations/restored-pages.ts), so they are indexed
 * while the rest renders (src/integrations/build-index.ts). The
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

/** Pagefind's version and settings: what, besides the documents, decides the files it writes. */
async function searchEngine(root: URL, config: PagefindServiceConfig): Promise<string> {
  const manifest = JSON.parse(await readFile(new URL('node_modules/pagefind/package.json', root), 'utf8')) as { version: string };
  return `pagefind ${manifest.version} ${JSON.stringify(config)}`;
}

export function pagefindIntegration(tap: PageTap, output: OutputFolder, config: PagefindServiceConfig = {}): AstroIntegration {
  let dev: DevSearch | null = null;
  let index: BuildIndex | null = null;
  let cache: SearchPartCache | null = null;
  let root: URL | null = null;
  let cacheDir = '';
  let outDir = '';
  let logger: AstroIntegrationLogger | null = null;
  let started = 0;
  let planned: readonly PlannedPage[] = [];
  tap.listen({
    paths: (pages) => {
      started = performance.now();
      planned = pages;
      const parts = planParts(
        pages.flatMap(({ path }) => (isIndexedPath(path) ? [path] : [])),
        partPapers(),
      );
      const { copies, renewed } = forecastRestoredPages(cacheDir, pages, isIndexedPath);
      const writes = parts.map((part) => ({
        firstSearch: part.firstSearch,
        plan: planDigest(part.paths),
        expectChange: part.paths.some((path) => renewed.has(path)),
      }));
      index = new BuildIndex(searchIndexWriter(outDir, config, writes, cache), parts, copies, {
        dir: outDir,
        written: (file) => output.written(file),
      });
    },
    rendering: (path) => {
      index?.rendering(path);
    },
    page: (path, page) => {
      index?.page(path, page);
    },
    failed: async () => {
      await index?.abandon();
      index = null;
      cache = null;
    },
    done: async (dir, restored) => {
      if (!index) return;
      const bundle = await index.finish(restored);
      saveCacheKeys(cacheDir, planned, isIndexedPath);
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      const parts = bundle.parts === 1 ? 'one part' : `${bundle.parts} parts`;
      const pages = `${bundle.total} pages (${describeLanguages(bundle)})`;
      const kept = bundle.reused > 0 ? `; ${bundle.reused} of the parts kept from the last build` : '';
      const { taken, outdated } = index.forecasts;
      const read = `; ${taken} pages read ahead of their restore`;
      const ahead = taken === 0 ? '' : outdated ? `${read}, then dropped as Astro rendered one otherwise` : read;
      logger?.info(`Indexed ${pages} in ${parts} into ${join(dir, 'pagefind')}, ${seconds} s after rendering began${kept}${ahead}.`);
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
