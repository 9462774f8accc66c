import { expect, test, type Page } from '@playwright/test';
import { buildCorpus } from '../../src/loader/corpus.ts';
import { readSeedDir } from '../../src/loader/read-seeds.ts';
import { SITES, siteUrl } from './sites.ts';

/**
 * What a reader sees in lists, navigation and search on the built sites: group headings in
 * newest-first lists, only what the site has in its navigation, names instead of file names,
 * scrolling regions a keyboard can reach, and what each search result is.
 */

const main = SITES.main;
const FILE_NAME = /\.txt\b|\d{3}_[0-9a-f]{16}/u;

/** The group headings of a list page with the dates listed under each, in page order. */
async function datesByGroup(page: Page): Promise<{ heading: string; dates: string[] }[]> {
  return page.locator('section.list-group').evaluateAll((sections) =>
    sections.map((section) => ({
      heading: section.querySelector('h2, h3')?.textContent.trim() ?? '',
      dates: [...section.querySelectorAll('.listed time')].map((time) => time.textContent.trim()),
    })),
  );
}

test('a tag page lists yearless papers under their own heading, after the dated ones', async ({ page }) => {
  await page.goto(siteUrl(main, 'tags/quantization/'));
  const groups = await datesByGroup(page);
  const headings = groups.map((group) => group.heading);
  expect(headings.slice(0, 3)).toEqual(['Dated', 'Date without year', 'No date']);
  const [dated, yearless, undated] = groups;
  expect(dated?.dates.length).toBeGreaterThan(0);
  for (const date of dated?.dates ?? []) expect(date).toMatch(/\b\d{4}$/u);
  expect(yearless?.dates.length).toBeGreaterThan(0);
  for (const date of yearless?.dates ?? []) expect(date).toMatch(/^\d{1,2} [A-Z][a-z]{2}$/u);
  expect(undated?.dates).toEqual([]);
});

test('an author page lists their papers under the same date headings', async ({ page }) => {
  await page.goto(siteUrl(main, 'authors/chenggang-zhao/'));
  const groups = await datesByGroup(page);
  expect(groups.length).toBeGreaterThan(0);
  expect(groups.map((group) => group.heading).every((heading) => ['Dated', 'Date without year', 'No date'].includes(heading))).toBe(true);
  // Words either side of a line break in the source keep their space.
  await expect(page.getByRole('main')).toContainText('Search arXiv for Chenggang Zhao · All authors');
});

