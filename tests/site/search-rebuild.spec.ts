import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { PARTS_MANIFEST, type PartsManifest } from '../../src/search/parts.ts';
import { SITES } from '../e2e/sites.ts';
import { astroBuild, logTail, treeHashes } from './built-site.ts';

/**
 * A rebuild after a new dump takes the older parts of the search index from the last build instead
 * of indexing them again (src/integrations/search-part-cache.ts), and writes exactly the index a
 * build from scratch writes. The seeds are built in parts of 60 papers, as SITES.parts is.
 */
const WORK = join('.out', 'search-rebuild');
const SEEDS = join(WORK, 'seeds');
const PART_PAPERS = 60;

/** Builds `seeds` into `outDir` over `cacheDir`, as `astro build` runs; returns its log line about the index. */
function build(outDir: string, cacheDir: string): string {
  const log = astroBuild({ SEEDS_DIR: SEEDS, OUT_DIR: outDir, CACHE_DIR: cacheDir, SEARCH_PART_PAPERS: String(PART_PAPERS) });
  const line = log.split('\n').find((text) => /\bIndexed \d+ pages\b/u.test(text));
  expect(line, `the build logs its search index:\n${logTail(log)}`).toBeDefined();
  return line ?? '';
}

function folders(outDir: string): string[] {
  const manifest = JSON.parse(readFileSync(join(outDir, 'pagefind', PARTS_MANIFEST), 'utf8')) as PartsManifest;
  return manifest.parts.map((part) => part.folder);
}

/** Each part's entry file's inode: the same file again means the part was taken, not written anew. */
function entryFiles(outDir: string): Map<string, number> {
  return new Map(folders(outDir).map((folder) => [folder, statSync(join(outDir, 'pagefind', folder, 'pagefind-entry.json')).ino]));
}

/** The URLs of a part's pages, from its fragments (gzip of a signature and the page's JSON). */
function partUrls(outDir: string, folder: string): string[] {
  const dir = join(outDir, 'pagefind', folder, 'fragment');
  return readdirSync(dir).map((name) => {
    const text = gunzipSync(readFileSync(join(dir, name))).toString('utf8');
    return (JSON.parse(text.slice('pagefind_dcd'.length)) as { url: string }).url;
  });
}

/** The search files of a built site (index parts and result orders), each by a digest of its bytes. */
function searchFiles(outDir: string): Record<string, Record<string, string>> {
  return { pagefind: treeHashes(join(outDir, 'pagefind')), order: treeHashes(join(outDir, 'search-order')) };
}

const NEW_DUMP = [
  '2026년 12월 1일',
  'A Newest Paper On Attention Kernels',
  '(Ada Lovelace)',
  '어텐션 커널에 관한 새 논문입니다.',
  'A new paper about attention kernels.',
  '#attention',
  '',
].join('\n');

test('a rebuild after a new dump keeps the older parts of the search index and writes what a build from scratch writes', () => {
  test.setTimeout(900_000);
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(WORK, { recursive: true });
  cpSync(SITES.parts.seeds, SEEDS, { recursive: true });
  const out = join(WORK, 'out');
  const cache = join(WORK, 'cache');

  expect(build(out, cache)).not.toContain('kept from the last build');
  const first = entryFiles(out);
  const [newest = '', ...older] = folders(out);
  expect(older.length).toBeGreaterThan(2);

  // A day newer than every paper: its paper joins the first part, and every older part is planned as before.
  writeFileSync(join(SEEDS, '900_newest-day.txt'), NEW_DUMP);
  expect(build(out, cache)).toContain(`; ${older.length} of the parts kept from the last build`);
  const second = entryFiles(out);
  expect(second.get(newest)).not.toBe(first.get(newest));
  for (const folder of older) expect(second.get(folder), folder).toBe(first.get(folder));
  expect(partUrls(out, newest)).toContain('/papers/a-newest-paper-on-attention-kernels/');

  // An abstract edited in the oldest part: that part is indexed again, with the edit, and the rest is kept.
  const oldest = older.at(-1) ?? '';
  // A paper of that part whose title needs no escaping in HTML, so the page's heading is the dump's line.
  const titles = partUrls(out, oldest).map(
    (url) => /<h1[^>]*>\s*([^<]+?)\s*<\/h1>/u.exec(readFileSync(join(out, decodeURI(url), 'index.html'), 'utf8'))?.[1] ?? '&',
  );
  const title = titles.find((text) => !text.includes('&')) ?? '';
  expect(title, 'a title that needs no escaping').not.toBe('');
  const dump = readdirSync(SEEDS).find((file) => readFileSync(join(SEEDS, file), 'utf8').split('\n').includes(title));
  expect(dump, `the dump of "${title}"`).toBeDefined();
  const lines = readFileSync(join(SEEDS, dump ?? ''), 'utf8').split('\n');
  // Its abstract: the first long line after the title.
  const abstract = lines.findIndex((line, at) => at > lines.indexOf(title) && line.length > 100);
  expect(abstract).toBeGreaterThan(lines.indexOf(title));
  lines[abstract] = `${lines[abstract]} An edited sentence about tessellated gradients.`;
  writeFileSync(join(SEEDS, dump ?? ''), lines.join('\n'));
  expect(build(out, cache)).toContain(`; ${older.length} of the parts kept from the last build`);
  const third = entryFiles(out);
  expect(third.get(oldest)).not.toBe(second.get(oldest));
  for (const folder of [newest, ...older.slice(0, -1)]) expect(third.get(folder), folder).toBe(second.get(folder));
  const fragments = join(out, 'pagefind', oldest, 'fragment');
  const texts = readdirSync(fragments).map((name) => gunzipSync(readFileSync(join(fragments, name))).toString('utf8'));
  expect(texts.some((text) => text.includes('tessellated gradients'))).toBe(true);

  // The same dumps built from scratch, with no cache: the same search files, byte for byte.
  const fresh = join(WORK, 'fresh');
  build(fresh, join(WORK, 'fresh-cache'));
  expect(searchFiles(out)).toEqual(searchFiles(fresh));
});
