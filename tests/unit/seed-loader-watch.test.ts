/**
 * The seed loader during `astro dev`: a reload that starts while an earlier one is still storing its
 * records must not let the earlier one put back what the later one removed; a change the file watcher
 * never reports still reaches the store; and a collection loaded again keeps one watch, not two.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, it } from 'node:test';
import type { LoaderContext } from 'astro/loaders';
import { seedLoader } from '../../src/loader/astro-loader.ts';

const dump = (title: string) => `2025년 3월 1일\n${title}\n(A. Author)\n한국어 코멘트입니다.\n#x\n`;
const KEPT = 'A Paper That Stays';
const ADDED = 'A Paper Added And Removed';
const KEPT_ID = 'a-paper-that-stays';
const ADDED_ID = 'a-paper-added-and-removed';

/** Opens when the test says so; until then, parsing the added paper's record waits on it. */
function gate(): { wait: Promise<void>; open: () => void } {
  let open = () => {};
  const wait = new Promise<void>((resolve) => (open = resolve));
  return { wait, open };
}

/** The parts of Astro's loader context the seed loader uses, with a watcher the test drives by hand. */
function fakeContext(parseGate: Promise<void>) {
  const records = new Map<string, unknown>();
  const meta = new Map<string, string>();
  const watcher = Object.assign(new EventEmitter(), { add: () => watcher });
  let syncsEnded = 0;
  let gateArmed = false;
  const warnings: string[] = [];
  const context = {
    collection: 'papers',
    logger: { info: () => {}, warn: (message: string) => warnings.push(message), error: () => {}, debug: () => {} },
    generateDigest: (data: unknown) =>
      createHash('sha256')
        .update(typeof data === 'string' ? data : JSON.stringify(data))
        .digest('hex'),
    parseData: async ({ id, data }: { id: string; data: Record<string, unknown> }) => {
      if (gateArmed && id === ADDED_ID) await parseGate;
      return data;
    },
    store: {
      set: ({ id, data }: { id: string; data: unknown }) => records.set(id, data),
      keys: () => [...records.keys()],
      delete: (id: string) => records.delete(id),
    },
    meta: {
      has: (key: string) => {
        // A load without problems ends by looking for a problems note to clear.
        syncsEnded += 1;
        return meta.has(key);
      },
      set: (key: string, value: string) => meta.set(key, value),
      delete: (key: string) => meta.delete(key),
    },
    watcher,
  };
  return {
    context: context as unknown as LoaderContext,
    records,
    watcher,
    armGate: () => (gateArmed = true),
    syncsEnded: () => syncsEnded,
    warnings,
  };
}

async function until(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

let dir = '';
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'seeds-watch-'));
  await writeFile(join(dir, '001_kept.txt'), dump(KEPT));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

it('a dump removed while the reload that added it is still storing ends up gone', async () => {
  const parsing = gate();
  const fake = fakeContext(parsing.wait);
  // Checks of the folder's listing far apart, so that only the watcher's events drive these reloads.
  await seedLoader('papers', { dir, checkMs: 60_000 }).load(fake.context);
  assert.deepEqual([...fake.records.keys()], [KEPT_ID]);

  // The added dump's reload stops at the added paper's record…
  fake.armGate();
  await writeFile(join(dir, '002_added.txt'), dump(ADDED));
  fake.watcher.emit('add', join(dir, '002_added.txt'));
  // Past the loader's settle time: the first reload has read the folder and waits.
  await new Promise((resolve) => setTimeout(resolve, 300));

  // …the dump is removed, and the next reload gets its turn while the first still waits.
  await rm(join(dir, '002_added.txt'));
  fake.watcher.emit('unlink', join(dir, '002_added.txt'));
  await new Promise((resolve) => setTimeout(resolve, 300));
  parsing.open();

  await until(() => fake.syncsEnded() === 3, 'both reloads to end');
  assert.deepEqual([...fake.records.keys()], [KEPT_ID]);
});

it('a dump added and removed without a word from the file watcher still comes and goes', async () => {
  const fake = fakeContext(Promise.resolve());
  await seedLoader('papers', { dir, checkMs: 50 }).load(fake.context);
  assert.deepEqual([...fake.records.keys()], [KEPT_ID]);

  await writeFile(join(dir, '003_unreported.txt'), dump(ADDED));
  await until(() => fake.records.has(ADDED_ID), 'the unreported dump to be stored');
  await rm(join(dir, '003_unreported.txt'));
  await until(() => !fake.records.has(ADDED_ID), 'the unreported removal to reach the store');
  assert.deepEqual([...fake.records.keys()], [KEPT_ID]);
  assert.match(fake.warnings.join('\n'), /The file watcher did not report a change in .*seeds-watch-/u);
});

it('a collection loaded again is reloaded once per change, by its newest load', async () => {
  const first = fakeContext(Promise.resolve());
  const second = fakeContext(Promise.resolve());
  await seedLoader('papers', { dir, checkMs: 60_000 }).load(first.context);
  await seedLoader('papers', { dir, checkMs: 60_000 }).load(second.context);
  const [firstEnded, secondEnded] = [first.syncsEnded(), second.syncsEnded()];

  await writeFile(join(dir, '004_edited.txt'), dump(ADDED));
  first.watcher.emit('add', join(dir, '004_edited.txt'));
  second.watcher.emit('add', join(dir, '004_edited.txt'));
  await until(() => second.records.has(ADDED_ID), 'the newest load to store the dump');
  await new Promise((resolve) => setTimeout(resolve, 300));
  assert.equal(second.syncsEnded(), secondEnded + 1);
  assert.equal(first.syncsEnded(), firstEnded, 'the replaced watch reloaded too');
  await rm(join(dir, '004_edited.txt'));
});

it('a dump added while the first load is still storing is loaded after it', async () => {
  const parsing = gate();
  const fake = fakeContext(parsing.wait);
  fake.armGate();
  // The first load waits at the added paper's record, once it has read the folder.
  await writeFile(join(dir, '005_first.txt'), dump(ADDED));
  const loading = seedLoader('papers', { dir, checkMs: 50 }).load(fake.context);
  await new Promise((resolve) => setTimeout(resolve, 200));
  // Written after the load read the folder, before it ends: no watcher is listening yet.
  await writeFile(join(dir, '006_during-load.txt'), dump('A Paper Written During The Load'));
  parsing.open();
  await loading;
  await until(() => fake.records.has('a-paper-written-during-the-load'), 'the dump written during the load to be stored');
  await rm(join(dir, '005_first.txt'));
  await rm(join(dir, '006_during-load.txt'));
});