test('a site without notes names no Notes anywhere, one with notes links them', async ({ page }) => {
  await page.goto(siteUrl(main));
  const nav = page.getByRole('navigation', { name: 'Sections' });
  await expect(nav.getByRole('link', { name: 'Papers' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Notes', exact: true })).toHaveCount(0);
  // Neither a count of notes nor a link to their list (names such as “Notes digest — …” are sources).
  await expect(page.locator('a[href$="/notes/"]')).toHaveCount(0);

  await page.goto(siteUrl(SITES.notes));
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Notes', exact: true }).click();
  await expect(page.locator('h1')).toHaveText('Notes');
  await expect(page.getByRole('main').getByRole('listitem').first()).toBeVisible();
});

test('“Most upvoted” lists only papers with upvotes, most first, and points to all papers', async ({ page }) => {
  const corpus = buildCorpus(await readSeedDir(main.seeds));
  const upvoted = corpus.papers.filter((paper) => paper.upvotes !== null);
  const counts: number[] = [];
  let next: string | null = siteUrl(main, 'papers/top/');
  while (next) {
    await page.goto(next);
    const entries = page.getByRole('main').locator('li.listed');
    for (const text of await entries.allTextContents()) {
      const match = /(\d+) upvotes?\b/u.exec(text);
      expect(match, text).not.toBeNull();
      counts.push(Number(match?.[1]));
    }
    const following = page.getByRole('navigation', { name: 'Pages of papers' }).getByRole('link', { name: /next/iu });
    next = (await following.count()) > 0 ? new URL((await following.getAttribute('href')) ?? '', page.url()).href : null;
  }
  expect(counts).toHaveLength(upvoted.length);
  expect(counts).toEqual([...counts].sort((a, b) => b - a));
  await page.goto(siteUrl(main, 'papers/top/'));
  await page.getByRole('main').getByRole('link', { name: 'All papers' }).click();
  await expect(page).toHaveURL(siteUrl(main, 'papers/'));
});

test('search filters name sources and kinds of source as the site does, never by file', async ({ page }) => {
  await page.goto(siteUrl(main, 'search/?q=model'));
  await expect(page.getByRole('main').getByRole('status')).toHaveText(/^\d+ results?\b/u);
  const refine = page.locator('details[data-refine]');
  await refine.locator('summary').click();
  const facets = refine.locator('[data-facets]');
  await expect(facets.getByText('Kind of source', { exact: true })).toBeVisible();
  await expect(facets.getByText('Layout', { exact: true })).toHaveCount(0);
  const labels = await facets.locator('label, legend, summary, h2, h3').allTextContents();
  expect(labels.length).toBeGreaterThan(0);
  for (const label of labels) expect(label).not.toMatch(FILE_NAME);
  await expect(facets).toContainText('Hugging Face Daily Papers — 29 Oct');
});

test('each search result says whether it is a paper or a blog post', async ({ page }) => {
  await page.goto(siteUrl(main, 'search/?q=deepseek'));
  const list = page.getByRole('list', { name: 'Search results' });
  await expect(list).not.toHaveAttribute('aria-busy', 'true');
  await expect(list.locator(':scope > li').first()).toBeVisible();
  const shown = await list.locator(':scope > li').evaluateAll((items) =>
    items.map((item) => ({
      path: new URL(item.querySelector('h2 a')?.getAttribute('href') ?? '', location.href).pathname,
      kind: item.querySelector('.search-result-kind')?.textContent ?? '',
    })),
  );
  const kinds = new Set(shown.map((result) => result.kind));
  expect(kinds).toEqual(new Set(['Paper', 'Blog post']));
  for (const { path, kind } of shown) expect(kind).toBe(path.startsWith('/posts/') ? 'Blog post' : 'Paper');
});

test('search sorted newest first names its date groups, yearless dates after full ones', async ({ page }) => {
  await page.goto(siteUrl(main, 'search/?q=quantization&sort=newest'));
  const list = page.getByRole('list', { name: 'Search results' });
  await expect(list).not.toHaveAttribute('aria-busy', 'true');
  const groups = await list.locator('.search-group').evaluateAll((heads) => heads.map((head) => head.firstChild?.textContent ?? ''));
  expect(groups[0]).toBe('Dated');
  expect(groups).toContain('Date without year');
  expect(groups.indexOf('Date without year')).toBeGreaterThan(groups.indexOf('Dated'));
});

test.describe('at 375 px', () => {
  test.use({ viewport: { width: 375, height: 800 } });

  test('a note’s wide table scrolls in a region the keyboard reaches, and stays a table', async ({ page }) => {
    await page.goto(siteUrl(SITES.notes, 'notes/kv-cache-quantization/'));
    const region = page
      .locator('.prose')
      .getByRole('region', { name: /^Table/u })
      .first();
    await expect(region).toHaveAttribute('tabindex', '0');
    expect(await region.locator('table').evaluate((table) => getComputedStyle(table).display)).toBe('table');
    // Reached with Tab alone, as a keyboard reader would scroll it.
    let reached = false;
    for (let presses = 0; presses < 80 && !reached; presses += 1) {
      await page.keyboard.press('Tab');
      reached = await region.evaluate((element) => element === document.activeElement);
    }
    expect(reached).toBe(true);
  });

  test('the About page’s table of kinds of source is a named, focusable region', async ({ page }) => {
    await page.goto(siteUrl(main, 'about/'));
    const region = page.getByRole('region', { name: /^Table/u }).first();
    await expect(region).toHaveAttribute('tabindex', '0');
    await expect(region.locator('th').first()).toHaveText('Kind of source');
  });
});
