import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { PagefindServiceConfig } from 'pagefind';
import { type IndexPart, PARTS_MANIFEST, type PartsManifest, partFolder } from '../components/search/parts.ts';
import { ORDER_DIR } from '../components/search/sort-order.ts';
import type { SearchDocument } from './search-documents.ts';
import { type IndexedPage, readOrderKeys, readPageIds, writeSortOrders } from './sort-order.ts';

/**
 * Writes everything search needs under an output folder: the index parts under `pagefind/`
 * (src/components/search/parts.ts), their manifest, and the order files in `search-order/`
 * (src/components/search/sort-order.ts). The build hands it each part as soon as the part's pages
 * are rendered, so Pagefind indexes one part while Astro renders the next
 * (src/integrations/pagefind.ts); the dev server hands it the pages it renders as one part
 * (src/integrations/dev-search.ts). Parts are written one at a time, each with an index of its own
 * that is freed once written, so memory holds one part's index, not the site's.
 */

export interface SearchBundle {
  /** Indexed pages per language, over every part. */
  readonly pages: Readonly<Record<string, number>>;
  readonly total: number;
  readonly parts: number;
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

/** Indexes one part's documents, in their order (Pagefind keeps it, so the part is the same every build). */
async function writePart(
  config: PagefindServiceConfig,
  docs: readonly SearchDocument[],
  outDir: string,
  index: number,
  firstSearch: boolean,
): Promise<WrittenPart> {
  const folder = partFolder(index);
  const bundleDir = join(outDir, 'pagefind', folder);
  const created = await pagefind.createIndex(config);
  assertNoErrors('create an index', created.errors);
  const { index: part } = created;
  if (!part) throw new Error('Pagefind created no index.');
  const added = await Promise.all(docs.map((doc) => part.addHTMLFile({ url: doc.url, content: doc.html })));
  assertNoErrors('index the pages', added.flatMap((result) => result.errors));
  const written = await part.writeFiles({ outputPath: bundleDir });
  assertNoErrors(`write the index to ${bundleDir}`, written.errors);
  await part.deleteIndex();

  const ids = await readPageIds(bundleDir);
  const pages = docs.map((doc) => {
    const id = ids.get(doc.url);
    if (id === undefined) throw new Error(`Pagefind wrote no page for ${doc.url} in ${bundleDir}.`);
    // Pagefind's names are unique within a part only; the search scripts name results the same way.
    return { id: `${folder}${id}`, keys: readOrderKeys(doc.html, doc.url) };
  });
  const days = pages.flatMap(({ keys }) => (keys.day === undefined ? [] : [keys.day])).sort();
  const info: IndexPart = { folder, firstSearch, pages: pages.length, newest: days.at(-1) ?? null, oldest: days[0] ?? null };
  return { info, languages: await partLanguages(bundleDir), pages };
}

/**
 * An index being written part by part: `add` may be called as soon as a part's documents are
 * known, in any order of parts; `finish` waits for every part and writes the manifest and orders.
 */
export interface SearchIndexWriter {
  add(index: number, docs: readonly SearchDocument[]): void;
  finish(): Promise<SearchBundle>;
}

/** `firstSearch` says, per part, whether a first search reads it (see search-parts.ts). */
export function searchIndexWriter(outDir: string, config: PagefindServiceConfig, firstSearch: readonly boolean[]): SearchIndexWriter {
  const partCount = firstSearch.length;
  const written: Promise<WrittenPart>[] = [];
  let queue: Promise<unknown> = Promise.resolve();
  return {
    add(index, docs) {
      if (written[index]) throw new Error(`Search index part ${index} was added twice.`);
      // One part at a time: the Pagefind process then holds one part's index.
      const part = queue.then(() => writePart(config, docs, outDir, index, firstSearch[index] ?? false));
      written[index] = part;
      queue = part.catch(() => undefined);
      part.catch(() => undefined); // reported by finish
    },
    async finish() {
      try {
        const missing = Array.from({ length: partCount }, (_, index) => index).filter((index) => !written[index]);
        if (missing.length > 0) throw new Error(`Search index parts ${missing.join(', ')} were never written.`);
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
        await writeSortOrders(pages, join(outDir, ORDER_DIR));
        return { pages: languages, total, parts: parts.length };
      } finally {
        // The Node API keeps a Pagefind process running until closed; left open, it would hang the build.
        await pagefind.close();
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
