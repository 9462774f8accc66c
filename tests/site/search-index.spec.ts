import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { parse } from 'node-html-parser';
import * as pagefind from 'pagefind';
import { ORDER_NAMES } from '../../src/search/fields.ts';
import { PARTS_MANIFEST, type PartsManifest } from '../../src/search/parts.ts';
import { type OrderChunk, type OrderManifest, orderManifest } from '../../src/search/sort-order.ts';
import { buildCorpus } from '../../src/loader/corpus.ts';
import { INDEXED_FILES } from '../../src/integrations/indexed-pages.ts';
import { partBounds } from '../../src/integrations/search-parts.ts';
import { readSeedDir } from '../../src/loader/read-seeds.ts';
import { SITES, type TestSite } from '../e2e/sites.ts';
import { listFiles, readPage } from './built-site.ts';

function readJson(site: TestSite, ...path: string[]): unknown {
  return JSON.parse(readFileSync(join(site.outDir, ...path), 'utf8'));
}

function parts(site: TestSite): PartsManifest['parts'] {
  return (readJson(site, 'pagefind', PARTS_MANIFEST) as PartsManifest).parts;
}

/** Pagefind 1.x fragments: gzip of a signature and the page's JSON. */
function readFragments(bundleDir: string): Map<string, unknown> {
  const fragments = new Map<string, unknown>();
  const dir = join(bundleDir, 'fragment');
  for (const name of readdirSync(dir)) {
    const text = gunzipSync(readFileSync(join(dir, name))).toString('utf8');
    expect(text.startsWith('pagefind_dcd'), name).toBe(true);
    const fragment = JSON.parse(text.slice('pagefind_dcd'.length)) as { url: string };
    fragments.set(fragment.url, fragment);
  }
  return fragments;
}

for (const [name, site] of [
  ['seed', SITES.main],
  ['many-part', SITES.parts],
] as const) {
  test(`every paper and note of the ${name} site is searchable and listed once in every order`, async () => {
    const corpus = buildCorpus(await readSeedDir(site.seeds));
    const marked = listFiles(site.outDir).filter(
      (file) => file.endsWith('.html') && parse(readPage(site.outDir, file)).querySelector('[data-pagefind-body]') !== null,
    );
    expect(marked).toHaveLength(corpus.papers.length + corpus.posts.length);

    // The index takes exactly the marked pages, each once, over all its parts.
    const indexed = parts(site).reduce((sum, part) => {
      const entry = readJson(site, 'pagefind', part.folder, 'pagefind-entry.json') as { languages: Record<string, { page_count: number }> };
      const count = Object.values(entry.languages).reduce((total, { page_count }) => total + page_count, 0);
      expect(count, part.folder).toBe(part.pages);
      return sum + count;
    }, 0);
    expect(indexed).toBe(marked.length);

    for (const order of ORDER_NAMES) {
      const manifest = readJson(site, 'search-order', orderManifest(order)) as OrderManifest;
      expect(manifest.pages, order).toBe(indexed);
      const ids = manifest.chunks.flatMap((name) => (readJson(site, 'search-order', name) as OrderChunk).flatMap(([, keyIds]) => keyIds));
      expect(new Set(ids).size, order).toBe(indexed);
      // An order names a page by its part's folder and its Pagefind id, which is its fragment's name in that folder.
      const missing = ids.filter((id) => {
        const folder = id.slice(0, id.lastIndexOf('/') + 1);
        return !existsSync(join(site.outDir, 'pagefind', folder, 'fragment', `${id.slice(folder.length)}.pf_fragment`));
      });
      expect(missing).toEqual([]);
    }

    // Most upvoted first: the first key is the seeds' highest count, and only papers without upvotes come last.
    const upvotes = readJson(site, 'search-order', orderManifest('upvotes')) as OrderManifest;
    const keys = upvotes.chunks.flatMap((name) => (readJson(site, 'search-order', name) as OrderChunk).map(([key]) => key));
    const counts = corpus.papers.flatMap((paper) => (paper.upvotes === null ? [] : [paper.upvotes]));
    expect(keys[0]).toBe(String(Math.max(...counts)));
    expect(keys.at(-1)).toBe('');
    expect(keys.slice(0, -1).map(Number)).toEqual([...new Set(counts)].sort((a, b) => b - a));
  });
}

test('the many-part site cuts its index as planned: notes, posts and newest papers, then older papers within a part’s bounds', async () => {
  const { searchPartPapers } = SITES.parts;
  const planned = parts(SITES.parts);
  expect(planned.length).toBeGreaterThan(3);
  expect(planned.map((part) => part.firstSearch)).toEqual(planned.map((_, index) => index === 0));
  const older = planned.slice(1);
  const { least, most } = partBounds(searchPartPapers);
  for (const part of older) {
    expect(part.pages, part.folder).toBeGreaterThanOrEqual(least);
    expect(part.pages, part.folder).toBeLessThanOrEqual(most);
  }
  // Newest first: every older part's newest paper is no newer than the oldest of the part before it.
  for (let at = 1; at < older.length; at += 1) {
    expect((older[at]?.newest ?? '') <= (older[at - 1]?.oldest ?? ''), older[at]?.folder).toBe(true);
  }
  // The first part holds every note and post, and at least a part's worth of the newest papers.
  const corpus = buildCorpus(await readSeedDir(SITES.parts.seeds));
  const urls = planned.map((part) => [...readFragments(join(SITES.parts.outDir, 'pagefind', part.folder)).keys()]);
  const [first = [], ...rest] = urls;
  expect(first.filter((url) => url.startsWith('/posts/'))).toHaveLength(corpus.posts.length);
  expect(rest.flat().filter((url) => !url.startsWith('/papers/'))).toEqual([]);
  expect(first.filter((url) => url.startsWith('/papers/')).length).toBeGreaterThanOrEqual(searchPartPapers);
  // Its papers are the newest: none older than the newest paper of the next part.
  const days = new Map(corpus.papers.map((paper) => [encodeURI(`/papers/${paper.slug}/`), paper.date?.sortKey ?? ''] as const));
  const firstDays = first.flatMap((url) => (url.startsWith('/papers/') ? [days.get(url) ?? ''] : [])).sort();
  expect((firstDays[0] ?? '') >= (older[0]?.newest ?? ''), 'the first part has the newest papers').toBe(true);
});

test('the index reads each page as Pagefind reads the finished page: same text, metadata, filters and word counts', async () => {
  test.setTimeout(120_000);
  for (const site of [SITES.main, SITES.hostile, SITES.notes]) {
    const shipped = new Map<string, unknown>();
    for (const part of parts(site)) {
      for (const [url, fragment] of readFragments(join(site.outDir, 'pagefind', part.folder))) shipped.set(url, fragment);
    }

    const folder = mkdtempSync(join(tmpdir(), 'paper-notes-index-'));
    try {
      const created = await pagefind.createIndex({});
      expect(created.errors).toEqual([]);
      const added = await created.index?.addDirectory({ path: site.outDir, glob: INDEXED_FILES });
      expect(added?.errors).toEqual([]);
      expect((await created.index?.writeFiles({ outputPath: folder }))?.errors).toEqual([]);
      const read = readFragments(folder);
      expect([...shipped.keys()].sort(), site.outDir).toEqual([...read.keys()].sort());
      for (const [url, fragment] of read) expect(shipped.get(url), `${site.outDir} ${url}`).toEqual(fragment);
    } finally {
      await pagefind.close();
      rmSync(folder, { recursive: true, force: true });
    }
  }
});
