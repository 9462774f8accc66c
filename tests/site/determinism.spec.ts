import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { SITES } from '../e2e/sites.ts';
import { astroBuild, treeHashes } from './built-site.ts';

/** Builds the real seeds into a fresh folder with a fresh cache, so nothing carries over between builds. */
function buildInto(name: string): string {
  const outDir = join('.out', name);
  const cacheDir = join('.out', `${name}-cache`);
  rmSync(outDir, { recursive: true, force: true });
  rmSync(cacheDir, { recursive: true, force: true });
  astroBuild({ SEEDS_DIR: SITES.main.seeds, OUT_DIR: outDir, CACHE_DIR: cacheDir, BASE_PATH: '/', SITE_URL: 'https://notes.example.org' });
  return outDir;
}

test('two builds of the same content are byte-identical', () => {
  test.setTimeout(900_000);
  const first = treeHashes(buildInto('determinism-a'));
  const second = treeHashes(buildInto('determinism-b'));
  expect(Object.keys(first).length).toBeGreaterThan(300);
  expect(second).toEqual(first);
});
