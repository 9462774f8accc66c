/**
 * Measures a reader's first search in Chromium: the bytes it downloads and how long until results
 * show. Each measurement uses a fresh browser context, so nothing comes from cache; bytes are
 * counted by the server (see static-server.ts), both as sent (text files gzip-compressed, as
 * static hosts send them) and as stored on disk. Times are the median of three.
 *
 * Three ways in, all on the site's `/search/` page:
 * - `url`: open `/search/?q=<query>` (a shared search link); time from navigation start.
 * - `typed`: open `/search/`, wait until the page is idle, then type the query into the page's
 *   search box; time from the input event. Bytes include what the page loaded before typing,
 *   since a first search needs it too.
 * - `newest`: open `/search/?q=<query>&sort=newest` (a shared link sorted newest first); timed
 *   like `url`. This order may load files the default relevance order never needs.
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../../scripts/chromium.ts';
import type { RunningServer, Served } from './static-server.ts';

/** What counts as "results shown": the first visible result item of our search page (src/client/search/render.ts). */
export const RESULTS_SHOWN_SELECTOR = '.search-result';

/** The search page's own query box, which searches as the reader types; not the header's box, which submits a form. */
export const SEARCH_INPUT_SELECTOR = '[data-search-input]';

const SHOW_TIMEOUT_MS = 30_000;
const QUIET_MS = 500;
const MAX_SETTLE_MS = 10_000;

export type SearchMode = 'url' | 'typed' | 'newest';

/** The ways in, in the order they are measured and reported. */
export const SEARCH_MODES: readonly SearchMode[] = ['url', 'typed', 'newest'];

/** Folders whose files are the search's own: Pagefind's, and the site's newest-first order files. */
const PAGEFIND_DIR = '/pagefind/';
const ORDER_DIR = '/search-order/';

/** The search files by role, to see where a first search's bytes go; `order` is the newest-first order files. */
export type SearchPart = 'ui' | 'runtime' | 'wasm' | 'meta' | 'index' | 'fragment' | 'filter' | 'order' | 'other';

/** A group of responses: `bytes` as sent (compressed where the server compressed), `fileBytes` as stored on disk. */
export interface ByteCount {
  readonly requests: number;
  readonly bytes: number;
  readonly fileBytes: number;
}

export interface Downloads {
  /** Everything the page downloaded. */
  readonly all: ByteCount;
  /** Files under `/pagefind/` or `/search-order/`. */
  readonly search: ByteCount;
  readonly searchParts: Partial<Record<SearchPart, ByteCount>>;
}

export interface SearchMeasurement {
  readonly mode: SearchMode;
  readonly query: string;
  readonly ok: boolean;
  /** Why the measurement failed, when it did. */
  readonly error: string | null;
  readonly msToResults: number | null;
  readonly resultsShown: number;
  readonly downloads: Downloads;
}

/** The part a search file belongs to, or null for files that are not the search's own. */
function searchPart(pathname: string): SearchPart | null {
  if (pathname.includes(ORDER_DIR)) return 'order';
  if (!pathname.includes(PAGEFIND_DIR)) return null;
  const name = pathname.slice(pathname.lastIndexOf('/') + 1);
  if (name.endsWith('.pf_index')) return 'index';
  if (name.endsWith('.pf_fragment')) return 'fragment';
  if (name.endsWith('.pf_filter')) return 'filter';
  if (name.endsWith('.pf_meta') || name === 'pagefind-entry.json') return 'meta';
  if (name.startsWith('wasm.')) return 'wasm';
  if (name === 'pagefind.js' || name === 'pagefind-worker.js') return 'runtime';
  if (/^pagefind-.*(ui|highlight)/u.test(name)) return 'ui';
  return 'other';
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions());
}

/**
 * Records in the page, at the moment it happens, when the first matching result becomes visible
 * and when the first input event fires: no round trip to the test process in the timing.
 */
function installTimers(selector: string): void {
  const marks = { inputAt: null as number | null, resultsAt: null as number | null };
  (window as unknown as { __benchMarks: typeof marks }).__benchMarks = marks;
  const check = () => {
    if (marks.resultsAt !== null) return;
    const found = [...document.querySelectorAll(selector)].some((element) => element.checkVisibility());
    if (found) marks.resultsAt = performance.now();
  };
  document.addEventListener(
    'input',
    () => {
      if (marks.inputAt === null) {
        marks.inputAt = performance.now();
        marks.resultsAt = null;
      }
    },
    true,
  );
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
}

