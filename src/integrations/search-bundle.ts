import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { PagefindIndex, PagefindServiceConfig } from 'pagefind';
import { ORDER_DIR } from '../components/search/sort-order.ts';
import { type PageReader, writeSortOrders } from './sort-order.ts';

/**
 * Writes everything search needs into one folder: Pagefind's bundle in `pagefind/` and the order
 * files in `search-order/` (see src/components/search/sort-order.ts). The build feeds it the
 * written site; the dev server feeds it the pages it renders (src/integrations/dev-search.ts).
 */

export interface SearchBundle {
  /** Indexed pages per language of the index. */
  readonly pages: Readonly<Record<string, number>>;
  readonly total: number;
}

export interface SearchBundleInput {
  /** The folder to write `pagefind/` and `search-order/` into. */
  readonly outDir: string;
  readonly config: PagefindServiceConfig;
  /** Adds the site's pages to the index; returns Pagefind's errors. */
  readonly addPages: (index: PagefindIndex) => Promise<readonly string[]>;
  /** Reads an indexed page's HTML by its URL, for its order keys. */
  readonly readPage: PageReader;
}

/** Pagefind answers with a list of errors instead of throwing; any error fails the build. */
function assertNoErrors(step: string, errors: readonly string[]): void {
  if (errors.length > 0) {
    throw new Error(`Pagefind could not ${step}:\n${errors.map((error) => `  - ${error}`).join('\n')}`);
  }
}

/** Pages in the written index, per language, from the bundle's entry file. */
async function indexedPages(bundleDir: string): Promise<Record<string, number>> {
  const entry = JSON.parse(await readFile(join(bundleDir, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.fromEntries(Object.entries(entry.languages).map(([language, { page_count }]) => [language, page_count]));
}

export async function writeSearchBundle({ outDir, config, addPages, readPage }: SearchBundleInput): Promise<SearchBundle> {
  const bundleDir = join(outDir, 'pagefind');
  try {
    const created = await pagefind.createIndex(config);
    assertNoErrors('create an index', created.errors);
    if (!created.index) throw new Error('Pagefind created no index.');
    assertNoErrors('index the pages', await addPages(created.index));
    const written = await created.index.writeFiles({ outputPath: bundleDir });
    assertNoErrors(`write the index to ${bundleDir}`, written.errors);
  } finally {
    // The Node API keeps a Pagefind process running until closed; left open, it would hang the build.
    await pagefind.close();
  }

  const pages = await indexedPages(bundleDir);
  const total = Object.values(pages).reduce((sum, count) => sum + count, 0);
  // A site whose search finds nothing is broken, not empty: the seeds always yield pages.
  if (total === 0) throw new Error(`Pagefind indexed no pages into ${bundleDir}.`);
  const ordered = await writeSortOrders(bundleDir, join(outDir, ORDER_DIR), readPage);
  // Every indexed page must be reachable in every order too.
  if (ordered !== total) throw new Error(`The search orders list ${ordered} pages, but Pagefind indexed ${total}.`);
  return { pages, total };
}

/** `12 en, 3 ko` */
export function describeLanguages(bundle: SearchBundle): string {
  return Object.entries(bundle.pages)
    .map(([language, count]) => `${count} ${language}`)
    .join(', ');
}
