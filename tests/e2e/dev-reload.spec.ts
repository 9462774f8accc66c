import { spawn, type ChildProcess } from 'node:child_process';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { DEV_PORTS } from './sites.ts';

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

  test.beforeAll(async () => {
    expect(await status('/'), `port ${PORT} must be free: a server already there would be tested instead`).toBeNull();
    seeds = await mkdtemp(join(ROOT, '.out', 'dev-seeds-'));
    await cp(join(ROOT, 'content', 'seeds'), seeds, { recursive: true });
    server = spawn(
      process.execPath,
      // --ignore-lock: the other development-server test runs one at the same time, and neither may stop the other.
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
    server?.kill();
    if (seeds) await rm(seeds, { recursive: true, force: true });
  });

  test('shows a dump added while it runs, its problems in the overlay, and drops it when removed', async ({ page }) => {
    expect(await status(ADDED_PATH)).toBe(404);

    await writeFile(join(seeds, ADDED), ADDED_DUMP);
    await expect.poll(() => status(ADDED_PATH), { timeout: 60_000, message: 'added dump served' }).toBe(200);
    await page.goto(`${ORIGIN}${ADDED_PATH}`, { waitUntil: 'domcontentloaded' });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('A Paper Added While Dev Runs', { timeout: 60_000 });

    await writeFile(join(seeds, BROKEN), ['2025년 2월 31일', 'Broken Entry', ''].join('\n'));
    await expect.poll(() => status(ADDED_PATH), { timeout: 60_000 }).toBe(500);
    await page.goto(`${ORIGIN}${ADDED_PATH}`, { waitUntil: 'domcontentloaded' });
    await expect(page.locator('vite-error-overlay')).toContainText(`${BROKEN}:1: expected a date that exists`, { timeout: 60_000 });
    // Off the development server, so its reloads after the next changes reach no open page.
    await page.goto('about:blank');

    await rm(join(seeds, BROKEN));
    await expect.poll(() => status(ADDED_PATH), { timeout: 60_000 }).toBe(200);

    await rm(join(seeds, ADDED));
    await expect.poll(() => status(ADDED_PATH), { timeout: 60_000, message: 'removed dump gone' }).toBe(404);
    expect(await status('/papers/deepgemm/')).toBe(200);
  });
});
