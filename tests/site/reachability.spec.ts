import { expect, test } from '@playwright/test';
import { SITES } from '../e2e/sites.ts';
import { htmlPages, internalLinks, readPage } from './built-site.ts';

const site = SITES.main;

/** Pages that are reached by other means than links: the not-found page is served for unknown URLs. */
const UNLINKED = new Set(['/404.html']);

test('every page is reachable from the home page within three clicks', () => {
  const pages = htmlPages(site.outDir);
  const depth = new Map<string, number>([['/', 0]]);
  let frontier = ['/'];
  for (let clicks = 1; clicks <= 3; clicks += 1) {
    const next: string[] = [];
    for (const path of frontier) {
      const file = pages.get(path);
      if (!file) continue;
      for (const target of internalLinks(readPage(site.outDir, file), path, site.base)) {
        if (!depth.has(target) && pages.has(target)) {
          depth.set(target, clicks);
          next.push(target);
        }
      }
    }
    frontier = next;
  }
  // A page left at a moved address is not for browsing: links shared before the move reach it, and it
  // must lead to a page that is itself reachable.
  const movedTo = new Map<string, string>();
  for (const [path, file] of pages) {
    const refresh = /<meta http-equiv="refresh" content="0; url=([^"]+)">/u.exec(readPage(site.outDir, file));
    if (refresh?.[1]) movedTo.set(path, refresh[1]);
  }
  const unreachable = [...pages.keys()].filter((path) => !depth.has(path) && !UNLINKED.has(path) && !movedTo.has(path));
  expect(pages.size).toBeGreaterThan(300);
  expect(unreachable).toEqual([]);
  expect(movedTo.size).toBeGreaterThan(0);
  expect([...movedTo].filter(([, target]) => !depth.has(target))).toEqual([]);
});

test('no internal link is broken', () => {
  const pages = htmlPages(site.outDir);
  const broken: string[] = [];
  for (const [path, file] of pages) {
    for (const target of internalLinks(readPage(site.outDir, file), path, site.base)) {
      const isAsset = /\.[a-z0-9]+$/iu.test(target) && !target.endsWith('.html');
      if (!isAsset && !pages.has(target)) broken.push(`${path} → ${target}`);
    }
  }
  expect(broken).toEqual([]);
});
