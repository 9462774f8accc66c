import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
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
  'tag page with pager': 'tags/language-models/',
  'source index': 'sources/',
  'source page with pager': 'sources/002_da7c46ff3b04e6d9/',
  'note with code': 'posts/pydantic-evals/',
  'note with quotation': 'posts/understanding-r1-zero-like-training/',
  'note list': 'posts/',
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

for (const theme of ['light', 'dark'] as const) {
  for (const [name, path, onSite] of [
    ...Object.entries(PAGES).map(([name, path]) => [name, path, site] as const),
    ...Object.entries(NOTE_PAGES).map(([name, path]) => [name, path, SITES.notes] as const),
  ]) {
    test(`${name} has no accessibility violations in the ${theme} theme`, async ({ page }) => {
      await page.addInitScript((value) => localStorage.setItem('paper-notes:theme', value), theme);
      await page.goto(siteUrl(onSite, path));
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      const results = await new AxeBuilder({ page }).analyze();
      const violations = results.violations.map((violation) => ({ id: violation.id, targets: violation.nodes.map((node) => node.target.join(' ')).slice(0, 5) }));
      expect(violations).toEqual([]);
    });
  }
}
