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
  'topic page': 'tags/reinforcement-learning/',
  'blog tag page': 'tags/ml/',
  'source index': 'sources/',
  'source page with pager': 'sources/002_da7c46ff3b04e6d9/',
  'note with code': 'posts/pydantic-evals/',
  'note with quotation': 'posts/understanding-r1-zero-like-training/',
  'note list': 'posts/',
  about: 'about/',
  'not found': 'no-such-page/',
};

for (const theme of ['light', 'dark'] as const) {
  for (const [name, path] of Object.entries(PAGES)) {
    test(`${name} has no accessibility violations in the ${theme} theme`, async ({ page }) => {
      await page.addInitScript((value) => localStorage.setItem('paper-notes:theme', value), theme);
      await page.goto(siteUrl(site, path));
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      const results = await new AxeBuilder({ page }).analyze();
      const violations = results.violations.map((violation) => ({ id: violation.id, targets: violation.nodes.map((node) => node.target.join(' ')).slice(0, 5) }));
      expect(violations).toEqual([]);
    });
  }
}
