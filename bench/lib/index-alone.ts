/**
 * Pagefind alone over a built site: the documents the build handed it (the indexed element of
 * every paper, note and post page, see src/integrations/search-documents.ts), in parts of the
 * build's sizes, indexed and written with nothing else running. Every build of the site with
 * search pays at least this, on top of whatever has to happen before the first page renders, so
 * it is the figure to hold the build's time against when asking how close to a floor without
 * search it can come.
 *
 * The documents are read into memory before the clock starts: only Pagefind's own work is timed.
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { isIndexedPath, LIST_ROOTS } from '../../src/integrations/indexed-pages.ts';
import { partPapers, planParts } from '../../src/integrations/search-parts.ts';
import { type SearchDocument, searchDocument } from '../../src/integrations/search-documents.ts';

export interface IndexAlone {
  readonly documents: number;
  readonly parts: number;
  /** From the first document handed over to the last part written. */
  readonly ms: number;
  /** CPU time of Pagefind's process over the same span, on every core it used; null where /proc is not there to read it. */
  readonly cpuMs: number | null;
}

/** Clock ticks per second of /proc's times (`getconf CLK_TCK`), 100 on Linux. */
const TICKS_PER_SECOND = 100;

/** CPU milliseconds so far of this process's children (Pagefind's process is the only one), or null without /proc. */
async function childrenCpuMs(): Promise<number | null> {
  try {
    const tasks = await readdir('/proc/self/task');
    const children = new Set<string>();
    for (const task of tasks) {
      const listed = await readFile(`/proc/self/task/${task}/children`, 'utf8');
      for (const pid of listed.split(' ').filter(Boolean)) children.add(pid);
    }
    let ticks = 0;
    for (const pid of children) {
      const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
      // Fields after the command's closing parenthesis: utime and stime are the 14th and 15th of the line.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    }
    return (ticks / TICKS_PER_SECOND) * 1000;
  } catch {
    return null;
  }
}

/** The indexed pages' documents by path under the site (`papers/deepgemm/`). */
async function indexedDocuments(outDir: string): Promise<Map<string, SearchDocument>> {
  const documents = new Map<string, SearchDocument>();
  for (const root of LIST_ROOTS) {
    const names = await readdir(join(outDir, root)).catch(() => [] as string[]);
    for (const name of names.sort()) {
      const path = `${root}${name}/`;
      if (!isIndexedPath(path)) continue;
      const html = await readFile(join(outDir, path, 'index.html'), 'utf8').catch(() => null);
      // Earlier addresses of a page share its folder and have no indexed element.
      const document = html === null ? null : searchDocument(path, html);
      if (document) documents.set(path, document);
    }
  }
  return documents;
}

function assertNoErrors(step: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind could not ${step}: ${errors.join('; ')}`);
}

/** Indexes the built site's documents again in `scratchDir`, which is removed afterwards. */
export async function measureIndexAlone(outDir: string, scratchDir: string): Promise<IndexAlone> {
  const documents = await indexedDocuments(outDir);
  const parts = planParts([...documents.keys()], partPapers());
  const started = performance.now();
  try {
    await Promise.all(
      parts.map(async (part, index) => {
        const created = await pagefind.createIndex({});
        assertNoErrors('create an index', created.errors);
        const search = created.index;
        if (!search) throw new Error('Pagefind created no index.');
        const added = await Promise.all(
          part.paths.map((path) => {
            const document = documents.get(path);
            if (!document) throw new Error(`No document for ${path}.`);
            return search.addHTMLFile({ url: document.url, content: document.html });
          }),
        );
        assertNoErrors(
          'index the pages',
          added.flatMap((result) => result.errors),
        );
        const written = await search.writeFiles({ outputPath: join(scratchDir, String(index)) });
        assertNoErrors('write the index', written.errors);
        await search.deleteIndex();
      }),
    );
    const ms = performance.now() - started;
    // Pagefind's process starts with the first index, so its CPU time is read just before it closes.
    const cpuMs = await childrenCpuMs();
    return { documents: documents.size, parts: parts.length, ms, cpuMs };
  } finally {
    await pagefind.close();
    await rm(scratchDir, { recursive: true, force: true });
  }
}
