/**
 * What a rebuild's search index knows of the pages before they render (src/integrations/restored-pages.ts):
 * which pages Astro will restore, from the cache keys the last build kept, and which have new data of their own.
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import type { PlannedPage } from '../../src/integrations/page-tap.ts';
import { forecastRestoredPages, saveCacheKeys } from '../../src/integrations/restored-pages.ts';

const indexed = (path: string) => path.startsWith('papers/');

let cacheDir = '';
beforeEach(async () => {
  cacheDir = await mkdtemp(join(tmpdir(), 'restored-pages-'));
});
afterEach(async () => {
  await rm(cacheDir, { recursive: true, force: true });
});

const LAST: PlannedPage[] = [
  { path: 'papers/kept/', cacheKey: 'own1.whole1' },
  { path: 'papers/lists-moved/', cacheKey: 'own2.whole2' },
  { path: 'papers/new-source/', cacheKey: 'own3.whole3' },
  { path: 'papers/unsplit/', cacheKey: 'whole4' },
  { path: 'tags/kv-cache/', cacheKey: 'tag' },
  { path: 'papers/no-key/' },
];
const NOW: PlannedPage[] = [
  { path: 'papers/kept/', cacheKey: 'own1.whole1' },
  { path: 'papers/lists-moved/', cacheKey: 'own2.other' },
  { path: 'papers/new-source/', cacheKey: 'renewed.other' },
  { path: 'papers/unsplit/', cacheKey: 'whole4' },
  { path: 'tags/kv-cache/', cacheKey: 'tag' },
  { path: 'papers/no-key/' },
  { path: 'papers/brand-new/', cacheKey: 'own5.whole5' },
];

describe('restored pages', () => {
  it('forecast nothing without a last build', () => {
    assert.deepEqual(forecastRestoredPages(cacheDir, NOW, indexed), { copies: new Map(), renewed: new Set() });
  });

  it('forecast the wanted pages whose key is the last build’s, at Astro’s copies', () => {
    saveCacheKeys(cacheDir, LAST, indexed);
    assert.deepEqual(
      forecastRestoredPages(cacheDir, NOW, indexed).copies,
      new Map([
        ['papers/kept/', join(cacheDir, 'dist', 'papers/kept/index.html')],
        ['papers/unsplit/', join(cacheDir, 'dist', 'papers/unsplit/index.html')],
      ]),
    );
  });

  it('tell pages whose own record changed from those whose lists moved', () => {
    saveCacheKeys(cacheDir, LAST, indexed);
    assert.deepEqual(forecastRestoredPages(cacheDir, NOW, indexed).renewed, new Set(['papers/new-source/']));
  });

  it('read no keys file of another shape', async () => {
    saveCacheKeys(cacheDir, LAST, indexed);
    await writeFile(
      join(cacheDir, 'search-pages', 'cache-keys.json'),
      JSON.stringify({ format: 0, keys: { 'papers/kept/': 'own1.whole1' } }),
    );
    assert.deepEqual(forecastRestoredPages(cacheDir, NOW, indexed), { copies: new Map(), renewed: new Set() });
  });
});
