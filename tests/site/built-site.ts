import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { expect } from '@playwright/test';
import { parse } from 'node-html-parser';
import { takeAstroLock } from '../astro-lock.ts';

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

/** Runs `astro build` in `env`, when no other test's Astro process runs (see tests/astro-lock.ts). */
export function runAstroBuild(env: NodeJS.ProcessEnv): { status: number | null; stdout: string; stderr: string } {
  const release = takeAstroLock();
  try {
    const run = spawnSync('npx', ['astro', 'build'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env });
    return { status: run.status, stdout: run.stdout, stderr: run.stderr };
  } finally {
    release();
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
