import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { PagefindServiceConfig } from 'pagefind';
import { type DevSearch, devSearch } from './dev-search.ts';
import { INDEXED_FILES } from './indexed-pages.ts';
import { describeLanguages, writeSearchBundle } from './search-bundle.ts';

/**
 * Search for the site, built by Pagefind from the finished HTML.
 *
 * `astro build`: the index is the last step of every build, so a fresh build always has working
 * search and nothing is copied into `public/`. Only elements marked `data-pagefind-body` (the
 * article of paper and note pages) are indexed, so Pagefind reads only those pages' files
 * (src/integrations/indexed-pages.ts): parsing every list page only to skip it took 40% of the
 * indexing time at 20,000 papers. The index lands in `<outDir>/pagefind/` with result URLs relative
 * to the output folder; the search scripts add the base path. Beside it, `<outDir>/search-order/`
 * holds the newest-first and most-upvoted orders, instead of Pagefind sorts, which would weigh on
 * every search (see src/components/search/sort-order.ts).
 *
 * `astro dev`: the pages the dev server renders are indexed into a temporary folder and served at
 * the same paths (src/integrations/dev-search.ts).
 *
 * Fragments stay one file per page (no `maxFragments`): bundling them made a 20,000-paper
 * index's metadata larger and each shown result fetch a ~11 KB group instead of ~1 KB, so the
 * first query downloaded more.
 */
export function pagefindIntegration(config: PagefindServiceConfig = {}): AstroIntegration {
  let dev: DevSearch | null = null;
  return {
    name: 'paper-notes:pagefind',
    hooks: {
      'astro:config:done': ({ config: astroConfig, logger }) => {
        dev = devSearch({
          base: astroConfig.base.replace(/\/*$/u, '/'),
          // Where the content layer keeps its store in dev (withastro/astro, packages/astro/src/content/paths.ts).
          dataStoreFile: fileURLToPath(new URL('.astro/data-store.json', astroConfig.root)),
          config,
          logger,
        });
      },
      'astro:server:setup': ({ server }) => dev?.attach(server),
      'astro:server:start': ({ address }) => dev?.start(address),
      'astro:server:done': async () => {
        await dev?.close();
      },
      'astro:build:done': async ({ dir, logger }) => {
        const siteDir = fileURLToPath(dir);
        const started = performance.now();
        const bundle = await writeSearchBundle({
          outDir: siteDir,
          config,
          addPages: async (index) => (await index.addDirectory({ path: siteDir, glob: INDEXED_FILES })).errors,
          readPage: (url) => readFile(join(siteDir, url, 'index.html'), 'utf8'),
        });
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(`Indexed ${bundle.total} pages (${describeLanguages(bundle)}) into ${join(siteDir, 'pagefind')} in ${seconds} s.`);
      },
    },
  };
}
