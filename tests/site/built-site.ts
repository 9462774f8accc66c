import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { expect } from '@playwright/test';
import { parse } from 'node-html-parser';

/** Every file under a built site's folder, as paths relative to it with `/` separators. */
export function listFiles(dir: string): string[] {
  const files: string[] = [];
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) walk(path);
      else files.push(relative(dir, path).split(sep).join('/'));
    }
  };
  walk(dir);
  return files.sort();
}

/** Every file under a built site's folder by its path, as a digest of its bytes, to compare two builds. */
export function treeHashes(dir: string): Record<string, string> {
  return Object.fromEntries(
    listFiles(dir).map((file) => [
      file,
      createHash('sha256')
        .update(readFileSync(join(dir, file)))
        .digest('hex'),
    ]),
  );
}

/** Held by the test build that runs; see runAstroBuild. */
const BUILD_LOCK = join('.out', 'astro-build.lock');

/** Waits until no other test build runs and takes the lock; a lock whose process is gone is taken over. */
function takeBuildLock(): void {
  mkdirSync('.out', { recursive: true });
  const deadline = Date.now() + 30 * 60_000;
  for (;;) {
    try {
      mkdirSync(BUILD_LOCK);
      writeFileSync(join(BUILD_LOCK, 'pid'), String(process.pid));
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = Number(readFileSync(join(BUILD_LOCK, 'pid'), { encoding: 'utf8', flag: 'a+' }));
    if (holder > 0 && !processRuns(holder)) rmSync(BUILD_LOCK, { recursive: true, force: true });
    if (Date.now() > deadline) throw new Error(`${BUILD_LOCK} held for 30 minutes by process ${holder}`);
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
  }
}

function processRuns(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Runs `astro build` in `env`, one test build at a time: every build of the project writes the
 * modules of its MDX entries to the one `.astro/content-modules.mjs` and reads it back while it
 * bundles, so a build of other notes running beside it left the notes' modules out (seen in a
 * fresh-clone run: "Unexpected error while rendering → kv-cache-quantization").
 */
export function runAstroBuild(env: NodeJS.ProcessEnv): { status: number | null; stdout: string; stderr: string } {
  takeBuildLock();
  try {
    const run = spawnSync('npx', ['astro', 'build'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env });
    return { status: run.status, stdout: run.stdout, stderr: run.stderr };
  } finally {
    rmSync(BUILD_LOCK, { recursive: true, force: true });
  }
}

/**
 * Runs `astro build` with `env` over the test's environment, and fails the test with the end of its
 * log (without the line per page) unless the build succeeds. Returns the log, without colours.
 */
export function astroBuild(env: Readonly<Record<string, string>>): string {
  const run = runAstroBuild({ ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env });
  const log = stripVTControlCharacters(`${run.stdout}\n${run.stderr}`);
  expect(run.status, `astro build into ${env['OUT_DIR'] ?? 'dist'}:\n${logTail(log)}`).toBe(0);
  return log;
}

/** The last lines of a build's log, without the line per page. */
export function logTail(log: string): string {
  return log
    .split('\n')
    .filter((text) => !text.includes('├─'))
    .slice(-30)
    .join('\n');
}

/** The HTML pages of a built site, keyed by the URL path they are served at (relative to the base). */
export function htmlPages(dir: string): Map<string, string> {
  const pages = new Map<string, string>();
  for (const file of listFiles(dir).filter((name) => name.endsWith('.html'))) {
    const path = file === 'index.html' ? '/' : `/${file.replace(/(^|\/)index\.html$/u, '$1')}`;
    pages.set(path, file);
  }
  return pages;
}

/**
 * Internal link targets of one page, as URL paths relative to the site's base, without query or hash.
 * `base` is the site's base path, e.g. `/` or `/notes/`.
 */
export function internalLinks(html: string, pagePath: string, base: string): string[] {
  const root = parse(html);
  const origin = 'http://site.invalid';
  const pageUrl = new URL(`${base.replace(/\/$/u, '')}${pagePath}`, origin);
  const targets: string[] = [];
  for (const anchor of root.querySelectorAll('a[href]')) {
    const url = new URL(anchor.getAttribute('href') ?? '', pageUrl);
    if (url.origin !== origin) continue;
    if (!url.pathname.startsWith(base)) {
      targets.push(url.pathname); // outside the base: reported as broken by the callers
      continue;
    }
    targets.push(`/${url.pathname.slice(base.length)}`);
  }
  return targets;
}

export function readPage(dir: string, file: string): string {
  return readFileSync(join(dir, file), 'utf8');
}
