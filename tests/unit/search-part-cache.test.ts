/**
 * The parts of the search index a build keeps for the next (src/integrations/search-part-cache.ts):
 * taken only for the same planned pages and documents under the same Pagefind, and only the last
 * build's parts are kept. A real rebuild is tested in tests/site/search-rebuild.spec.ts.
 */
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { DocumentsDigest, openSearchPartCache, planDigest, type KeptPart } from '../../src/integrations/search-part-cache.ts';

const ENGINE = 'pagefind 1.6.0 {}';
const scratch = await mkdtemp(join(tmpdir(), 'search-part-cache-'));
after(() => rm(scratch, { recursive: true, force: true }));

/** A written part's folder: Pagefind's files, and (for the first part) the other parts and the manifest beside them. */
async function writtenPart(dir: string, text: string): Promise<void> {
  await mkdir(join(dir, 'fragment'), { recursive: true });
  await mkdir(join(dir, 'part-1'), { recursive: true });
  await writeFile(join(dir, 'pagefind-entry.json'), text);
  await writeFile(join(dir, 'fragment', 'en_1.pf_fragment'), `${text} fragment`);
  await writeFile(join(dir, 'part-1', 'pagefind-entry.json'), 'another part');
  await writeFile(join(dir, 'parts.json'), 'the manifest');
}

function keptPart(paths: string[], documents: string[]): KeptPart {
  const digest = new DocumentsDigest();
  const each = documents.map((html) => digest.add({ url: `/${paths[0]}`, html }));
  return { plan: planDigest(paths), documents: digest.digest(), each, ids: [[`/${paths[0]}`, 'en_1']] };
}

describe('the search part cache', () => {
  it('gives a part back for the same plan under the same engine, as shared files of its own bundle only', async () => {
    const cacheDir = join(scratch, 'same');
    const part = keptPart(['papers/a/'], ['<p>a</p>']);
    const written = join(scratch, 'same-out-1');
    await writtenPart(written, 'entry');
    const first = await openSearchPartCache(cacheDir, ENGINE);
    assert.equal(first.candidate(part.plan), null);
    await first.keep(part, written);
    assert.deepEqual(await first.save(), { reused: 0 });

    const second = await openSearchPartCache(cacheDir, ENGINE);
    const candidate = second.candidate(part.plan);
    assert.deepEqual(candidate, part);
    const restored = join(scratch, 'same-out-2');
    await second.restore(part, restored);
    assert.deepEqual((await readdir(restored)).sort(), ['fragment', 'pagefind-entry.json']);
    assert.equal(await readFile(join(restored, 'fragment', 'en_1.pf_fragment'), 'utf8'), 'entry fragment');
    assert.equal((await stat(join(restored, 'pagefind-entry.json'))).ino, (await stat(join(written, 'pagefind-entry.json'))).ino);
    await second.keep(part, restored);
    assert.deepEqual(await second.save(), { reused: 1 });
  });

  it('is not used by another Pagefind, other settings, or from an index of another shape', async () => {
    const cacheDir = join(scratch, 'engine');
    const part = keptPart(['papers/a/'], ['<p>a</p>']);
    const written = join(scratch, 'engine-out');
    await writtenPart(written, 'entry');
    const first = await openSearchPartCache(cacheDir, ENGINE);
    await first.keep(part, written);
    await first.save();
    assert.equal((await openSearchPartCache(cacheDir, 'pagefind 1.7.0 {}')).candidate(part.plan), null);
    assert.equal((await openSearchPartCache(cacheDir, 'pagefind 1.6.0 {"forceLanguage":"en"}')).candidate(part.plan), null);
    assert.deepEqual((await openSearchPartCache(cacheDir, ENGINE)).candidate(part.plan), part);
    // As the first version wrote it: no format, no digest of each document.
    const firstVersion = { engine: ENGINE, parts: [{ plan: part.plan, documents: part.documents, ids: part.ids }] };
    await writeFile(join(cacheDir, 'search-parts', 'parts.json'), JSON.stringify(firstVersion));
    assert.equal((await openSearchPartCache(cacheDir, ENGINE)).candidate(part.plan), null);
  });

  it('keeps only the parts of the last build, and tells documents apart by their text and order', async () => {
    const cacheDir = join(scratch, 'prune');
    const old = keptPart(['papers/a/'], ['<p>a</p>']);
    const first = await openSearchPartCache(cacheDir, ENGINE);
    await writtenPart(join(scratch, 'prune-out-1'), 'old');
    await first.keep(old, join(scratch, 'prune-out-1'));
    await first.save();

    const edited = keptPart(['papers/a/'], ['<p>a, edited</p>']);
    assert.equal(edited.plan, old.plan);
    assert.notEqual(edited.documents, old.documents);
    assert.notEqual(
      keptPart(['papers/a/'], ['<p>x</p>', '<p>y</p>']).documents,
      keptPart(['papers/a/'], ['<p>y</p>', '<p>x</p>']).documents,
    );
    const second = await openSearchPartCache(cacheDir, ENGINE);
    assert.equal(second.candidate(edited.plan)?.documents, old.documents, 'a candidate, which the writer then finds changed');
    await writtenPart(join(scratch, 'prune-out-2'), 'new');
    await second.keep(edited, join(scratch, 'prune-out-2'));
    await second.save();
    const folders = (await readdir(join(cacheDir, 'search-parts'))).filter((name) => name !== 'parts.json');
    assert.deepEqual(folders, [edited.documents]);
    assert.equal((await openSearchPartCache(cacheDir, ENGINE)).candidate(old.plan)?.documents, edited.documents);
  });
});
