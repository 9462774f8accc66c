import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { SITES, siteUrl } from './sites.ts';

/** axe-core on one page of every type, in both themes (set the way a reader sets them: the stored switch). */
const site = SITES.main;
const PAGES = {
  home: '',
  'paper with bilingual commentary': 'papers/deepgemm/',
  'paper with abstract only': 'papers/safety-evaluation-of-deepseek-models-in-chinese-contexts/',
  'paper list': 'papers/',
  'paper list, page 2': 'papers/page/2/',
  'tag index': 'tags/',
  'topic page': 'tags/reinforcement-learning/',
  'blog tag page': 'tags/ml/',
  'source index': 'sources/',
  'source page with pager': 'sources/002_da7c46ff3b04e6d9/',
  'note with code': 'posts/pydantic-evals/',
  'note with quotation': 'posts/understanding-r1-zero-like-training/',
  'note list': 'posts/',
  'note with related papers': 'posts/deepseek-v3/',
  'paper list by upvotes': 'papers/top/',
  'author page': 'authors/chenggang-zhao/',
  'author index': 'authors/',
  about: 'about/',
  'not found': 'no-such-page/',
};
/** Pages of the maintainer's notes, on the site built with the fixture notes. */
const NOTE_PAGES = {
  'note with formulas, a table, a figure and code': 'notes/kv-cache-quantization/',
  'stand-alone note': 'notes/reading-list/',
  'list of notes': 'notes/',
  'paper with a note': 'papers/deepgemm/',
  'tag page with notes': 'tags/kv-cache/',
};

/** Pages of the fixture whose notes mention papers: the lists only it has. */
const LINKED_PAGES = {
  'note that mentions papers': 'posts/reading-the-hessian-paper/',
  'paper discussed in notes': 'papers/towards-quantifying-the-hessian-structure-of-neural-networks/',
};

/** Pages whose wide parts (chart, tables) scroll or change layout on a phone, checked at 375 px too. */
const NARROW_PAGES = [
  ['home', site, ''],
  ['about', site, 'about/'],
  ['note with a table', SITES.notes, 'notes/kv-cache-quantization/'],
] as const;

async function violationsOf(page: Page): Promise<{ id: string; targets: string[] }[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((violation) => ({
    id: violation.id,
    targets: violation.nodes.map((node) => node.target.join(' ')).slice(0, 5),
  }));
}

/** Opens a page in a stored theme and expects axe to find nothing. */
async function expectNoViolations(page: Page, url: string, theme: 'light' | 'dark'): Promise<void> {
  await page.addInitScript((value) => {
    localStorage.setItem('paper-notes:theme', value);
  }, theme);
  await page.goto(url);
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
  expect(await violationsOf(page)).toEqual([]);
}

for (const theme of ['light', 'dark'] as const) {
  for (const [name, path, onSite] of [
    ...Object.entries(PAGES).map(([name, path]) => [name, path, site] as const),
    ...Object.entries(LINKED_PAGES).map(([name, path]) => [name, path, SITES.linked] as const),
    ...Object.entries(NOTE_PAGES).map(([name, path]) => [name, path, SITES.notes] as const),
  ]) {
    test(`${name} has no accessibility violations in the ${theme} theme`, async ({ page }) => {
      await expectNoViolations(page, siteUrl(onSite, path), theme);
    });
  }

  for (const [name, onSite, path] of NARROW_PAGES) {
    test(`${name} has no accessibility violations at 375 px in the ${theme} theme`, async ({ page }) => {
      await page.setViewportSize({ width: 375, height: 800 });
      await expectNoViolations(page, siteUrl(onSite, path), theme);
    });
  }

  test(`an open link preview has no accessibility violations in the ${theme} theme`, async ({ page }) => {
    await page.addInitScript((value) => {
      localStorage.setItem('paper-notes:theme', value);
    }, theme);
    await page.goto(siteUrl(SITES.linked, LINKED_PAGES['paper discussed in notes']));
    await page.getByRole('region', { name: 'Discussed in' }).getByRole('link').first().focus();
    await expect(page.locator('.link-preview')).toBeVisible();
    expect(await violationsOf(page)).toEqual([]);
  });
}