/** Knows when the page's network has gone quiet, so late fragment fetches count too. */
function watchNetwork(page: Page): { settle(): Promise<void> } {
  let inFlight = 0;
  let lastActivity = performance.now();
  const touch = (change: number) => {
    inFlight += change;
    lastActivity = performance.now();
  };
  page.on('request', () => {
    touch(1);
  });
  page.on('requestfinished', () => {
    touch(-1);
  });
  page.on('requestfailed', () => {
    touch(-1);
  });
  return {
    async settle(): Promise<void> {
      const until = performance.now() + MAX_SETTLE_MS;
      while (performance.now() < until && (inFlight > 0 || performance.now() - lastActivity < QUIET_MS)) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
  };
}

const NOTHING: ByteCount = { requests: 0, bytes: 0, fileBytes: 0 };

function plus(count: ByteCount, { bytes, fileBytes }: Served): ByteCount {
  return { requests: count.requests + 1, bytes: count.bytes + bytes, fileBytes: count.fileBytes + fileBytes };
}

/** Totals of what the server sent, on the wire and on disk, with the search files split by role. */
export function tallyDownloads(served: readonly Served[]): Downloads {
  const searchParts: Partial<Record<SearchPart, ByteCount>> = {};
  let all = NOTHING;
  let search = NOTHING;
  for (const item of served) {
    all = plus(all, item);
    const part = searchPart(item.pathname);
    if (part === null) continue;
    search = plus(search, item);
    searchParts[part] = plus(searchParts[part] ?? NOTHING, item);
  }
  return { all, search, searchParts };
}

/** The page a way in opens. */
function targetUrl(searchUrl: string, query: string, mode: SearchMode): string {
  const q = encodeURIComponent(query);
  if (mode === 'url') return `${searchUrl}?q=${q}`;
  if (mode === 'newest') return `${searchUrl}?q=${q}&sort=newest`;
  return searchUrl;
}

async function readMarks(page: Page): Promise<{ inputAt: number | null; resultsAt: number | null }> {
  return page.evaluate(() => (window as unknown as { __benchMarks: { inputAt: number | null; resultsAt: number | null } }).__benchMarks);
}

async function measure(browser: Browser, server: RunningServer, query: string, mode: SearchMode): Promise<SearchMeasurement> {
  const searchUrl = `${server.url}/search/`;
  server.takeLog();
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.addInitScript(installTimers, RESULTS_SHOWN_SELECTOR);
  const network = watchNetwork(page);
  const results = page.locator(RESULTS_SHOWN_SELECTOR);
  const fail = async (error: string): Promise<SearchMeasurement> => {
    await network.settle();
    await context.close();
    const downloads = tallyDownloads(server.takeLog());
    const pageErrors = errors.length > 0 ? ` (page errors: ${errors.slice(0, 3).join(' | ')})` : '';
    return { mode, query, ok: false, error: error + pageErrors, msToResults: null, resultsShown: 0, downloads };
  };
  // Fallback timing from this process, used only if the in-page marks are missing.
  let started = performance.now();
  try {
    const target = targetUrl(searchUrl, query, mode);
    const response = await page.goto(target, { waitUntil: mode === 'typed' ? 'load' : 'commit' });
    if (!response?.ok()) return await fail(`${target} answered ${response?.status() ?? 'nothing'}`);
    if (mode === 'typed') {
      await network.settle();
      const input = page.locator(SEARCH_INPUT_SELECTOR).first();
      if ((await input.count()) === 0) return await fail(`no search box matching ${SEARCH_INPUT_SELECTOR}`);
      started = performance.now();
      await input.fill(query);
    }
    await results.first().waitFor({ state: 'visible', timeout: SHOW_TIMEOUT_MS });
  } catch (error) {
    return await fail(`no result matching ${RESULTS_SHOWN_SELECTOR} within ${SHOW_TIMEOUT_MS / 1000} s: ${String(error).split('\n')[0]}`);
  }
  const shownAfter = performance.now() - started;
  const marks = await readMarks(page);
  await network.settle();
  const resultsShown = await results.count();
  await context.close();
  const downloads = tallyDownloads(server.takeLog());
  const start = mode === 'typed' ? marks.inputAt : 0;
  const msToResults = marks.resultsAt !== null && start !== null ? marks.resultsAt - start : shownAfter;
  return { mode, query, ok: true, error: null, msToResults, resultsShown, downloads };
}

/** Each way in is measured this many times; the median time is reported (the bytes never vary). */
const REPEATS = 3;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/**
 * Every way in to a first search against a site served by serveStatic. A throwaway visit first
 * starts Chromium's renderer and warms the server's disk cache, so neither lands in the first timing.
 */
export async function probeSearch(browser: Browser, server: RunningServer, query: string): Promise<SearchMeasurement[]> {
  const warmUp = await browser.newContext();
  await (await warmUp.newPage()).goto(`${server.url}/`);
  await warmUp.close();
  const results: SearchMeasurement[] = [];
  for (const mode of SEARCH_MODES) {
    const runs: SearchMeasurement[] = [];
    for (let attempt = 0; attempt < REPEATS; attempt += 1) runs.push(await measure(browser, server, query, mode));
    const failed = runs.find((run) => !run.ok);
    const first = runs[0] as SearchMeasurement;
    results.push(failed ?? { ...first, msToResults: median(runs.map((run) => run.msToResults ?? Number.NaN)) });
  }
  return results;
}
