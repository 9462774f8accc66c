import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { expect, test } from '@playwright/test';
import { parse, type HTMLElement } from 'node-html-parser';
import { SITES, type TestSite } from './sites.ts';

/**
 * Every internal link of every built site resolves: each `href`, `src` and form `action` that
 * points into the site names a file of the build, and each `#fragment` names an element on
 * the target page. Read from the built files, so nothing is skipped for being hard to click.
 */
const ORIGIN = 'http://site.invalid';

function htmlFiles(dir: string): string[] {
  const files: string[] = [];
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.html')) files.push(relative(dir, path).split(sep).join('/'));
    }
  };
  walk(dir);
  return files.sort();
}

/** The URL a built file is served at, below the base: `papers/x/index.html` → `papers/x/`. */
function servedPath(file: string): string {
  return file.replace(/(^|\/)index\.html$/u, '$1');
}

/** The file a site path is served from, or null when the build has none. */
function fileFor(site: TestSite, pathname: string): string | null {
  if (!pathname.startsWith(site.base)) return null;
  const inside = decodeURIComponent(pathname.slice(site.base.length));
  const candidate = inside === '' || inside.endsWith('/') ? `${inside}index.html` : inside;
  const full = join(site.outDir, candidate);
  return existsSync(full) && statSync(full).isFile() ? candidate : null;
}

function targetsOf(root: HTMLElement): string[] {
  const attributes: [string, string][] = [
    ['a[href]', 'href'],
    ['link[href]', 'href'],
    ['script[src]', 'src'],
    ['img[src]', 'src'],
    ['form[action]', 'action'],
  ];
  return attributes.flatMap(([selector, attribute]) =>
    root.querySelectorAll(selector).map((element) => element.getAttribute(attribute) ?? ''),
  );
}

for (const [name, site] of Object.entries(SITES)) {
  test(`every internal link of the ${name} site resolves`, () => {
    const files = htmlFiles(site.outDir);
    expect(files.length).toBeGreaterThan(10);
    const ids = new Map<string, Set<string>>();
    const idsOf = (file: string): Set<string> => {
      let found = ids.get(file);
      if (!found) {
        found = new Set(
          parse(readFileSync(join(site.outDir, file), 'utf8'))
            .querySelectorAll('[id]')
            .map((element) => element.id),
        );
        ids.set(file, found);
      }
      return found;
    };

    const broken: string[] = [];
    let checked = 0;
    for (const file of files) {
      const pageUrl = new URL(`${site.base}${servedPath(file)}`, ORIGIN);
      const root = parse(readFileSync(join(site.outDir, file), 'utf8'));
      for (const raw of targetsOf(root)) {
        const url = new URL(raw, pageUrl);
        if (url.origin !== ORIGIN) {
          if (!['http:', 'https:'].includes(url.protocol)) broken.push(`${file}: non-http link ${raw}`);
          continue;
        }
        checked += 1;
        const target = fileFor(site, url.pathname);
        if (!target) broken.push(`${file} → ${raw}`);
        else if (url.hash && target.endsWith('.html') && !idsOf(target).has(decodeURIComponent(url.hash.slice(1))))
          broken.push(`${file} → ${raw} (no such fragment)`);
      }
    }
    expect(checked).toBeGreaterThan(files.length * 5);
    expect(broken).toEqual([]);
  });

  test(`every sitemap and feed URL of the ${name} site is a built page`, () => {
    const sitemaps = readdirSync(site.outDir).filter((file) => /^sitemap-\d+\.xml$/u.test(file));
    expect(sitemaps.length).toBeGreaterThan(0);
    const feeds = [
      join(site.outDir, 'rss.xml'),
      ...readdirSync(join(site.outDir, 'tags'), { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => join(site.outDir, 'tags', entry.name, 'rss.xml')),
    ];
    const xml = [...sitemaps.map((file) => join(site.outDir, file)), ...feeds].map((path) => readFileSync(path, 'utf8')).join('\n');
    const urls = [...xml.matchAll(/<(?:loc|link)>([^<]+)<\/(?:loc|link)>/gu)].map((match) => new URL(match[1] ?? ''));
    expect(urls.length).toBeGreaterThan(feeds.length);
    const missing = urls.filter((url) => !fileFor(site, url.pathname)).map((url) => url.href);
    expect(missing).toEqual([]);
    // Every built page but the not-found page is in the sitemap.
    const listed = new Set(urls.map((url) => decodeURIComponent(url.pathname)));
    const unlisted = htmlFiles(site.outDir)
      .filter((file) => file !== '404.html')
      .map((file) => `${site.base}${servedPath(file)}`)
      .filter((path) => !listed.has(path));
    expect(unlisted).toEqual([]);
  });
}
