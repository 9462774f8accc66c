/**
 * Lighthouse on one page of each type of a built site, as Lighthouse's command line runs it by
 * default: a phone-sized screen, a slow 4G connection and a four times slower CPU, simulated.
 * Each type is represented by its heaviest page (the largest HTML file), so a score is the
 * worst a reader meets, not a typical one. Chromium is the one the tests use (scripts/chromium.ts),
 * launched by Playwright with a debugging port for Lighthouse to drive.
 */
import { readdir, stat } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../../scripts/chromium.ts';
import type { RunningServer } from './static-server.ts';

export interface PageScore {
  /** The page type: `paper`, `tag`, `search with a query`, … */
  readonly kind: string;
  /** The page's path under the site, with its query. */
  readonly path: string;
  /** Lighthouse scores from 0 to 100; null when the run failed. */
  readonly performance: number | null;
  readonly accessibility: number | null;
  readonly bestPractices: number | null;
  readonly seo: number | null;
  readonly lcpMs: number | null;
  readonly tbtMs: number | null;
  readonly cls: number | null;
  /** Elements in the page's DOM once loaded. */
  readonly elements: number | null;
  /** Bytes the page downloaded, as sent. */
  readonly bytes: number | null;
  readonly error: string | null;
}

/** The largest `index.html` one level under `folder` (its sub-folders `except` left out), as a site path. */
async function heaviestPage(outDir: string, folder: string, except: readonly string[] = []): Promise<string | null> {
  const names = await readdir(join(outDir, folder)).catch(() => [] as string[]);
  let best: { path: string; size: number } | null = null;
  for (const name of names) {
    if (except.includes(name)) continue;
    const size = await stat(join(outDir, folder, name, 'index.html')).then(
      (file) => file.size,
      () => null,
    );
    if (size !== null && (best === null || size > best.size)) best = { path: `${folder}/${name}/`, size };
  }
  return best?.path ?? null;
}

/** One page per type: the lists and indexes themselves, and the heaviest page of each kind of item. */
export async function lighthousePages(outDir: string, query: string): Promise<{ kind: string; path: string }[]> {
  const pages: { kind: string; path: string | null }[] = [
    { kind: 'home', path: '' },
    { kind: 'paper list', path: 'papers/' },
    { kind: 'paper list, a later page', path: await heaviestPage(outDir, 'papers/page') },
    { kind: 'paper', path: await heaviestPage(outDir, 'papers', ['page', 'top']) },
    { kind: 'tag index', path: 'tags/' },
    { kind: 'tag', path: await heaviestPage(outDir, 'tags') },
    { kind: 'author index', path: 'authors/' },
    { kind: 'author', path: await heaviestPage(outDir, 'authors', ['page']) },
    { kind: 'blog post list', path: 'posts/' },
    { kind: 'blog post', path: await heaviestPage(outDir, 'posts', ['page']) },
    { kind: 'source', path: await heaviestPage(outDir, 'sources') },
    { kind: 'search', path: 'search/' },
    { kind: 'search with a query', path: `search/?q=${encodeURIComponent(query).replace(/%20/gu, '+')}` },
  ];
  return pages.filter((page): page is { kind: string; path: string } => page.path !== null);
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (typeof address === 'object' && address) resolve(address.port);
        else reject(new Error('no free port for Chromium'));
      });
    });
  });
}

const score = (value: number | null | undefined) => (value === null || value === undefined ? null : Math.round(value * 100));

/** Lighthouse on each page, one after another in one Chromium; returns the Chromium version too. */
export async function probeLighthouse(
  server: RunningServer,
  pages: readonly { kind: string; path: string }[],
): Promise<{ scores: PageScore[]; chromium: string }> {
  const port = await freePort();
  const launch = chromiumLaunchOptions();
  const browser = await chromium.launch({ ...launch, args: [...launch.args, `--remote-debugging-port=${port}`] });
  const scores: PageScore[] = [];
  try {
    for (const { kind, path } of pages) {
      const failed = (error: string): PageScore => ({
        kind,
        path,
        performance: null,
        accessibility: null,
        bestPractices: null,
        seo: null,
        lcpMs: null,
        tbtMs: null,
        cls: null,
        elements: null,
        bytes: null,
        error,
      });
      try {
        const result = await lighthouse(`${server.url}/${path}`, {
          port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
        });
        const report = result?.lhr;
        if (!report) {
          scores.push(failed('Lighthouse returned no report'));
          continue;
        }
        const { categories, audits } = report;
        scores.push({
          kind,
          path,
          performance: score(categories['performance']?.score),
          accessibility: score(categories['accessibility']?.score),
          bestPractices: score(categories['best-practices']?.score),
          seo: score(categories['seo']?.score),
          lcpMs: audits['largest-contentful-paint']?.numericValue ?? null,
          tbtMs: audits['total-blocking-time']?.numericValue ?? null,
          cls: audits['cumulative-layout-shift']?.numericValue ?? null,
          elements: audits['dom-size-insight']?.numericValue ?? null,
          bytes: audits['total-byte-weight']?.numericValue ?? null,
          error: report.runtimeError?.message ?? null,
        });
      } catch (error) {
        scores.push(failed(error instanceof Error ? error.message : String(error)));
      }
    }
    return { scores, chromium: browser.version() };
  } finally {
    await browser.close();
  }
}
