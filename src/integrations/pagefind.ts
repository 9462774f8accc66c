import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import type { PagefindServiceConfig } from 'pagefind';
import { NEWEST_ORDER_DIR } from '../components/search/newest-order.ts';
import { writeNewestOrder } from './newest-order.ts';

/**
 * Builds the search index from the finished HTML as the last step of every `astro build`, so a
 * fresh build always has working search and nothing is copied into `public/`.
 *
 * Only elements marked `data-pagefind-body` (the article of paper and note pages) are indexed,
 * so Pagefind reads only those pages' files: parsing every list page only to skip it took 40% of
 * the indexing time at 20,000 papers. tests/site/search-index.spec.ts checks that no other page
 * carries the mark. The index lands in `<outDir>/pagefind/` with
 * result URLs relative to the output folder; the search page adds the base path.
 *
 * Then it writes the newest-first order beside the bundle, in `<outDir>/search-order/`, instead of
 * a Pagefind sort, which would weigh on every search (see src/components/search/newest-order.ts).
 *
 * Fragments stay one file per page (no `maxFragments`): bundling them made a 20,000-paper
 * index's metadata larger and each shown result fetch a ~11 KB group instead of ~1 KB, so the
 * first query downloaded more.
 */
/** Paper, note and blog post pages (routes.paper, routes.note, routes.post), relative to the output folder. */
export const INDEXED_PAGES = '{papers,notes,posts}/*/index.html';

export function pagefindIntegration(config: PagefindServiceConfig = {}): AstroIntegration {
  return {
    name: 'paper-notes:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        await buildIndex(fileURLToPath(dir), config, logger);
      },
    },
  };
}

/** Pagefind answers with a list of errors instead of throwing; any error fails the build. */
function assertNoErrors(step: string, errors: readonly string[]): void {
  if (errors.length > 0) {
    throw new Error(`Pagefind could not ${step}:\n${errors.map((error) => `  - ${error}`).join('\n')}`);
  }
}

/** Pages in the written index, per language, from the bundle's entry file. */
async function indexedPages(outputPath: string): Promise<Record<string, number>> {
  const entry = JSON.parse(await readFile(join(outputPath, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.fromEntries(Object.entries(entry.languages).map(([language, { page_count }]) => [language, page_count]));
}

async function buildIndex(siteDir: string, config: PagefindServiceConfig, logger: AstroIntegrationLogger): Promise<void> {
  const started = performance.now();
  const outputPath = join(siteDir, 'pagefind');
  try {
    const created = await pagefind.createIndex(config);
    assertNoErrors('create an index', created.errors);
    if (!created.index) throw new Error('Pagefind created no index.');
    const { index } = created;

    const added = await index.addDirectory({ path: siteDir, glob: INDEXED_PAGES });
    assertNoErrors(`index ${siteDir}`, added.errors);

    const written = await index.writeFiles({ outputPath });
    assertNoErrors(`write the index to ${outputPath}`, written.errors);
  } finally {
    // The Node API keeps a Pagefind process running until closed; left open, it would hang the build.
    await pagefind.close();
  }

  const pages = await indexedPages(outputPath);
  const total = Object.values(pages).reduce((sum, count) => sum + count, 0);
  // A site whose search finds nothing is broken, not empty: the seeds always yield pages.
  if (total === 0) throw new Error(`Pagefind indexed no pages in ${siteDir}.`);
  const ordered = await writeNewestOrder(outputPath, join(siteDir, NEWEST_ORDER_DIR));
  // Every indexed page must be reachable in newest-first order too.
  if (ordered !== total) throw new Error(`The newest-first order lists ${ordered} pages, but Pagefind indexed ${total}.`);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const languages = Object.entries(pages).map(([language, count]) => `${count} ${language}`).join(', ');
  logger.info(`Indexed ${total} pages (${languages}) into ${outputPath} in ${seconds} s.`);
}
