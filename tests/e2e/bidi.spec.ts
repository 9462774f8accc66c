import { expect, test, type Locator } from '@playwright/test';
import { EDGE_PAPERS } from '../fixtures/hostile-strings.ts';
import { SITES, siteUrl } from './sites.ts';

/**
 * Seed text with a right-to-left override (U+202E), which reverses what follows it to the end of
 * its paragraph: each piece of seed text is isolated, so the override reaches no further.
 * The paper comes from tests/fixtures/hostile-seeds/105_bidi-controls.txt.
 */
const site = SITES.hostile;
const paper = EDGE_PAPERS.find((entry) => entry.file === '105_bidi-controls.txt');
const PAPER_PAGE = 'papers/bidi-override-report-gpj-exe/';

async function unicodeBidi(locator: Locator): Promise<string> {
  return locator.evaluate((element) => getComputedStyle(element).unicodeBidi);
}

/** Where a piece of text is drawn: the box of the first occurrence of `text` inside `container`. */
async function textBox(container: Locator, text: string): Promise<{ left: number; right: number; top: number }> {
  const box = await container.evaluate((element, wanted) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(wanted) ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      const rect = range.getBoundingClientRect();
      return { left: rect.left, right: rect.right, top: rect.top };
    }
    return null;
  }, text);
  expect(box, `${text} is on the page`).not.toBeNull();
  return box ?? { left: 0, right: 0, top: 0 };
}

test.beforeAll(() => {
  expect(paper?.title).toContain('\u202E');
});

test('an override in one author’s name does not reorder the names after it', async ({ page }) => {
  await page.goto(siteUrl(site, PAPER_PAGE));
  const authors = page.locator('.facts .authors');
  await expect(authors.locator('li')).toHaveText(paper?.authors ?? []);
  // "Mallory <RLO>evil", "Trent Honest": isolated, "Trent Honest" stays after the overridden "evil"
  // on the same line; without isolation it would be reversed and drawn before it.
  const overridden = await textBox(authors, 'evil');
  const next = await textBox(authors, 'Trent Honest');
  expect(Math.abs(next.top - overridden.top)).toBeLessThan(2);
  expect(next.left).toBeGreaterThanOrEqual(overridden.right - 1);
});

test('titles, tags and commentary with an override are isolated wherever they are shown', async ({ page }) => {
  const title = paper?.title ?? '';
  await page.goto(siteUrl(site, PAPER_PAGE));
  await expect(page.locator('h1')).toHaveText(title);
  expect(await unicodeBidi(page.locator('h1'))).toBe('isolate');
  const tag = page.locator('.tag-group-own a bdi', { hasText: 'bidi' });
  expect(await unicodeBidi(tag)).toBe('isolate');
  for (const lang of ['ko', 'en']) expect(await unicodeBidi(page.locator(`.commentary-block[lang="${lang}"] p`).first())).toBe('isolate');
  // The document title has no elements: isolates bracket the title, so the site name keeps its order.
  expect(await page.locator('title').textContent()).toBe(`\u2068${title}\u2069 · Paper notes`);

  await page.goto(siteUrl(site, 'sources/105_bidi-controls/'));
  const entry = page.locator('.source-entries > li > :first-child');
  await expect(entry).toHaveText([title]);
  expect(await unicodeBidi(entry)).toBe('isolate');

  await page.goto(siteUrl(site, 'tags/general/'));
  const listed = page.locator('.listed-title', { hasText: 'Bidi Override Report' });
  await expect(listed).toHaveCount(1);
  expect(await unicodeBidi(listed)).toBe('isolate');
});
