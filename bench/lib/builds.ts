/**
 * The builds the benchmark times: this site on a corpus, the same site rebuilt after one more
 * dump, and the framework floors. Every other build starts from empty output and cache folders,
 * so it is a full one.
 */
import { rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { folderSize } from './disk.ts';
import { prepareFloor, type FloorKind } from './floors.ts';
import { runMeasured, type MeasuredRun } from './measured-run.ts';
import type { FloorResult } from './results.ts';

/** Where and how one corpus size's builds run. */
export interface BuildPlace {
  /** This project's folder. */
  readonly root: string;
  /** Scratch folder for outputs, caches, logs and floor projects (bench/.work). */
  readonly work: string;
  /** The corpus size's label, used in folder and log names. */
  readonly label: string;
  readonly timeoutMs: number;
  /** NODE_OPTIONS for the build processes, as the reader's shell set it. */
  readonly nodeOptions: string | undefined;
}

/** V8's default heap limit (about 4 GiB here) ends large builds with one of these lines. */
export const HEAP_LIMIT = /JavaScript heap out of memory|Reached heap limit/u;
/** The heap a floor is retried with when the default one runs out; the machine has 24 GiB. */
const FLOOR_HEAP_MIB = 16_384;

function astroBin(root: string): string {
  return join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
}

async function emptied(...dirs: string[]): Promise<void> {
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
}

/** What went wrong with a measured run, with the end of its log. */
export function runProblem(root: string, what: string, run: MeasuredRun): string {
  const how = run.timedOut ? `timed out after ${(run.wallMs / 1000).toFixed(0)} s` : `exited with ${run.exitCode ?? run.signal}`;
  const hint = HEAP_LIMIT.test(run.tail)
    ? ' Node ran out of heap: NODE_OPTIONS=--max-old-space-size=<MiB> raises the limit for the builds the benchmark runs.'
    : '';
  return `**${what} ${how}.**${hint} Log: \`${relative(root, run.logFile)}\`\n\n\`\`\`\n${run.tail}\n\`\`\``;
}

/**
 * A full build of this site from `seedsDir`; the output stays for measuring. The cache stays too
 * when `keepCache`, for a rebuild (rebuildSite), and is removed otherwise.
 */
export async function buildSite(place: BuildPlace, seedsDir: string, keepCache = false): Promise<{ run: MeasuredRun; outDir: string }> {
  const outDir = join(place.work, 'out', place.label);
  const cacheDir = join(place.work, 'cache', place.label);
  await emptied(outDir, cacheDir);
  const run = await runSite(place, seedsDir, outDir, cacheDir, 'site');
  if (!keepCache) await emptied(cacheDir);
  return { run, outDir };
}

/**
 * The build a researcher runs after adding a dump: over the output and cache a full build left
 * (buildSite with `keepCache`), with everything Astro and the site reuse from them. Removes the cache.
 */
export async function rebuildSite(place: BuildPlace, seedsDir: string): Promise<MeasuredRun> {
  const outDir = join(place.work, 'out', place.label);
  const cacheDir = join(place.work, 'cache', place.label);
  try {
    return await runSite(place, seedsDir, outDir, cacheDir, 'rebuild');
  } finally {
    await emptied(cacheDir);
  }
}

async function runSite(place: BuildPlace, seedsDir: string, outDir: string, cacheDir: string, log: string): Promise<MeasuredRun> {
  return runMeasured([process.execPath, astroBin(place.root), 'build'], {
    cwd: place.root,
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      SEEDS_DIR: seedsDir,
      OUT_DIR: outDir,
      CACHE_DIR: cacheDir,
      BASE_PATH: '/',
      NODE_OPTIONS: place.nodeOptions,
    },
    timeoutMs: place.timeoutMs,
    logFile: join(place.work, 'logs', `${place.label}-${log}.log`),
  });
}

/** A full build of one floor with `pages` pages; its output is checked for the page count, then removed. */
export async function buildFloor(
  place: BuildPlace,
  kind: FloorKind,
  pages: number,
  onRetry: (message: string) => void,
): Promise<FloorResult> {
  const outDir = join(place.work, 'out', `floor-${kind}-${place.label}`);
  const cacheDir = join(place.work, 'cache', `floor-${kind}-${place.label}`);
  try {
    const dir = await prepareFloor(place.work, kind, pages, join(place.root, 'node_modules'));
    const build = async (nodeOptions: string | undefined) => {
      await emptied(outDir, cacheDir);
      return runMeasured([process.execPath, astroBin(place.root), 'build'], {
        cwd: dir,
        env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', OUT_DIR: outDir, CACHE_DIR: cacheDir, NODE_OPTIONS: nodeOptions },
        timeoutMs: place.timeoutMs,
        logFile: join(place.work, 'logs', `${place.label}-floor-${kind}.log`),
      });
    };
    let run = await build(place.nodeOptions);
    let heapNote: string | null = null;
    // The floor is a reference point: if plain Astro needs more heap than Node's default for this
    // many pages, measure it with more rather than report no floor at all.
    if (!run.ok && HEAP_LIMIT.test(run.tail)) {
      const raised = `${place.nodeOptions ?? ''} --max-old-space-size=${FLOOR_HEAP_MIB}`.trim();
      onRetry(`the .${kind} floor ran out of heap; building it again with NODE_OPTIONS=${raised}`);
      run = await build(raised);
      heapNote = `ran out of Node's heap and was measured again with NODE_OPTIONS=${raised}`;
    }
    const built = run.ok ? (await folderSize(outDir)).htmlFiles : 0;
    const error = run.ok && built !== pages ? `the .${kind} floor wrote ${built} pages, expected ${pages}` : null;
    return { kind, pages, run, error, heapNote };
  } catch (error) {
    return { kind, pages, run: null, error: `the .${kind} floor could not be prepared: ${String(error)}`, heapNote: null };
  } finally {
    await emptied(outDir, cacheDir);
  }
}
