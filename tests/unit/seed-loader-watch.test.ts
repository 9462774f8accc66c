/**
 * The seed loader during `astro dev`: a reload that starts while an earlier one is still storing its
 * records must not let the earlier one put back what the later one removed.
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
  const context = {
    collection: 'papers',
    logger: { info: () => {}, warn: () => {}, error: () => {}, debug: () => {} },
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
  await seedLoader('papers', { dir }).load(fake.context);
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
