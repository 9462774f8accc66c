import { expect, test } from '@playwright/test';
import { SITES, siteUrl } from './sites.ts';

/** What the loader's reading of the real seeds looks like to a reader: dates by kind, quotations whole. */
const site = SITES.main;

test('a paper shows each of its dates under the label of its kind', async ({ page }) => {
  await page.goto(siteUrl(site, 'papers/deepgemm/'));
  const facts = page.locator('.facts');
  await expect(facts.locator('div', { has: page.locator('dt', { hasText: /^Noted$/u }) }).locator('time')).toHaveText('26 Feb 2025');
  await expect(facts.locator('div', { has: page.locator('dt', { hasText: /^Noted$/u }) })).toContainText('as written: 2025년 2월 26일');
  await expect(facts.locator('dt', { hasText: 'Listed on Hugging Face' })).toHaveCount(0);

  await page.goto(siteUrl(site, 'papers/let-the-code-llm-edit-itself-when-you-edit-the-code/'));
  const listed = page.locator('.facts div', { has: page.locator('dt', { hasText: 'Listed on Hugging Face' }) });
  await expect(listed.locator('time')).toHaveText('3 Jul 2024');
  // `Jul 3, 2024` is the same date in the same words: not repeated beside it.
  await expect(listed).not.toContainText('as written');
  await expect(listed.locator('time')).toHaveAttribute('datetime', '2024-07-03');
});

test('a quotation the source hard-wrapped mid-sentence reads as one paragraph of one blockquote', async ({ page }) => {
  await page.goto(siteUrl(site, 'posts/deepseek-v3/'));
  const quotes = page.locator('article blockquote');
  await expect(quotes).toHaveCount(1);
  await expect(quotes.locator('p')).toHaveCount(1);
  await expect(quotes).toContainText('serving as a GPU co-processor or a network co-processor like NVIDIA SHARP Graham et al. (2016).');
  await expect(quotes).toContainText('the IB (scale-out) and NVLink (scale-up) networks from the perspective of the computation units.');
});
