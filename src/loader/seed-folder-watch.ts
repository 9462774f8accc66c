import { readdir, stat } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import type { LoaderContext } from 'astro/loaders';
import { printable } from './errors.ts';

/** Editors write a file in several steps; one reload after the last of them is enough. */
const SETTLE_MS = 150;
/** How often the folder's listing is compared with the one the last reload read. */
const CHECK_MS = 2000;
/** A reload running longer than this is named in the log, since new changes wait behind it. */
const SLOW_RELOAD_MS = 30_000;

export interface SeedFolderWatchOptions {
  /** Milliseconds between checks of the folder's listing. */
  readonly checkMs?: number;
}

type Watcher = NonNullable<LoaderContext['watcher']>;
type Logger = LoaderContext['logger'];

/** Names, sizes, change times and inodes of what the folder holds: any edit, addition or removal changes it. */
export async function folderListing(root: string): Promise<string> {
  let names: string[];
  try {
    names = (await readdir(root)).sort();
  } catch (error) {
    return `unreadable: ${error instanceof Error ? error.message : String(error)}`;
  }
  const lines = await Promise.all(
    names.map(async (name) => {
      const info = await stat(join(root, name)).catch(() => null);
      return info ? `${name}\0${info.size}\0${info.mtimeMs}\0${info.ctimeMs}\0${info.ino}` : `${name}\0gone`;
    }),
  );
  return lines.join('\n');
}

/** The watch of each collection's folder, so a collection loaded again replaces its watch instead of adding one. */
const watches = new Map<string, () => void>();
/** Each collection's loads and reloads, one after another, across the watches a collection had. */
const queues = new Map<string, Promise<void>>();

/**
 * Runs `task` after every load and reload of the collection queued before it. One that started
 * earlier, from an older folder, would otherwise finish storing after a later one and put back the
 * pages of a dump removed in between. Returns the task's own outcome; the queue goes on either way.
 */
export function inOrder(key: string, task: () => Promise<void>): Promise<void> {
  const run = (queues.get(key) ?? Promise.resolve()).then(task);
  queues.set(
    key,
    run.catch(() => undefined),
  );
  return run;
}

/**
 * During `astro dev`, calls `reload` whenever a file in the seeds folder is added, changed or removed.
 * The file watcher's events are the signal; a periodic check of the folder's listing catches a change
 * the watcher did not report (it can miss one on a busy machine, or when the system's watches run out),
 * so a removed dump cannot stay on the site until the server restarts. `listing` is the folder's listing
 * from before the load that read it, so a change made while that load ran is not taken as read.
 * Reloads run in order with the collection's loads (`inOrder`).
 */
export function watchSeedFolder(
  key: string,
  dir: string,
  watcher: Watcher,
  logger: Logger,
  reload: () => Promise<void>,
  listing: Promise<string>,
  options: SeedFolderWatchOptions = {},
): void {
  watches.get(key)?.();
  const root = resolve(dir);
  watcher.add(root);
  let stopped = false;
  let settle: ReturnType<typeof setTimeout> | undefined;
  /** The listing when the newest reload started; a check that finds another one, with no event since, reloads. */
  let readListing = listing;
  /** Signals to reload so far (the watcher's events and the checks' findings), and how many the newest reload had seen. */
  let signals = 0;
  let signalsAtRead = 0;
  let runningSince: number | null = null;
  let slowReported = false;

  const runReload = () => {
    inOrder(key, async () => {
      signalsAtRead = signals;
      readListing = folderListing(root);
      await readListing;
      runningSince = performance.now();
      slowReported = false;
      await reload();
    })
      .catch((error: unknown) => {
        logger.error(String(error));
      })
      .finally(() => (runningSince = null));
  };
  const schedule = () => {
    // A replaced watch reloads nothing: the collection's new load has read the folder.
    if (stopped) return;
    clearTimeout(settle);
    settle = setTimeout(runReload, SETTLE_MS);
  };
  const onEvent = (path: string) => {
    if (stopped) return;
    const changed = resolve(path);
    if (changed !== root && !changed.startsWith(root + sep)) return;
    signals += 1;
    schedule();
  };

  let checking = false;
  const check = async () => {
    if (checking || stopped) return;
    checking = true;
    try {
      if (runningSince !== null && !slowReported && performance.now() - runningSince > SLOW_RELOAD_MS) {
        slowReported = true;
        logger.warn(`Reloading the seeds has taken over ${SLOW_RELOAD_MS / 1000} s; later changes wait for it.`);
      }
      const heard = signals;
      // A reload is already coming.
      if (heard !== signalsAtRead) return;
      const [before, now] = await Promise.all([readListing, folderListing(root)]);
      if (before === now || signals !== heard) return;
      logger.warn(`The file watcher did not report a change in ${printable(root)}; reloading the seeds.`);
      signals += 1;
      schedule();
    } finally {
      checking = false;
    }
  };
  const interval = setInterval(() => void check(), options.checkMs ?? CHECK_MS);
  // The check must not keep a stopping dev server alive.
  interval.unref();

  const events = ['add', 'change', 'unlink', 'addDir', 'unlinkDir'] as const;
  for (const event of events) watcher.on(event, onEvent);
  watches.set(key, () => {
    stopped = true;
    clearInterval(interval);
    clearTimeout(settle);
    for (const event of events) watcher.off(event, onEvent);
  });
}
