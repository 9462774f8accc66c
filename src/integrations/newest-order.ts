import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import {
  DAY_META,
  NEWEST_MANIFEST,
  UNDATED_DAY,
  type NewestChunk,
  type NewestManifest,
} from '../components/search/newest-order.ts';

/**
 * Writes the newest-first order files the search page reads when a reader sorts by date (the
 * format and the reason are in src/components/search/newest-order.ts).
 *
 * Search results carry Pagefind's page ids, which exist only once the index is written, so the
 * order is read back from the index: each page's fragment holds its id (the file name) and the
 * day the page declared as metadata.
 */

/** Pages per chunk, about 5 KB compressed: a page of recent results needs only the first. */
const PAGES_PER_CHUNK = 1000;

/** Pagefind 1.x writes each fragment as gzip of this signature followed by the page's JSON. */
const FRAGMENT_SIGNATURE = 'pagefind_dcd';
const READ_BATCH = 64;
const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/u;

interface IndexedPage {
  readonly id: string;
  readonly day: string;
}

async function readFragment(path: string): Promise<IndexedPage> {
  const text = gunzipSync(await readFile(path)).toString('utf8');
  if (!text.startsWith(FRAGMENT_SIGNATURE)) {
    throw new Error(`${path} is not a Pagefind fragment this site can read; the newest-first order needs Pagefind 1.x fragments.`);
  }
  const fragment = JSON.parse(text.slice(FRAGMENT_SIGNATURE.length)) as { url?: string; meta?: Record<string, string> };
  const day = fragment.meta?.[DAY_META] ?? UNDATED_DAY;
  if (day !== UNDATED_DAY && !DAY_PATTERN.test(day)) {
    throw new Error(`${fragment.url ?? path} declares the search day "${day}", which is not YYYY-MM-DD.`);
  }
  return { id: basename(path, '.pf_fragment'), day };
}

/** Days newest first, undated last; ids sorted within a day so the files never depend on file-system order. */
export function groupByDay(pages: readonly IndexedPage[]): NewestChunk {
  const days = new Map<string, string[]>();
  for (const { id, day } of pages) {
    const ids = days.get(day);
    if (ids) ids.push(id);
    else days.set(day, [id]);
  }
  return [...days.entries()]
    .sort(([a], [b]) => (a === UNDATED_DAY ? 1 : b === UNDATED_DAY ? -1 : b.localeCompare(a)))
    .map(([day, ids]) => [day, ids.sort()] as const);
}

/** Cuts the days into chunks of about `size` pages, never splitting a day. */
export function chunkDays(days: NewestChunk, size: number): NewestChunk[] {
  const chunks: NewestChunk[] = [];
  let current: NewestChunk[number][] = [];
  let pages = 0;
  for (const day of days) {
    current.push(day);
    pages += day[1].length;
    if (pages >= size) {
      chunks.push(current);
      current = [];
      pages = 0;
    }
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/** Reads the written Pagefind bundle and writes the order files into `orderDir`; returns the pages listed. */
export async function writeNewestOrder(bundleDir: string, orderDir: string): Promise<number> {
  const fragmentDir = join(bundleDir, 'fragment');
  const names = (await readdir(fragmentDir)).filter((name) => name.endsWith('.pf_fragment'));
  const pages: IndexedPage[] = [];
  // In batches: tens of thousands of files opened at once would run out of file handles.
  for (let start = 0; start < names.length; start += READ_BATCH) {
    const batch = names.slice(start, start + READ_BATCH);
    pages.push(...(await Promise.all(batch.map((name) => readFragment(join(fragmentDir, name))))));
  }

  await rm(orderDir, { recursive: true, force: true });
  await mkdir(orderDir, { recursive: true });
  const chunkNames: string[] = [];
  for (const chunk of chunkDays(groupByDay(pages), PAGES_PER_CHUNK)) {
    const json = JSON.stringify(chunk);
    // Content-addressed names: a host may cache chunks for good; only the small manifest changes.
    const name = `newest.${createHash('sha256').update(json).digest('hex').slice(0, 10)}.json`;
    await writeFile(join(orderDir, name), json);
    chunkNames.push(name);
  }
  const manifest: NewestManifest = { pages: pages.length, chunks: chunkNames };
  await writeFile(join(orderDir, NEWEST_MANIFEST), JSON.stringify(manifest));
  return pages.length;
}
