import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { ORDER_KEYS, ORDER_NAMES, type OrderKey, type OrderName } from '../search/fields.ts';
import { NO_KEY, type OrderChunk, type OrderManifest, orderManifest } from '../search/sort-order.ts';

/**
 * Writes the order files the search page reads when a reader sorts newest first or by upvotes
 * (the format and the reason are in src/search/sort-order.ts).
 *
 * Search results carry Pagefind's page ids, which exist only once an index part is written, so
 * each id is read back from the part (a fragment's file name, with the page's URL inside); each
 * page's keys come from the page itself, where SearchFacts.astro wrote them.
 */

/** Pages per chunk, about 5 KB compressed: a page of recent results needs only the first. */
const PAGES_PER_CHUNK = 1000;

/** Pagefind 1.x writes each fragment as gzip of this signature followed by the page's JSON. */
const FRAGMENT_SIGNATURE = 'pagefind_dcd';
const READ_BATCH = 64;

/**
 * An order key as SearchFacts.astro renders it. Seed text can never produce this: Astro escapes
 * every `<` of seed text, so a `<data` tag in the HTML is always the site's own.
 */
const ORDER_KEY_TAG = /<data data-order-key="([a-z]+)" value="([^"<>]*)"><\/data>/gu;
const KEY_PATTERNS: Readonly<Record<OrderKey, RegExp>> = { day: /^\d{4}-\d{2}-\d{2}$/u, upvotes: /^\d+$/u };

/** How keys compare in each order: later days first, more upvotes first. */
const KEY_DESCENDING: Readonly<Record<OrderName, (a: string, b: string) => number>> = {
  newest: (a, b) => b.localeCompare(a),
  upvotes: (a, b) => Number(b) - Number(a),
};

export interface IndexedPage {
  readonly id: string;
  /** Order keys by key name; a missing key places the page last in that order. */
  readonly keys: Readonly<Partial<Record<OrderKey, string>>>;
}

/** The order keys a page declares, checked against their format. */
export function readOrderKeys(html: string, url: string): Partial<Record<OrderKey, string>> {
  const keys: Partial<Record<OrderKey, string>> = {};
  for (const [, name, value] of html.matchAll(ORDER_KEY_TAG)) {
    if (!Object.hasOwn(KEY_PATTERNS, name ?? '')) throw new Error(`${url} declares an unknown search order key "${name}".`);
    const key = name as OrderKey;
    if (!KEY_PATTERNS[key].test(value ?? '')) {
      throw new Error(`${url} declares the search order key ${key}="${value}", which is malformed.`);
    }
    keys[key] = value ?? '';
  }
  return keys;
}

async function readFragmentUrl(path: string): Promise<string> {
  const text = gunzipSync(await readFile(path)).toString('utf8');
  if (!text.startsWith(FRAGMENT_SIGNATURE)) {
    throw new Error(`${path} is not a Pagefind fragment this site can read; the search orders need Pagefind 1.x fragments.`);
  }
  const fragment = JSON.parse(text.slice(FRAGMENT_SIGNATURE.length)) as { url?: unknown };
  if (typeof fragment.url !== 'string') throw new Error(`${path} names no page URL.`);
  return fragment.url;
}

/** Keys in the order's direction, pages without a key last; ids sorted within a key so the files never depend on file-system order. */
export function groupByKey(pages: readonly IndexedPage[], order: OrderName): OrderChunk {
  const keyName = ORDER_KEYS[order];
  const groups = new Map<string, string[]>();
  for (const { id, keys } of pages) {
    const key = keys[keyName] ?? NO_KEY;
    const ids = groups.get(key);
    if (ids) ids.push(id);
    else groups.set(key, [id]);
  }
  const descending = KEY_DESCENDING[order];
  return [...groups.entries()]
    .sort(([a], [b]) => (a === NO_KEY ? 1 : b === NO_KEY ? -1 : descending(a, b)))
    .map(([key, ids]) => [key, ids.sort()] as const);
}

/** Cuts the keys into chunks of about `size` pages, never splitting a key. */
export function chunkKeys(groups: OrderChunk, size: number): OrderChunk[] {
  const chunks: OrderChunk[] = [];
  let current: OrderChunk[number][] = [];
  let pages = 0;
  for (const group of groups) {
    current.push(group);
    pages += group[1].length;
    if (pages >= size) {
      chunks.push(current);
      current = [];
      pages = 0;
    }
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/** The Pagefind id of every page of a written index part, by the page's URL as Pagefind stores it. */
export async function readPageIds(bundleDir: string): Promise<Map<string, string>> {
  const fragmentDir = join(bundleDir, 'fragment');
  const names = (await readdir(fragmentDir)).filter((name) => name.endsWith('.pf_fragment'));
  const ids = new Map<string, string>();
  // In batches: tens of thousands of files opened at once would run out of file handles.
  for (let start = 0; start < names.length; start += READ_BATCH) {
    const batch = names.slice(start, start + READ_BATCH);
    const read = await Promise.all(
      batch.map(async (name) => [await readFragmentUrl(join(fragmentDir, name)), basename(name, '.pf_fragment')] as const),
    );
    for (const [url, id] of read) ids.set(url, id);
  }
  return ids;
}

async function writeOrder(pages: readonly IndexedPage[], order: OrderName, orderDir: string): Promise<void> {
  const chunkNames: string[] = [];
  for (const chunk of chunkKeys(groupByKey(pages, order), PAGES_PER_CHUNK)) {
    const json = JSON.stringify(chunk);
    // Content-addressed names: a host may cache chunks for good; only the small manifest changes.
    const name = `${order}.${createHash('sha256').update(json).digest('hex').slice(0, 10)}.json`;
    await writeFile(join(orderDir, name), json);
    chunkNames.push(name);
  }
  const manifest: OrderManifest = { pages: pages.length, chunks: chunkNames };
  await writeFile(join(orderDir, orderManifest(order)), JSON.stringify(manifest));
}

/** Writes every order's files into `orderDir` (emptied first). */
export async function writeSortOrders(pages: readonly IndexedPage[], orderDir: string): Promise<void> {
  await rm(orderDir, { recursive: true, force: true });
  await mkdir(orderDir, { recursive: true });
  for (const order of ORDER_NAMES) await writeOrder(pages, order, orderDir);
}
