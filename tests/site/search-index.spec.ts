import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { parse } from 'node-html-parser';
import { ORDER_NAMES } from '../../src/components/search/fields.ts';
import { type OrderChunk, type OrderManifest, orderManifest } from '../../src/components/search/sort-order.ts';
import { buildCorpus } from '../../src/loader/corpus.ts';
import { readSeedDir } from '../../src/loader/read-seeds.ts';
import { SITES } from '../e2e/sites.ts';
import { listFiles, readPage } from './built-site.ts';

const site = SITES.main;

function readJson<T>(...path: string[]): T {
  return JSON.parse(readFileSync(join(site.outDir, ...path), 'utf8')) as T;
}

test('every paper and note is searchable and listed once in every order', async () => {
  const corpus = buildCorpus(await readSeedDir(site.seeds));
  const marked = listFiles(site.outDir).filter((file) => file.endsWith('.html') && parse(readPage(site.outDir, file)).querySelector('[data-pagefind-body]') !== null);
  expect(marked).toHaveLength(corpus.papers.length + corpus.posts.length);

  // The index reads only the files its glob names; a marked page outside it would be missing here.
  const entry = readJson<{ languages: Record<string, { page_count: number }> }>('pagefind', 'pagefind-entry.json');
  const indexed = Object.values(entry.languages).reduce((sum, { page_count }) => sum + page_count, 0);
  expect(indexed).toBe(marked.length);

  for (const order of ORDER_NAMES) {
    const manifest = readJson<OrderManifest>('search-order', orderManifest(order));
    expect(manifest.pages, order).toBe(indexed);
    const ids = manifest.chunks.flatMap((name) => readJson<OrderChunk>('search-order', name).flatMap(([, keyIds]) => keyIds));
    expect(new Set(ids).size, order).toBe(indexed);
    expect(ids.filter((id) => !existsSync(join(site.outDir, 'pagefind', 'fragment', `${id}.pf_fragment`)))).toEqual([]);
  }

  // Most upvoted first: the first key is the seeds' highest count, and only papers without upvotes come last.
  const upvotes = readJson<OrderManifest>('search-order', orderManifest('upvotes'));
  const keys = upvotes.chunks.flatMap((name) => readJson<OrderChunk>('search-order', name).map(([key]) => key));
  const counts = corpus.papers.flatMap((paper) => (paper.upvotes === null ? [] : [paper.upvotes]));
  expect(keys[0]).toBe(String(Math.max(...counts)));
  expect(keys.at(-1)).toBe('');
  expect(keys.slice(0, -1).map(Number)).toEqual([...new Set(counts)].sort((a, b) => b - a));
});
