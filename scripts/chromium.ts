/**
 * Which Chromium the browser tests and the benchmark drive. Machines that cannot download
 * Playwright's browser use the system one; CHROMIUM_PATH picks another binary.
 * With neither, Playwright's own Chromium is used (see ensure-browser.ts, which downloads it).
 */
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** Flags that keep Chromium from reaching out to the network on its own. */
export const CHROMIUM_ARGS = ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Names the system's Chromium goes by: Debian, Ubuntu and Fedora packages, then Google's builds. */
export const SYSTEM_CHROMIUM_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'] as const;

/** What to do when no browser can be found, for the error lines of the test scripts. */
export const BROWSER_FIXES =
  'install Chromium (Debian/Ubuntu: `sudo apt-get install chromium`) or set CHROMIUM_PATH to a Chrome or Chromium binary';

/** CHROMIUM_PATH names something that is not a runnable file; falling back to another browser would hide the mistake. */
export class ChromiumPathError extends Error {
  constructor(path: string, reason: string) {
    super(`CHROMIUM_PATH=${path} ${reason}: point it at a Chrome or Chromium binary, or unset it to use the system’s Chromium`);
    this.name = 'ChromiumPathError';
  }
}

function isExecutableFile(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function checkedChromiumPath(path: string): string {
  let isFile: boolean;
  try {
    isFile = statSync(path).isFile();
  } catch {
    throw new ChromiumPathError(path, 'points to nothing');
  }
  if (!isFile) throw new ChromiumPathError(path, 'is not a file');
  if (!isExecutableFile(path)) throw new ChromiumPathError(path, 'is not executable');
  return path;
}

/**
 * The Chromium named by CHROMIUM_PATH, else the first system Chromium on the PATH, else undefined.
 * Throws ChromiumPathError when CHROMIUM_PATH is set but unusable.
 */
export function systemChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env['CHROMIUM_PATH']) return checkedChromiumPath(env['CHROMIUM_PATH']);
  const dirs = (env['PATH'] ?? '').split(delimiter).filter(Boolean);
  for (const name of SYSTEM_CHROMIUM_NAMES) {
    for (const dir of dirs) {
      const candidate = join(dir, name);
      if (isExecutableFile(candidate)) return candidate;
    }
  }
  return undefined;
}

/** Launch options for Playwright: the system Chromium when there is one, always the quiet flags. */
export function chromiumLaunchOptions(): { executablePath?: string; args: string[] } {
  const executablePath = systemChromium();
  return { ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS };
}
