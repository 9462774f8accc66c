import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { parse } from 'node-html-parser';
import type { NewestChunk, NewestManifest } from '../../src/components/search/newest-order.ts';
import { buildCorpus } from '../../src/loader/corpus.ts';
import { readSeedDir } from '../../src/loader/read-seeds.ts';
import { SITES } from '../e2e/sites.ts';
import { listFiles, readPage } from './built-site.ts';

const site = SITES.main;

function readJson<T>(...path: string[]): T {
  return JSON.parse(readFileSync(join(site.outDir, ...path), 'utf8')) as T;
}

test('every paper and note is searchable and listed once in the newest-first order', async () => {
  const corpus = buildCorpus(await readSeedDir(site.seeds));
  const marked = listFiles(site.outDir).filter((file) => file.endsWith('.html') && parse(readPage(site.outDir, file)).querySelector('[data-pagefind-body]') !== null);
  expect(marked).toHaveLength(corpus.papers.length + corpus.posts.length);

  // The index reads only the files its glob names; a marked page outside it would be missing here.
  const entry = readJson<{ languages: Record<string, { page_count: number }> }>('pagefind', 'pagefind-entry.json');
  const indexed = Object.values(entry.languages).reduce((sum, { page_count }) => sum + page_count, 0);
  expect(indexed).toBe(marked.length);

  const manifest = readJson<NewestManifest>('search-order', 'newest.json');
  expect(manifest.pages).toBe(indexed);
  const ids = manifest.chunks.flatMap((name) => readJson<NewestChunk>('search-order', name).flatMap(([, dayIds]) => dayIds));
  expect(new Set(ids).size).toBe(indexed);
  expect(ids.filter((id) => !existsSync(join(site.outDir, 'pagefind', 'fragment', `${id}.pf_fragment`)))).toEqual([]);
});
