/**
 * The parts of the search index a build keeps for the next (src/integrations/search-part-cache.ts):
 * taken only for the same planned pages and documents under the same Pagefind, never from a kept
 * folder that lost files, and only the last build's parts are kept. A real rebuild is tested in
 * tests/site/search-rebuild.spec.ts.
 */
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import {
  DocumentsDigest,
  openSearchPartCache,
  planDigest,
  removeBundle,
  removePartsFrom,
  type PartToKeep,
} from '../../src/integrations/search-part-cache.ts';

const ENGINE = 'pagefind 1.6.0 {}';
const scratch = await mkdtemp(join(tmpdir(), 'search-part-cache-'));
after(() => rm(scratch, { recursive: true, force: true }));

/** A written first part's folder: Pagefind's files, and the other parts and the manifest beside them. */
async function writtenPart(dir: string, text: string): Promise<void> {
  await mkdir(join(dir, 'fragment'), { recursive: true });
  await mkdir(join(dir, 'part-1'), { recursive: true });
  await writeFile(join(dir, 'pagefind-entry.json'), text);
  await writeFile(join(dir, 'fragment', 'en_1.pf_fragment'), `${text} fragment`);
  await writeFile(join(dir, 'part-1', 'pagefind-entry.json'), 'another part');
  await writeFile(join(dir, 'parts.json'), 'the manifest');
}

function partToKeep(paths: string[], documents: string[]): PartToKeep {
  const digest = new DocumentsDigest();
  const each = documents.map((html) => digest.add({ url: `/${paths[0]}`, html }));
  return { plan: planDigest(paths), documents: digest.digest(), each, ids: [[`/${paths[0]}`, 'en_1']] };
}

/** A cache in `name` holding one part written as `text`. */
async function cacheWith(name: string, part: PartToKeep, text = 'entry'): Promise<{ cacheDir: string; written: string }> {
  const cacheDir = join(scratch, name);
  const written = join(scratch, `${name}-out`);
  await writtenPart(written, text);
  const cache = await openSearchPartCache(cacheDir, ENGINE);
  assert.equal(cache.candidate(part.plan), null);
  await cache.keep(part, written);
  assert.deepEqual(await cache.save(), { reused: 0 });
  return { cacheDir, written };
}

describe("the search index's folder kept from the last build", () => {
  it("loses a part's own files before the part is written again, and the parts past the build's", async () => {
    const dir = join(scratch, 'kept-output', 'pagefind');
    await writtenPart(dir, 'last build');
    for (const part of ['part-2', 'part-10']) {
      await mkdir(join(dir, part), { recursive: true });
      await writeFile(join(dir, part, 'pagefind-entry.json'), part);
    }
    await removeBundle(dir);
    assert.deepEqual((await readdir(dir)).sort(), ['part-1', 'part-10', 'part-2', 'parts.json']);
    await removePartsFrom(dir, 3);
    assert.deepEqual((await readdir(dir)).sort(), ['part-1', 'part-2', 'parts.json']);
  });
});

