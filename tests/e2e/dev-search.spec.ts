import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { expect, test } from '@playwright/test';
import { DEV_PORTS } from './sites.ts';

/**
 * Search under `astro dev`: the dev server indexes the pages it renders and serves the index at
 * /pagefind/, so the search page and the header box work as on the built site.
 */

const origin = `http://127.0.0.1:${DEV_PORTS.search}`;
let server: ChildProcess | null = null;
let output = '';

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  // --ignore-lock: the other development-server test runs one at the same time, and neither may stop the other.
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
  if (!server || server.exitCode !== null) return;
  server.kill('SIGTERM');
  await once(server, 'exit');
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
