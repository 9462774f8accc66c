import { lstatSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { lstat, readdir, rmdir, unlink } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { fileOfPath, type PageTap } from './page-tap.ts';

/**
 * Keeps the output folder from one build to the next, and at the end of a build removes what the
 * build did not write.
 *
 * Astro empties the output folder before each build, and an incremental build then copies most
 * pages back from its cache: removing the last build's files took 8 s of a 59 s rebuild at 5,000
 * papers on the benchmark's machine, 18 s at 20,000. With `vite.build.emptyOutDir` off, Astro
 * leaves a page whose cache key is unchanged in place when its file is there (it logs it as
 * `(cached)`; astro/dist/core/build/generate.js) and writes over the rest. This integration, which
 * must come last, then removes every file the build neither wrote nor left in place (the pages
 * Astro restored or kept rather than rendered), and the folders that leaves empty, so the folder
 * holds what a build into an empty folder writes (tests/site/incremental-build.spec.ts).
 *
 * A file was written by this build if its status changed during it (its ctime): writing, copying
 * over, hard-linking and renaming all set that time, and nothing can set it back. The build's
 * start is the status time of a file written at its start, so both come from the file system's
 * own clock, in its own resolution.
 */

/** Written at the start of a build to read the file system's clock; removed at once. */
const START_MARK = '.build-start';
/**
 * Left alone by the sweep: a git checkout kept in the output folder, which Vite's emptying spares
 * and Astro's means to; and the search index, whose writer tidies its own folder (each part's
 * folder loses the last build's files before the part is written or taken from the cache, and
 * parts past the build's are removed: search-bundle.ts), so that the files it links from the cache
 * need no new status time.
 */
const SPARED = new Set(['.git', 'pagefind']);
/** A file system whose status times are further than this from the system's clock keeps none (FAT): the folder is emptied instead. */
const CLOCK_SLACK_MS = 24 * 60 * 60 * 1000;
/** Files looked at, or removed, at once. */
const PARALLEL = 32;

export interface OutputFolder {
  readonly integration: AstroIntegration;
  /**
   * Whether this build has written the file at `relative` (to the output folder) yet; false
   * before the build starts, and for a page Astro leaves in place.
   */
  written(relative: string): boolean;
}

/** The file system's time at `dir`, as status times there are stamped. */
export function fileSystemNow(dir: string): number {
  mkdirSync(dir, { recursive: true });
  const mark = join(dir, START_MARK);
  writeFileSync(mark, '');
  try {
    return statSync(mark).ctimeMs;
  } finally {
    rmSync(mark, { force: true });
  }
}

/** Whether the file at `file` changed status at or after `since` (a time from fileSystemNow). */
export function changedSince(file: string, since: number): boolean {
  const status = lstatSync(file, { throwIfNoEntry: false });
  return status !== undefined && status.ctimeMs >= since;
}

/**
 * Removes every file under `dir` whose status last changed before `since`, except those at the
 * paths `kept` (relative to `dir`, with `/`, in NFC) and those under SPARED, then the folders that
 * leaves empty, deepest first; `dir` itself stays. Returns how many files it removed.
 */
export async function removeOlderFiles(dir: string, since: number, kept: ReadonlySet<string> = new Set()): Promise<number> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  const files = entries
    .filter((entry) => !entry.isDirectory())
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => {
      // HFS+ gives names decomposed; the pages' paths are composed.
      const path = relative(dir, file).normalize('NFC').split(sep);
      return !SPARED.has(path[0] ?? '') && !kept.has(path.join('/'));
    });
  const emptied = new Set<string>();
  let removed = 0;
  for (let start = 0; start < files.length; start += PARALLEL) {
    await Promise.all(
      files.slice(start, start + PARALLEL).map(async (file) => {
        if ((await lstat(file)).ctimeMs >= since) return;
        await unlink(file);
        removed += 1;
        for (let folder = dirname(file); folder.length > dir.length; folder = dirname(folder)) emptied.add(folder);
      }),
    );
  }
  // Deepest first, so that a folder's emptied subfolders are gone before it is tried; one still holding files stays.
  for (const folder of [...emptied].sort((a, b) => b.length - a.length)) await rmdir(folder).catch(() => undefined);
  return removed;
}

/** `tap` tells the pages Astro restored or left in place rather than rendered, whose files stay. */
export function outputFolder(tap: PageTap): OutputFolder {
  let dir = '';
  let since = Number.POSITIVE_INFINITY;
  let sweep = true;
  let notRendered: ReadonlySet<string> = new Set();
  tap.listen({
    done: (_outDir, restored) => {
      notRendered = new Set(restored.map((path) => fileOfPath(path).normalize('NFC')));
      return Promise.resolve();
    },
  });
  return {
    written: (relative) => changedSince(join(dir, relative), since),
    integration: {
      name: 'paper-notes:output-folder',
      hooks: {
        'astro:config:setup': ({ updateConfig }) => {
          updateConfig({ vite: { build: { emptyOutDir: false } } });
        },
        'astro:config:done': ({ config }) => {
          dir = fileURLToPath(config.outDir).replace(/[\\/]+$/u, '');
        },
        'astro:build:start': async ({ logger }) => {
          since = fileSystemNow(dir);
          sweep = Math.abs(since - Date.now()) < CLOCK_SLACK_MS;
          if (!sweep) {
            logger.warn(`The output folder's file system keeps no status times: it is emptied before the build instead.`);
            for (const name of await readdir(dir)) if (name !== '.git') rmSync(join(dir, name), { recursive: true, force: true });
          }
        },
        'astro:build:done': async ({ logger }) => {
          if (!sweep) return;
          const removed = await removeOlderFiles(dir, since, notRendered);
          if (removed > 0) logger.info(`Removed ${removed} files of an earlier build that this one did not write.`);
        },
      },
    },
  };
}
