import { availableParallelism } from 'node:os';
import * as pagefind from 'pagefind';

/**
 * Pagefind processes for the parts of one search index, so that parts are indexed side by side.
 *
 * Pagefind's Node API runs one indexing process per loaded copy of its module, and that process
 * indexes one document at a time: at 20,000 papers, indexing both parts took as long in one process
 * as its CPU time. A rebuild renders for about 25 s and then waited a minute on that one process
 * while the other core was idle. Another copy of the module (the same file under another query)
 * starts a process of its own. Each part goes to one process, the same one for all its documents,
 * so a part's files do not depend on how many processes there are.
 */

export type PagefindApi = typeof pagefind;

/**
 * Which process each part goes to: the largest parts first, each to the process with the fewest
 * pages so far (ties to the lower number), so processes finish at about the same time.
 */
export function assignProcesses(partPages: readonly number[], processes: number): number[] {
  const count = Math.max(1, Math.min(processes, partPages.length));
  const load = Array.from({ length: count }, () => 0);
  const assigned = partPages.map(() => 0);
  const bySize = partPages.map((pages, part) => ({ pages, part })).sort((a, b) => b.pages - a.pages || a.part - b.part);
  for (const { pages, part } of bySize) {
    const least = load.indexOf(Math.min(...load));
    assigned[part] = least;
    load[least] = (load[least] ?? 0) + pages;
  }
  return assigned;
}

/**
 * How many processes a build's search index uses at most: one per core, since each keeps one busy.
 * `SEARCH_PROCESSES` sets another limit (1 indexes every part in one process, as before).
 */
export function processLimit(env: NodeJS.ProcessEnv = process.env): number {
  const text = env['SEARCH_PROCESSES'];
  if (text === undefined || text === '') return availableParallelism();
  const limit = Number(text);
  if (!Number.isInteger(limit) || limit < 1) throw new Error(`SEARCH_PROCESSES must be a whole number above 0, got "${text}".`);
  return limit;
}

export interface PagefindProcesses {
  /** The API whose process indexes this part. */
  forPart(part: number): Promise<PagefindApi>;
  /** How many processes were started so far. */
  readonly started: number;
  /** Closes every process started; the Node API keeps each running until then. */
  close(): Promise<void>;
}

/** Processes for parts of these sizes (planned pages), started when a part first needs one. */
export function pagefindProcesses(partPages: readonly number[], limit: number = processLimit()): PagefindProcesses {
  const assigned = assignProcesses(partPages, limit);
  const loaded = new Map<number, Promise<PagefindApi>>();
  const load = (slot: number): Promise<PagefindApi> => {
    let api = loaded.get(slot);
    if (!api) {
      // The first process is the module as imported; each other one is a copy of its own.
      api = slot === 0 ? Promise.resolve(pagefind) : (import(`${import.meta.resolve('pagefind')}?process=${slot}`) as Promise<PagefindApi>);
      loaded.set(slot, api);
    }
    return api;
  };
  return {
    forPart(part) {
      const slot = assigned[part];
      if (slot === undefined) return Promise.reject(new Error(`The search index has no part ${part}.`));
      return load(slot);
    },
    get started() {
      return loaded.size;
    },
    async close() {
      const apis = await Promise.allSettled(loaded.values());
      await Promise.all(apis.flatMap((api) => (api.status === 'fulfilled' ? [api.value.close()] : [])));
    },
  };
}
