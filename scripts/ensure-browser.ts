/**
 * Runs before the tests: makes sure they have a Chromium, so a machine without one fails in one
 * clear line instead of after the unit tests with a page of retries and stack traces.
 * The system's Chromium (or CHROMIUM_PATH) is used when there is one; otherwise Playwright's own
 * Chromium, downloaded once. When that download fails (no internet), the line names both fixes.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from '@playwright/test';
import { BROWSER_FIXES, ChromiumPathError, systemChromium } from './chromium.ts';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

/** The first line of Playwright's output that names an error, for the one-line report. */
function firstError(output: string): string {
  const line = output.split('\n').find((text) => /error/iu.test(text));
  return line?.trim().replace(/^Error:\s*/u, '') ?? 'no reason given';
}

function downloadPlaywrightChromium(): void {
  console.log('No system Chromium found: downloading Playwright’s Chromium once (about 170 MB)…');
  // Playwright's CLI through this Node, not `npx`, so the download does not depend on the PATH.
  const cli = createRequire(import.meta.url).resolve('@playwright/test/cli');
  const result = spawnSync(process.execPath, [cli, 'install', 'chromium'], { encoding: 'utf8' });
  if (result.status !== 0) {
    const reason = result.error?.message ?? firstError(`${result.stderr}\n${result.stdout}`);
    fail(`No Chromium for the browser tests, and Playwright’s download failed (${reason}): ${BROWSER_FIXES}.`);
  }
  console.log('Installed Playwright’s Chromium.');
}

try {
  if (!systemChromium() && !existsSync(chromium.executablePath())) downloadPlaywrightChromium();
} catch (error) {
  if (error instanceof ChromiumPathError) fail(error.message);
  throw error;
}
