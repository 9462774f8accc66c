import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { PARTS_MANIFEST, type PartsManifest } from '../../src/search/parts.ts';
import { buildCorpus } from '../../src/loader/corpus.ts';
import { readSeedDir } from '../../src/loader/read-seeds.ts';
import { SITES, siteUrl, type TestSite } from './sites.ts';

/**
 * Search over an index in parts (src/search/parts.ts). The `parts` site is the seed
 * site with parts of 60 papers, so each search here can be held against the same search on
 * `main`, whose index is in one part for the papers: what a reader finds must not depend on how
 * the index is cut, only when the older parts are downloaded.
 */

const single = SITES.main;
const cut = SITES.parts;
const manifest = (JSON.parse(readFileSync(join(cut.outDir, 'pagefind', PARTS_MANIFEST), 'utf8')) as PartsManifest).parts;
const olderFolders = manifest.filter((part) => !part.firstSearch).map((part) => part.folder);

/** A Pagefind 1.x fragment, as the build writes it: gzip of a signature and the page's JSON. */
interface Fragment {
  readonly url: string;
  readonly meta: { readonly title?: string };
}

function searchPage(site: TestSite, query: string, extra = ''): string {
  return siteUrl(site, `search/?q=${encodeURIComponent(query)}${extra}`);
}

function resultsList(page: Page): Locator {
  return page.getByRole('list', { name: 'Search results' });
}

function status(page: Page): Locator {
  return page.getByRole('main').getByRole('status');
}

async function settled(page: Page): Promise<string> {
  await expect(resultsList(page)).not.toHaveAttribute('aria-busy', 'true');
  await expect(status(page)).toHaveText(/^\d+ results?\b/u);
  return (await status(page).textContent()) ?? '';
}

async function resultPaths(page: Page): Promise<string[]> {
  const hrefs = await resultsList(page)
    .getByRole('heading', { level: 2 })
    .getByRole('link')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  return hrefs.map((href) => new URL(href, 'http://site').pathname);
}

/** Clicks "Show more results" until it is gone; returns the paths shown after each step. */
async function showAll(page: Page): Promise<string[][]> {
  const steps = [await resultPaths(page)];
  const more = page.getByRole('button', { name: 'Show more results' });
  while (await more.isVisible()) {
    await more.click();
    // The list is busy until the results are in; then there are more of them.
    await expect(resultsList(page)).not.toHaveAttribute('aria-busy', 'true');
    await settled(page);
    steps.push(await resultPaths(page));
    expect((steps.at(-1) ?? []).length).toBeGreaterThan((steps.at(-2) ?? []).length);
  }
  return steps;
}

/** Each seed paper's day key by page path. */
async function paperDays(): Promise<Map<string, string>> {
  const corpus = buildCorpus(await readSeedDir(single.seeds));
  return new Map(corpus.papers.map((paper) => [`/papers/${paper.slug}/`, paper.date?.sortKey ?? ''] as const));
}

/** The fragments of a part of the cut index: one per page it holds. */
function partFragments(folder: string): Fragment[] {
  const dir = join(cut.outDir, 'pagefind', folder, 'fragment');
  return readdirSync(dir).map(
    (name) =>
      JSON.parse(
        gunzipSync(readFileSync(join(dir, name)))
          .toString('utf8')
          .slice('pagefind_dcd'.length),
      ) as Fragment,
  );
}

/** Paths of the index parts' folders a page requested, for parts a first search does not read. */
function olderPartRequests(page: Page): string[] {
  const requested: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (olderFolders.some((folder) => path.startsWith(`/pagefind/${folder}`))) requested.push(path);
  });
  return requested;
}

