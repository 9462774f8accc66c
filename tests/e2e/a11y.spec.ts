import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { SITES, siteUrl, type TestSite } from './sites.ts';

/** axe-core on one page of every type, in both themes (set the way a reader sets them: the stored switch). */
const site = SITES.main;
const PAGES = {
  home: '',
  'paper with bilingual commentary': 'papers/deepgemm/',
  'paper with abstract only': 'papers/safety-evaluation-of-deepseek-models-in-chinese-contexts/',
  'paper list': 'papers/',
  'paper list, page 2': 'papers/page/2/',
  'tag index': 'tags/',
  'tag page with pager': 'tags/language-models/',
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

/** Pages of the fixture whose notes mention papers: the lists only it has. */
const LINKED_PAGES = {
  'note that mentions papers': 'posts/reading-the-hessian-paper/',
  'paper discussed in notes': 'papers/towards-quantifying-the-hessian-structure-of-neural-networks/',
};

async function violationsOf(page: Page): Promise<{ id: string; targets: string[] }[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((violation) => ({
    id: violation.id,
    targets: violation.nodes.map((node) => node.target.join(' ')).slice(0, 5),
  }));
}

for (const theme of ['light', 'dark'] as const) {
  const pages: [string, TestSite, string][] = [
    ...Object.entries(PAGES).map(([name, path]): [string, TestSite, string] => [name, site, path]),
    ...Object.entries(LINKED_PAGES).map(([name, path]): [string, TestSite, string] => [name, SITES.linked, path]),
  ];
  for (const [name, where, path] of pages) {
    test(`${name} has no accessibility violations in the ${theme} theme`, async ({ page }) => {
      await page.addInitScript((value) => localStorage.setItem('paper-notes:theme', value), theme);
      await page.goto(siteUrl(where, path));
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      expect(await violationsOf(page)).toEqual([]);
    });
  }

  test(`an open link preview has no accessibility violations in the ${theme} theme`, async ({ page }) => {
    await page.addInitScript((value) => localStorage.setItem('paper-notes:theme', value), theme);
    await page.goto(siteUrl(SITES.linked, LINKED_PAGES['paper discussed in notes']));
    await page.getByRole('region', { name: 'Discussed in' }).getByRole('link').first().focus();
    await expect(page.locator('.link-preview')).toBeVisible();
    expect(await violationsOf(page)).toEqual([]);
  });
}
