import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from '@playwright/test';

/**
 * The tests' own Astro processes, builds and dev servers, run one at a time. Every Astro process of
 * the project shares `.astro/`, whatever its content and cache folders:
 * - a build writes its MDX entries' modules to `.astro/content-modules.mjs` and reads the file back
 *   while it bundles, so a build of other notes beside it lost its notes' modules (seen in a
 *   fresh-clone run: "Unexpected error while rendering → kv-cache-quantization");
 * - a dev server writes that file when it starts and on every content change, and watches it: a
 *   build beside it made it reload its pages, which lost what a test had typed and aborted a
 *   navigation of another.
 * The test sites' builds at the start need no lock: Playwright starts its web servers one by one.
 */
const LOCK = join('.out', 'astro-process.lock');
const GIVE_UP_MS = 30 * 60_000;
const POLL_MS = 200;

function processRuns(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** A lock with no pid this long after it was made lost its holder between making it and writing the pid. */
const PIDLESS_MS = 10_000;

/** Tries once to take the lock; a lock whose process is gone is removed for the next try. */
function tryTake(): boolean {
  mkdirSync('.out', { recursive: true });
  try {
    mkdirSync(LOCK);
    writeFileSync(join(LOCK, 'pid'), String(process.pid));
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  try {
    const holder = Number(readFileSync(join(LOCK, 'pid'), 'utf8'));
    if (holder > 0 && !processRuns(holder)) rmSync(LOCK, { recursive: true, force: true });
  } catch (error) {
    // Released since, or taken and its pid not yet written.
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    const made = statSync(LOCK, { throwIfNoEntry: false })?.mtimeMs;
    if (made !== undefined && Date.now() - made > PIDLESS_MS) rmSync(LOCK, { recursive: true, force: true });
  }
  return false;
}

/**
 * Waits until no other test's Astro process runs and takes the lock; returns its release. Blocks the
 * worker while it waits, as the builds that take it run synchronously anyway. The wait is added to
 * `timeLimit`, the running test's time limit unless given: in a hook, Playwright reports the test's
 * limit, not the hook's, so a hook passes its own. Another test's dev server is no slowness of this one.
 */
export function takeAstroLock(timeLimit = test.info().timeout): () => void {
  const started = Date.now();
  while (!tryTake()) {
    if (Date.now() - started > GIVE_UP_MS) throw new Error(`${LOCK} held for 30 minutes by another test`);
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, POLL_MS);
  }
  const release = () => {
    rmSync(LOCK, { recursive: true, force: true });
  };
  try {
    // Before the worker's event loop runs again, so a time limit passed during the wait does not fire.
    if (timeLimit > 0) test.setTimeout(timeLimit + (Date.now() - started));
  } catch (error) {
    release();
    throw error;
  }
  return release;
}
