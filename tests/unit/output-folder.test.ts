/**
 * The output folder kept between builds (src/integrations/output-folder.ts): at the end of a build,
 * what the build did not write is removed, and what it wrote, copied over or linked stays.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { copyFile, link, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { changedSince, fileSystemNow, removeOlderFiles } from '../../src/integrations/output-folder.ts';

let dir = '';
let outDir = '';
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'output-folder-'));
  outDir = join(dir, 'out');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function put(root: string, file: string, text = file): Promise<string> {
  const path = join(root, file);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, text);
  return path;
}

/** Every file and folder under `root`, relative, sorted. */
async function listing(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries.map((entry) => join(entry.parentPath, entry.name).slice(root.length + 1) + (entry.isDirectory() ? '/' : '')).sort();
}

/** Writes the last build's files, then starts a build: the pause keeps the two apart on a coarse file system clock. */
async function startAfter(files: readonly string[]): Promise<number> {
  for (const file of files) await put(outDir, file, `old ${file}`);
  await sleep(30);
  return fileSystemNow(outDir);
}

describe('the output folder kept between builds', () => {
  it('removes what this build did not write, and the folders left empty', async () => {
    const since = await startAfter([
      'index.html',
      'papers/kept/index.html',
      'papers/gone/index.html',
      'tags/gone/page/2/index.html',
      '_astro/old.css',
      '_astro/new.css',
    ]);
    await put(outDir, 'index.html', 'written again');
    await put(outDir, 'papers/kept/index.html', 'written again');
    await put(outDir, '_astro/new.css', 'written again');
    await put(outDir, 'papers/new/index.html');

    assert.equal(await removeOlderFiles(outDir, since), 3);
    assert.deepEqual(await listing(outDir), [
      '_astro/',
      '_astro/new.css',
      'index.html',
      'papers/',
      'papers/kept/',
      'papers/kept/index.html',
      'papers/new/',
      'papers/new/index.html',
    ]);
  });

  it('keeps files copied over or hard-linked into place during the build', async () => {
    const cache = join(dir, 'cache');
    const cached = await put(cache, 'pagefind/part-1/index.pf_index', 'kept part');
    const restored = await put(cache, 'papers/restored/index.html', 'restored page');
    await put(outDir, 'pagefind/part-1/index.pf_index', 'kept part');
    const since = await startAfter(['papers/restored/index.html']);
    // A kept search part's file is linked from the cache, whose own file is older than the build.
    await rm(join(outDir, 'pagefind/part-1/index.pf_index'));
    await link(cached, join(outDir, 'pagefind/part-1/index.pf_index'));
    // Astro restores a page by copying its cached copy over the last build's file.
    await copyFile(restored, join(outDir, 'papers/restored/index.html'));

    assert.equal(changedSince(join(outDir, 'pagefind/part-1/index.pf_index'), since), true);
    assert.equal(await removeOlderFiles(outDir, since), 0);
    assert.deepEqual(await listing(outDir), [
      'pagefind/',
      'pagefind/part-1/',
      'pagefind/part-1/index.pf_index',
      'papers/',
      'papers/restored/',
      'papers/restored/index.html',
    ]);
  });

  it("keeps the build's pages that Astro left in place", async () => {
    const since = await startAfter(['papers/left/index.html', 'papers/gone/index.html', 'index.html']);
    const pages = new Set(['papers/left/index.html', 'index.html']);
    assert.equal(await removeOlderFiles(outDir, since, pages), 1);
    assert.deepEqual(await listing(outDir), ['index.html', 'papers/', 'papers/left/', 'papers/left/index.html']);
  });

  it('spares a git checkout, as Astro does, and the search index, which its writer tidies', async () => {
    const since = await startAfter(['.git/HEAD', 'pagefind/part-1/pagefind-entry.json', 'old/index.html']);
    assert.equal(await removeOlderFiles(outDir, since), 1);
    assert.deepEqual(await listing(outDir), ['.git/', '.git/HEAD', 'pagefind/', 'pagefind/part-1/', 'pagefind/part-1/pagefind-entry.json']);
  });

  it('knows a page left in place by its composed name, as a file system may give it decomposed', async () => {
    const decomposed = 'papers/양자화/index.html'.normalize('NFD');
    const since = await startAfter([decomposed]);
    assert.equal(await removeOlderFiles(outDir, since, new Set(['papers/양자화/index.html'.normalize('NFC')])), 0);
    assert.equal(existsSync(join(outDir, decomposed)), true);
  });

  it('tells a file of this build from one of an earlier build, and a missing one from both', async () => {
    const since = await startAfter(['earlier.html']);
    await put(outDir, 'now.html');
    assert.equal(changedSince(join(outDir, 'earlier.html'), since), false);
    assert.equal(changedSince(join(outDir, 'now.html'), since), true);
    assert.equal(changedSince(join(outDir, 'missing.html'), since), false);
  });

  it('leaves no mark of its clock in the folder, and copes with a folder not made yet', async () => {
    const since = fileSystemNow(outDir);
    assert.ok(Number.isFinite(since));
    assert.deepEqual(await readdir(outDir), []);
    assert.equal(await removeOlderFiles(join(dir, 'never-made'), since), 0);
    assert.equal(existsSync(join(dir, 'never-made')), false);
  });
});
