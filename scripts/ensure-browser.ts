/**
 * Makes sure the browser tests have a Chromium: the system's (Debian package `chromium`, or CHROMIUM_PATH)
 * or Playwright's own. On a machine with neither, downloads Playwright's Chromium once.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

function hasSystemChromium(): boolean {
  if (process.env.CHROMIUM_PATH) return existsSync(process.env.CHROMIUM_PATH);
  return spawnSync('which', ['chromium'], { stdio: 'ignore' }).status === 0;
}

if (!hasSystemChromium() && !existsSync(chromium.executablePath())) {
  console.log('No Chromium found: installing Playwright’s Chromium (or install your system’s `chromium`).');
  execFileSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' });
}
