/**
 * Pagefind alone over a built site: the documents the build handed it (the indexed element of
 * every paper, note and post page, see src/integrations/search-documents.ts), in parts of the
 * build's sizes, indexed and written by the build's own writer (src/integrations/search-bundle.ts)
 * with nothing else running. Every build of the site with
 * search pays at least this, on top of whatever has to happen before the first page renders, so
 * it is the figure to hold the build's time against when asking how close to a floor without
 * search it can come.
 *
 * The documents are read into memory before the clock starts: only Pagefind's own work is timed.
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { isIndexedPath, LIST_ROOTS } from '../../src/integrations/indexed-pages.ts';
import { searchIndexWriter } from '../../src/integrations/search-bundle.ts';
import { planDigest } from '../../src/integrations/search-part-cache.ts';
import { partPapers, planParts } from '../../src/integrations/search-parts.ts';
import { type SearchDocument, searchDocument } from '../../src/integrations/search-documents.ts';

export interface IndexAlone {
  readonly documents: number;
  readonly parts: number;
  /** From the first document handed over to the last file written. */
  readonly ms: number;
  /**
   * CPU time of Pagefind's process over the same span, on every core it used, as last sampled before
   * it closed (up to `CPU_SAMPLE_MS` short); null where /proc is not there to read it.
   */
  readonly cpuMs: number | null;
}

/** Clock ticks per second of /proc's times (`getconf CLK_TCK`), 100 on Linux. */
const TICKS_PER_SECOND = 100;

/** How often Pagefind's CPU time is read while it works: the writer closes its process at the end. */
const CPU_SAMPLE_MS = 100;

/** CPU milliseconds so far of this process's children (Pagefind's process is the only one); null without /proc or children. */
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
    return children.size > 0 ? (ticks / TICKS_PER_SECOND) * 1000 : null;
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

/** Indexes the built site's documents again in `scratchDir`, which is removed afterwards. */
export async function measureIndexAlone(outDir: string, scratchDir: string): Promise<IndexAlone> {
  const documents = await indexedDocuments(outDir);
  const parts = planParts([...documents.keys()], partPapers());
  let cpuMs: number | null = null;
  const sampler = setInterval(() => {
    void childrenCpuMs().then((ms) => {
      if (ms !== null) cpuMs = Math.max(cpuMs ?? 0, ms);
    });
  }, CPU_SAMPLE_MS);
  const started = performance.now();
  try {
    const writer = searchIndexWriter(
      scratchDir,
      {},
      parts.map((part) => ({ firstSearch: part.firstSearch, plan: planDigest(part.paths) })),
    );
    parts.forEach((part, index) => {
      for (const path of part.paths) {
        const document = documents.get(path);
        if (document) writer.add(index, document);
      }
      writer.complete(index);
    });
    // Writes the parts, their manifest and the orders, then closes Pagefind's process.
    await writer.finish();
    return { documents: documents.size, parts: parts.length, ms: performance.now() - started, cpuMs };
  } finally {
    clearInterval(sampler);
    await rm(scratchDir, { recursive: true, force: true });
  }
}