test.describe('search over an index in parts', () => {
  test('a first search with a page of matches reads only the first parts, and says how much it searched', async ({ page }) => {
    const requested = olderPartRequests(page);
    await page.goto(searchPage(cut, 'model'));
    const text = await settled(page);
    await expect(resultsList(page).locator(':scope > li')).toHaveCount(10);
    expect(requested).toEqual([]);
    const first = manifest.filter((part) => part.firstSearch).reduce((sum, part) => sum + part.pages, 0);
    const all = manifest.reduce((sum, part) => sum + part.pages, 0);
    expect(text).toContain(`among the newest ${first.toLocaleString('en')} of ${all.toLocaleString('en')} papers and notes`);
    await expect(page.getByRole('button', { name: 'Show more results' })).toBeVisible();
  });

  test('showing more reads older parts, never moves a shown result, and ends with every match of the single index', async ({ page }) => {
    await page.goto(searchPage(single, 'language'));
    await settled(page);
    const expected = (await showAll(page)).at(-1) ?? [];
    expect(expected.length).toBeGreaterThan(40);

    const requested = olderPartRequests(page);
    await page.goto(searchPage(cut, 'language'));
    await settled(page);
    const steps = await showAll(page);
    const shown = steps.at(-1) ?? [];
    for (let at = 1; at < steps.length; at += 1) expect((steps[at] ?? []).slice(0, steps[at - 1]?.length)).toEqual(steps[at - 1]);
    expect(new Set(shown).size).toBe(shown.length);
    expect([...shown].sort()).toEqual([...expected].sort());
    expect(await status(page).textContent()).toMatch(new RegExp(`^${expected.length} results for “language”$`, 'u'));
    expect(requested.length).toBeGreaterThan(0);
  });

  test('a paper found only in the oldest part is found by a first search, reading the parts it needs', async ({ page }) => {
    // A paper of the last part, by its exact title: no other part holds it.
    const last = manifest.at(-1);
    expect(last?.firstSearch).toBe(false);
    const papers = partFragments(last?.folder ?? '')
      .filter((fragment) => /^[\p{L}\p{N} -]+$/u.test(fragment.meta.title ?? ''))
      .sort((a, b) => a.url.localeCompare(b.url));
    const paper = papers[0];
    expect(paper, 'the last part holds a paper with a plain title').toBeDefined();

    const requested = olderPartRequests(page);
    await page.goto(searchPage(cut, `"${paper?.meta.title ?? ''}"`));
    await settled(page);
    expect(await resultPaths(page)).toContain(paper?.url);
    expect(requested.some((path) => path.startsWith(`/pagefind/${last?.folder ?? ''}`))).toBe(true);
  });

  test('newest first over the parts lists the same matches day by day as the single index', async ({ page }) => {
    // Within a day, results keep their relevance order, which each index ranks by its own word statistics.
    const days = await paperDays();
    const byDay = (paths: readonly string[]) => paths.map((path) => `${days.get(path) ?? ''} ${path}`);
    await page.goto(searchPage(single, 'model', '&sort=newest'));
    await settled(page);
    const expected = (await showAll(page)).at(-1) ?? [];
    await page.goto(searchPage(cut, 'model', '&sort=newest'));
    await settled(page);
    const shown = (await showAll(page)).at(-1) ?? [];
    expect(shown.map((path) => days.get(path) ?? '')).toEqual(expected.map((path) => days.get(path) ?? ''));
    expect(byDay(shown).sort()).toEqual(byDay(expected).sort());
  });

  test('newest first, a first search reads the older parts only as far as its page of matches needs', async ({ page }) => {
    // The newest matches of the single index, with the day of each.
    const days = await paperDays();
    await page.goto(searchPage(single, 'model', '&sort=newest'));
    await settled(page);
    const expected = await resultPaths(page);
    expect(expected).toHaveLength(10);
    // To place them in order, the search must know every page of each day down to the last one shown;
    // the parts after the last part holding such a page need not be read.
    const lastDay = days.get(expected.at(-1) ?? '') ?? '';
    expect(lastDay).toMatch(/^\d{4}-\d{2}-\d{2}$/u);
    const partOf = new Map(manifest.flatMap((part, index) => partFragments(part.folder).map((fragment) => [fragment.url, index] as const)));
    const lastNeeded = Math.max(...[...days].filter(([, day]) => day >= lastDay).map(([path]) => partOf.get(path) ?? manifest.length));
    const unneeded = manifest.slice(lastNeeded + 1).map((part) => part.folder);
    expect(unneeded.length, 'the cut site has an older part this search need not read').toBeGreaterThan(0);

    const requested = olderPartRequests(page);
    await page.goto(searchPage(cut, 'model', '&sort=newest'));
    const text = await settled(page);
    const shown = await resultPaths(page);
    expect(shown.map((path) => days.get(path) ?? '')).toEqual(expected.map((path) => days.get(path) ?? ''));
    // Every match of the days before the last one shown is there; within that day, each index ranks by its own statistics.
    const before = (paths: readonly string[]) => paths.filter((path) => (days.get(path) ?? '') > lastDay).sort();
    expect(before(shown)).toEqual(before(expected));
    expect(requested.filter((path) => unneeded.some((folder) => path.startsWith(`/pagefind/${folder}`)))).toEqual([]);
    expect(text).toMatch(/ among the newest [\d,]+ of [\d,]+ papers and notes$/u);
  });

  test('filter counts cover every part', async ({ page }) => {
    const facetCounts = async (site: TestSite) => {
      await page.goto(searchPage(site, 'model'));
      await settled(page);
      await page.getByText('Narrow by tag, source, kind of source or commentary language').click();
      const facets = page.locator('[data-facets] input[type="checkbox"]');
      await expect(facets.first()).toBeVisible();
      return page
        .locator('[data-facets] label')
        .evaluateAll((labels) => labels.map((label) => label.textContent.replace(/\s+/gu, ' ').trim()).sort());
    };
    const expected = await facetCounts(single);
    expect(expected.length).toBeGreaterThan(5);
    expect(await facetCounts(cut)).toEqual(expected);
  });

  test('the header search says how many at least, and offers every result on the search page', async ({ page }) => {
    await page.goto(siteUrl(cut, 'about/'));
    const box = page.getByRole('banner').getByRole('combobox', { name: 'Search' });
    await box.fill('model');
    const panel = page.locator('[data-site-search-panel]');
    await expect(panel.getByRole('option')).toHaveCount(8);
    await expect(panel.locator('[data-site-search-summary]')).toHaveText(/^8 of at least \d+ results$/u);
    await expect(panel.getByRole('link', { name: 'See all results' })).toBeVisible();
  });
});
