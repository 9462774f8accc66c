/**
 * Measures a reader's first search in Chromium: the bytes it downloads and how long until results
 * show. Each measurement uses a fresh browser context, so nothing comes from cache; bytes are
 * counted by the server (see static-server.ts). Times are the median of three.
 *
 * Two ways in, both on the site's `/search/` page:
 * - `url`: open `/search/?q=<query>` (a shared search link); time from navigation start.
 * - `typed`: open `/search/`, wait until the page is idle, then type the query into the page's
 *   search box; time from the input event. Bytes include what the page loaded before typing,
 *   since a first search needs it too.
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../../scripts/chromium.ts';
import type { RunningServer, Served } from './static-server.ts';

/** What counts as "results shown": the first visible result item of our search page (src/components/search/render.ts). */
export const RESULTS_SHOWN_SELECTOR = '.search-result';

/** The search page's own query box, which searches as the reader types; not the header's box, which submits a form. */
export const SEARCH_INPUT_SELECTOR = '[data-search-input]';

const SHOW_TIMEOUT_MS = 30_000;
const QUIET_MS = 500;
const MAX_SETTLE_MS = 10_000;

export type SearchMode = 'url' | 'typed';

/** Pagefind's files by role, to see where a first search's bytes go. */
export type PagefindPart = 'ui' | 'runtime' | 'wasm' | 'meta' | 'index' | 'fragment' | 'filter' | 'other';

export interface Downloads {
  readonly requests: number;
  readonly bytes: number;
  readonly pagefindRequests: number;
  readonly pagefindBytes: number;
  readonly pagefindParts: Partial<Record<PagefindPart, { requests: number; bytes: number }>>;
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

function pagefindPart(pathname: string): PagefindPart {
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
  page.on('request', () => touch(1));
  page.on('requestfinished', () => touch(-1));
  page.on('requestfailed', () => touch(-1));
  return {
    async settle(): Promise<void> {
      const until = performance.now() + MAX_SETTLE_MS;
      while (performance.now() < until && (inFlight > 0 || performance.now() - lastActivity < QUIET_MS)) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
  };
}

/** Totals of what the server sent, with Pagefind's files split by role. */
export function tallyDownloads(served: readonly Served[]): Downloads {
  const parts: Partial<Record<PagefindPart, { requests: number; bytes: number }>> = {};
  let pagefindRequests = 0;
  let pagefindBytes = 0;
  for (const { pathname, bytes } of served) {
    if (!pathname.includes('/pagefind/')) continue;
    pagefindRequests += 1;
    pagefindBytes += bytes;
    const part = pagefindPart(pathname);
    const entry = parts[part] ?? { requests: 0, bytes: 0 };
    parts[part] = { requests: entry.requests + 1, bytes: entry.bytes + bytes };
  }
  const bytes = served.reduce((sum, item) => sum + item.bytes, 0);
  return { requests: served.length, bytes, pagefindRequests, pagefindBytes, pagefindParts: parts };
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
    const target = mode === 'url' ? `${searchUrl}?q=${encodeURIComponent(query)}` : searchUrl;
    const response = await page.goto(target, { waitUntil: mode === 'url' ? 'commit' : 'load' });
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
  const start = mode === 'url' ? 0 : marks.inputAt;
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
 * Both kinds of first search against a site served by serveStatic. A throwaway visit first
 * starts Chromium's renderer and warms the server's disk cache, so neither lands in the first timing.
 */
export async function probeSearch(browser: Browser, server: RunningServer, query: string): Promise<SearchMeasurement[]> {
  const warmUp = await browser.newContext();
  await (await warmUp.newPage()).goto(`${server.url}/`);
  await warmUp.close();
  const results: SearchMeasurement[] = [];
  for (const mode of ['url', 'typed'] as const) {
    const runs: SearchMeasurement[] = [];
    for (let attempt = 0; attempt < REPEATS; attempt += 1) runs.push(await measure(browser, server, query, mode));
    const failed = runs.find((run) => !run.ok);
    const first = runs[0] as SearchMeasurement;
    results.push(failed ?? { ...first, msToResults: median(runs.map((run) => run.msToResults ?? Number.NaN)) });
  }
  return results;
}
