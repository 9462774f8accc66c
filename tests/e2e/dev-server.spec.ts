import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { takeAstroLock } from '../astro-lock.ts';
import { DEV_PORTS } from './sites.ts';

/**
 * `astro dev`, as the maintainer uses it: search over the pages it renders, then the loop of adding,
 * breaking, fixing and removing a dump. The two run one after the other, never at once: every dev
 * server of the project keeps its content in the same file (`.astro/data-store.json`), so a second
 * one would overwrite the first one's content, and a write that finds its own content already
 * there is skipped, which leaves the first server serving what it had before. Neither runs beside a
 * test's build either (tests/astro-lock.ts).
 */
test.describe.configure({ mode: 'default' });

/** Stops a dev server and waits until it has exited, so it writes nothing more. */
async function stop(server: ChildProcess | null): Promise<void> {
  if (!server || server.exitCode !== null || server.signalCode !== null) return;
  const exited = once(server, 'exit');
  server.kill('SIGTERM');
  await exited;
}

test.describe('search under astro dev', () => {
  /**
   * The dev server indexes the pages it renders and serves the index at /pagefind/, so the search
   * page and the header box work as on the built site.
   */
  const origin = `http://127.0.0.1:${DEV_PORTS.search}`;
  let server: ChildProcess | null = null;
  let output = '';
  let release: (() => void) | null = null;

  test.beforeAll(async () => {
    release = takeAstroLock(240_000);
    // --ignore-lock: the test sites' preview servers run from this project at the same time.
    const args = ['node_modules/astro/bin/astro.mjs', 'dev', '--ignore-lock', '--port', String(DEV_PORTS.search), '--host', '127.0.0.1'];
    server = spawn(process.execPath, args, {
      env: {
        ...process.env,
        ASTRO_TELEMETRY_DISABLED: '1',
        // Astro can send its dev server to the background when run by automation; the test needs it here.
        ASTRO_DEV_BACKGROUND: '0',
        SEEDS_DIR: 'content/seeds',
        CACHE_DIR: '.out/cache-dev-search',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    server.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    server.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    // A request for the index waits until the dev server has built it.
    await expect
      .poll(
        async () => {
          if (server?.exitCode !== null) throw new Error(`astro dev exited:\n${output}`);
          return fetch(`${origin}/pagefind/pagefind-entry.json`).then(
            (response) => response.status,
            () => 0,
          );
        },
        { timeout: 200_000, intervals: [1000] },
      )
      .toBe(200);
  });

  test.afterAll(async () => {
    try {
      await stop(server);
    } finally {
      release?.();
    }
  });

  test('the dev server builds the index from the pages it renders and says so', () => {
    expect(output).toMatch(/Search index for dev: \d+ pages/u);
  });

  test('the search page finds DeepGEMM under astro dev', async ({ page }) => {
    await page.goto(`${origin}/search/?q=DeepGEMM`);
    const results = page.getByRole('list', { name: 'Search results' });
    await expect(results.getByRole('heading', { level: 2 }).first()).toHaveText('DeepGEMM', { timeout: 30_000 });
    await expect(page.getByRole('main').getByRole('status')).toHaveText(/^\d+ results? for “DeepGEMM”/u);
  });

  test('the header box shows results under astro dev, Korean topic names included', async ({ page }) => {
    await page.goto(`${origin}/papers/deepgemm/`);
    await page.keyboard.press('Control+K');
    await page.keyboard.type('양자화');
    const option = page.getByRole('banner').getByRole('option').first();
    await expect(option).toBeVisible({ timeout: 30_000 });
    await expect(option.locator('.site-search-title')).toHaveText(/quantiz/iu);
  });

  test('the order files are served too', async ({ request }) => {
    const manifest = await request.get(`${origin}/search-order/upvotes.json`);
    expect(manifest.ok()).toBe(true);
    expect(((await manifest.json()) as { pages: number }).pages).toBeGreaterThan(300);
  });
});

/**
 * The maintainer's loop: `astro dev` runs over a copy of the seeds, a dump is added, broken, fixed and
 * removed, and each change shows in the browser within seconds, without a restart.
 */
const ROOT = join(import.meta.dirname, '..', '..');
/** The port after the three test sites'. */
const PORT = DEV_PORTS.reload;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const ADDED = '010_added-while-running.txt';
const ADDED_PATH = '/papers/a-paper-added-while-dev-runs/';
const ADDED_DUMP = [
  '2025년 3월 1일',
  'A Paper Added While Dev Runs',
  '(Ada Lovelace)',
  '개발 서버가 도는 중에 추가한 논문입니다.',
  'Added while the server runs.',
  '#dev-reload',
  '',
].join('\n');
const BROKEN = '011_broken.txt';

async function status(path: string): Promise<number | null> {
  try {
    return (await fetch(`${ORIGIN}${path}`)).status;
  } catch {
    return null;
  }
}

test.describe('astro dev over the seeds folder', () => {
  // A development server compiles every page on first request, slowly on a busy machine.
  test.describe.configure({ mode: 'serial', timeout: 480_000 });
  let seeds = '';
  let server: ChildProcess | null = null;
  let log = '';
  let release: (() => void) | null = null;

  test.beforeAll(async () => {
    expect(await status('/'), `port ${PORT} must be free: a server already there would be tested instead`).toBeNull();
    // Its first pages compile slowly on a busy machine.
    release = takeAstroLock(240_000);
    seeds = await mkdtemp(join(ROOT, '.out', 'dev-seeds-'));
    await cp(join(ROOT, 'content', 'seeds'), seeds, { recursive: true });
    server = spawn(
      process.execPath,
      // --ignore-lock: the test sites' preview servers run from this project at the same time.
      [join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'dev', '--ignore-lock', '--port', String(PORT), '--host', '127.0.0.1'],
      {
        cwd: ROOT,
        env: {
          ...process.env,
          ASTRO_TELEMETRY_DISABLED: '1',
          // Astro would send the server to the background when not run from a terminal; the test needs it in the foreground.
          ASTRO_DEV_BACKGROUND: '0',
          SEEDS_DIR: seeds,
          CACHE_DIR: join(ROOT, '.out', `cache-dev-${PORT}`),
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    server.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
    server.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
    await expect.poll(() => status('/papers/deepgemm/'), { timeout: 180_000, message: 'dev server up' }).toBe(200);
  });

  test.afterAll(async ({}, testInfo) => {
    await testInfo.attach('astro dev output', { body: log, contentType: 'text/plain' });
    try {
      await stop(server);
    } finally {
      release?.();
    }
    if (seeds) await rm(seeds, { recursive: true, force: true });
  });

  /** What the server said since `from`, without the line per request (the dev search index requests every page after a change). */
  function logSince(from: number): string {
    return log
      .slice(from)
      .split('\n')
      .filter((line) => !/\[\d{3}\] \//u.test(line))
      .slice(-80)
      .join('\n');
  }

  /**
   * Opens a path in the one page of the test, again when the navigation fails: the page reloads on
   * every content change, and such a reload aborts a navigation begun beside it. Every try has a time
   * limit of its own, so a navigation that never ends fails with the server's log, not the test's time limit.
   * The page is never closed for a fresh one: in a CI run, a page opened after one was closed during
   * such a reload never came (Target.createTarget hung until the test's time limit).
   */
  async function openUntil(page: Page, path: string, shows: () => Promise<void>): Promise<void> {
    await expect(async () => {
      await page.goto(`${ORIGIN}${path}`, { waitUntil: 'domcontentloaded', timeout: 30_000 });
      await shows();
    }).toPass({ timeout: 120_000, intervals: [1_000] });
  }

  test('shows a dump added while it runs, its problems in the overlay, and drops it when removed', async ({ page }) => {
    const startedAt = log.length;
    try {
      expect(await status(ADDED_PATH)).toBe(404);

      await writeFile(join(seeds, ADDED), ADDED_DUMP);
      await expect.poll(() => status(ADDED_PATH), { timeout: 60_000, message: 'added dump served' }).toBe(200);
      await openUntil(page, ADDED_PATH, () =>
        expect(page.getByRole('heading', { level: 1 })).toHaveText('A Paper Added While Dev Runs', { timeout: 15_000 }),
      );

      await writeFile(join(seeds, BROKEN), ['2025년 2월 31일', 'Broken Entry', ''].join('\n'));
      await expect.poll(() => status(ADDED_PATH), { timeout: 60_000, message: 'broken dump reported' }).toBe(500);
      await openUntil(page, ADDED_PATH, () =>
        expect(page.locator('vite-error-overlay')).toContainText(`${BROKEN}:1: expected a date that exists`, { timeout: 15_000 }),
      );

      await rm(join(seeds, BROKEN));
      await expect.poll(() => status(ADDED_PATH), { timeout: 60_000, message: 'fixed dump served' }).toBe(200);

      await rm(join(seeds, ADDED));
      await expect.poll(() => status(ADDED_PATH), { timeout: 60_000, message: 'removed dump gone' }).toBe(404);
      expect(await status('/papers/deepgemm/')).toBe(200);
    } catch (error) {
      // The list reporter cuts attachments short: what the server said goes with the failure.
      throw new Error(`${error instanceof Error ? error.message : String(error)}\nastro dev during the test:\n${logSince(startedAt)}`, {
        cause: error,
      });
    }
  });
});
