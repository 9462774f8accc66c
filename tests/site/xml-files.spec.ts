import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { EDGE_PAPERS } from '../fixtures/hostile-strings.ts';
import { SITES } from '../e2e/sites.ts';
import { listFiles } from './built-site.ts';

/**
 * Every XML file a site publishes (site and tag feeds, sitemaps) parses with a strict XML parser,
 * Chromium's, whatever the seeds hold: one character XML cannot hold breaks the whole file for
 * every reader. The hostile corpus has titles and tags full of such characters.
 */

/** Parse errors of each file, by file; files that parse are left out. */
async function parseErrors(page: Page, files: Record<string, string>): Promise<Record<string, string>> {
  return page.evaluate((texts) => {
    const errors: Record<string, string> = {};
    for (const [file, text] of Object.entries(texts)) {
      const error = new DOMParser().parseFromString(text, 'application/xml').querySelector('parsererror');
      if (error) errors[file] = error.textContent;
    }
    return errors;
  }, files);
}

function xmlFiles(outDir: string): Record<string, string> {
  return Object.fromEntries(
    listFiles(outDir)
      .filter((file) => file.endsWith('.xml'))
      .map((file) => [file, readFileSync(join(outDir, file), 'utf8')]),
  );
}

for (const [name, site] of Object.entries(SITES)) {
  test(`every XML file of the ${name} site is well-formed`, async ({ page }) => {
    const files = xmlFiles(site.outDir);
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['rss.xml', 'sitemap-index.xml', 'sitemap-0.xml']));
    expect(Object.keys(files).filter((file) => /^tags\/.+\/rss\.xml$/u.test(file)).length).toBeGreaterThan(3);
    expect(await parseErrors(page, files)).toEqual({});
  });
}

test('feeds keep entries whose titles and tags hold characters XML cannot, with U+FFFD in their place', async ({ page }) => {
  const files = xmlFiles(SITES.hostile.outDir);
  const feed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    return [...doc.querySelectorAll('item')].map((item) => ({
      title: item.querySelector('title')?.textContent ?? '',
      categories: [...item.querySelectorAll('category')].map((category) => category.textContent),
    }));
  }, files['rss.xml'] ?? '');
  const byTitle = new Map(feed.map((item) => [item.title, item.categories]));
  const R = '\uFFFD';
  expect(byTitle.get(`Control Characters Alpha ${R.repeat(8)} end of alpha`)).toEqual(
    expect.arrayContaining([`ctl${R}bell`, 'plain-tag', `esc${R}ape`]),
  );
  expect(byTitle.get(`Control Characters Beta tab and form feed ${R.repeat(18)} end of beta`)).toEqual(
    expect.arrayContaining([`unit${R}separator`, `record${R}separator`]),
  );
  expect(byTitle.get(`Control Characters Gamma ${R} and ${R} noncharacters`)).toEqual(expect.arrayContaining([`non${R}char`]));
  // Bidi controls are allowed in XML and stay as written.
  const bidi = EDGE_PAPERS.find((paper) => paper.file === '105_bidi-controls.txt');
  expect(byTitle.get(bidi?.title ?? '')).toEqual(expect.arrayContaining([...(bidi?.tags ?? [])]));
});