describe('the search part cache', () => {
  it('gives a part back for the same plan under the same engine, as shared files of its own only', async () => {
    const part = partToKeep(['papers/a/'], ['<p>a</p>']);
    const { cacheDir, written } = await cacheWith('same', part);
    const next = await openSearchPartCache(cacheDir, ENGINE);
    const candidate = next.candidate(part.plan);
    assert.deepEqual(candidate, { ...part, files: 2 });
    const restored = join(scratch, 'same-restored');
    assert.equal(await next.restore(candidate, restored), true);
    assert.deepEqual((await readdir(restored)).sort(), ['fragment', 'pagefind-entry.json']);
    assert.equal(await readFile(join(restored, 'fragment', 'en_1.pf_fragment'), 'utf8'), 'entry fragment');
    assert.equal((await stat(join(restored, 'pagefind-entry.json'))).ino, (await stat(join(written, 'pagefind-entry.json'))).ino);
    await next.keep(part, restored);
    assert.deepEqual(await next.save(), { reused: 1 });
    assert.deepEqual((await openSearchPartCache(cacheDir, ENGINE)).candidate(part.plan), { ...part, files: 2 }, 'kept again');
  });

  it('is not used by another Pagefind, other settings, or from an index of another shape', async () => {
    const part = partToKeep(['papers/a/'], ['<p>a</p>']);
    const { cacheDir } = await cacheWith('engine', part);
    assert.equal((await openSearchPartCache(cacheDir, 'pagefind 1.7.0 {}')).candidate(part.plan), null);
    assert.equal((await openSearchPartCache(cacheDir, 'pagefind 1.6.0 {"forceLanguage":"en"}')).candidate(part.plan), null);
    assert.notEqual((await openSearchPartCache(cacheDir, ENGINE)).candidate(part.plan), null);
    // As the first version wrote it: no format, no digest of each document.
    const firstVersion = { engine: ENGINE, parts: [{ plan: part.plan, documents: part.documents, ids: part.ids }] };
    await writeFile(join(cacheDir, 'search-parts', 'parts.json'), JSON.stringify(firstVersion));
    assert.equal((await openSearchPartCache(cacheDir, ENGINE)).candidate(part.plan), null);
  });

  it('refuses a kept folder that is gone or lost a file, leaving none of its files behind', async () => {
    const part = partToKeep(['papers/a/'], ['<p>a</p>']);
    const { cacheDir } = await cacheWith('lost', part);
    const folder = join(cacheDir, 'search-parts', part.documents);
    await rm(join(folder, 'fragment', 'en_1.pf_fragment'));
    const next = await openSearchPartCache(cacheDir, ENGINE);
    const candidate = next.candidate(part.plan);
    assert.ok(candidate);
    const restored = join(scratch, 'lost-restored');
    await mkdir(join(restored, 'part-1'), { recursive: true });
    assert.equal(await next.restore(candidate, restored), false);
    assert.deepEqual(await readdir(restored), ['part-1'], 'only the other part is left');
    await rm(folder, { recursive: true });
    assert.equal(await next.restore(candidate, restored), false);
    // Indexed instead, the part is kept anew from what this build wrote.
    await writtenPart(join(scratch, 'lost-out-2'), 'rewritten');
    await next.keep(part, join(scratch, 'lost-out-2'));
    assert.deepEqual(await next.save(), { reused: 0 });
    assert.equal(await readFile(join(folder, 'pagefind-entry.json'), 'utf8'), 'rewritten');
  });

  it('keeps only the parts of the last build, and tells documents apart by their text and order', async () => {
    const old = partToKeep(['papers/a/'], ['<p>a</p>']);
    const { cacheDir } = await cacheWith('prune', old, 'old');
    const edited = partToKeep(['papers/a/'], ['<p>a, edited</p>']);
    assert.equal(edited.plan, old.plan);
    assert.notEqual(edited.documents, old.documents);
    assert.notEqual(
      partToKeep(['papers/a/'], ['<p>x</p>', '<p>y</p>']).documents,
      partToKeep(['papers/a/'], ['<p>y</p>', '<p>x</p>']).documents,
    );
    const next = await openSearchPartCache(cacheDir, ENGINE);
    assert.equal(next.candidate(edited.plan)?.documents, old.documents, 'a candidate, which the writer then finds changed');
    await writtenPart(join(scratch, 'prune-out-2'), 'new');
    await next.keep(edited, join(scratch, 'prune-out-2'));
    await next.save();
    const folders = (await readdir(join(cacheDir, 'search-parts'))).filter((name) => name !== 'parts.json');
    assert.deepEqual(folders, [edited.documents]);
    assert.equal((await openSearchPartCache(cacheDir, ENGINE)).candidate(old.plan)?.documents, edited.documents);
  });
});
