/**
 * Which Chromium the browser tests and the benchmark drive. Machines that cannot download
 * Playwright's browser use the system one (Debian's `chromium`); CHROMIUM_PATH picks another binary.
 * With neither, Playwright's own Chromium is used.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Flags that keep Chromium from reaching out to the network on its own. */
export const CHROMIUM_ARGS = ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export function systemChromium(): string | undefined {
  if (process.env.CHROMIUM_PATH) return existsSync(process.env.CHROMIUM_PATH) ? process.env.CHROMIUM_PATH : undefined;
  try {
    return execFileSync('which', ['chromium'], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

/** Launch options for Playwright: the system Chromium when there is one, always the quiet flags. */
export function chromiumLaunchOptions(): { executablePath?: string; args: string[] } {
  const executablePath = systemChromium();
  return { ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS };
}
