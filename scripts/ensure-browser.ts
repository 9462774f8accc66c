/**
 * Makes sure the browser tests have a Chromium: the system's or Playwright's own.
 * On a machine with neither, downloads Playwright's Chromium once.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { systemChromium } from './chromium.ts';

if (!systemChromium() && !existsSync(chromium.executablePath())) {
  console.log('No Chromium found: installing Playwright’s Chromium (or install your system’s `chromium`).');
  execFileSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' });
}
