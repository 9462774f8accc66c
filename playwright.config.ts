import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/chromium.ts';
import { SITES } from './tests/e2e/sites.ts';

export default defineConfig({
  // Browser tests (e2e/) and checks of the built site's files (site/) share the built sites.
  testDir: './tests',
  testMatch: ['e2e/**/*.spec.ts', 'site/**/*.spec.ts'],
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  reporter: [['list']],
  timeout: 60_000,
  use: {
    ...devices['Desktop Chrome'],
    launchOptions: chromiumLaunchOptions(),
  },
  webServer: Object.entries(SITES).map(([name, site]) => ({
    command: `npx astro build && npx astro preview --ignore-lock --port ${site.port} --host 127.0.0.1`,
    url: `http://127.0.0.1:${site.port}${site.base}`,
    timeout: 600_000,
    // Never another site that happens to be running on the port: the tests would check the wrong build.
    reuseExistingServer: false,
    stdout: 'ignore' as const,
    stderr: 'pipe' as const,
    env: {
      ASTRO_TELEMETRY_DISABLED: '1',
      // Astro backgrounds its servers when it thinks an automated agent runs it; tests need them in the foreground.
      ASTRO_PREVIEW_BACKGROUND: '0',
      SEEDS_DIR: site.seeds,
      NOTES_DIR: site.notes,
      OUT_DIR: site.outDir,
      // Sites build in parallel; each needs its own content-layer cache.
      CACHE_DIR: `.out/cache-${name}`,
      BASE_PATH: site.base,
      SITE_URL: `http://127.0.0.1:${site.port}`,
      ...('searchPartPapers' in site ? { SEARCH_PART_PAPERS: String(site.searchPartPapers) } : {}),
    },
  })),
});
