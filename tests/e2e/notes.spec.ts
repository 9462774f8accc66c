import { expect, test } from '@playwright/test';
import { SITES, siteUrl } from './sites.ts';

/**
 * The maintainer's notes in Chromium, on a site built from the real seeds and the fixture notes
 * in tests/fixtures/notes (served under /lab/, so no link may assume the site's root).
 */
const site = SITES.notes;
const NOTE = 'notes/kv-cache-quantization/';
const STAND_ALONE = 'notes/reading-list/';
const NOTE_TITLE = 'How far can the KV cache be squeezed?';

test('a note renders its formulas, table, task list, footnote, figure and code', async ({ page }) => {
  await page.goto(siteUrl(site, NOTE));
  const article = page.locator('article.note');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(NOTE_TITLE);
  await expect(article.locator('.note-meta time')).toHaveAttribute('datetime', '2025-03-02');

  // Formulas: KaTeX's HTML and MathML, one display formula, written at build time.
  const body = article.locator('.note-body');
  await expect(body.locator('.katex-display')).toHaveCount(1);
  await expect(body.locator('.katex-display annotation')).toHaveText(/M = 2 \\cdot L/u);
  expect(await body.locator('.katex').count()).toBeGreaterThanOrEqual(7);
  await expect(body.locator('.katex math').first()).toBeAttached();
  const scripts = await page
    .locator('script')
    .evaluateAll((nodes) => nodes.map((node) => `${node.getAttribute('src') ?? ''} ${node.textContent}`));
  expect(scripts.filter((script) => /katex|renderMathInElement|mathjax/iu.test(script))).toEqual([]);
  // Nothing the note's Markdown made carries an inline style; only code tokens carry their theme colours.
  await expect(body.locator('[style]:not(pre.astro-code *)')).toHaveCount(0);

  // GFM: a table with a right-aligned column (and a formula in a header), a task list, a footnote.
  const table = body.locator('table');
  await expect(table.locator('tbody tr')).toHaveCount(3);
  await expect(table.locator('th').nth(2).locator('.katex')).toHaveCount(1);
  await expect(table.locator('tbody td').nth(1)).toHaveCSS('text-align', 'right');
  await expect(body.locator('input[type="checkbox"]')).toHaveCount(2);
  await expect(body.locator('input[type="checkbox"]').first()).toBeChecked();
  await body.locator('sup a').first().click();
  await expect(page.locator('.footnotes li').first()).toContainText('stochastic rounding');

  // The figure is served from the site and captioned.
  const figure = body.locator('figure');
  await expect(figure.locator('figcaption')).toHaveText('Reconstruction error by bits per value (illustrative).');
  expect(await figure.locator('img').evaluate((image: HTMLImageElement) => image.decode().then(() => image.naturalWidth))).toBe(320);

  // Code: highlighted by Shiki at build time, in both theme colours.
  const code = body.locator('pre.astro-code');
  await expect(code).toHaveCount(1);
  await expect(code).toContainText('def quantize(x, bits=4):');
  // Token colours are classes (no inline styles under the CSP), with both themes' colours.
  expect(await code.locator('span[class*="sh-d-"]').count()).toBeGreaterThan(5);
  expect(await code.locator('[style]').count()).toBe(0);
  const keyword = code.locator('span', { hasText: /^def$/u }).first();
  expect(await keyword.evaluate((span) => getComputedStyle(span).color)).not.toBe(
    await code.evaluate((pre) => getComputedStyle(pre).color),
  );
});

test('the copy button copies a code block and says so', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(siteUrl(site, NOTE));
  const button = page.getByRole('button', { name: 'Copy code' });
  await expect(button).toHaveCount(1);
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(button).toHaveText('Copied');
  await expect(page.getByRole('status').filter({ hasText: 'Code copied' })).toHaveCount(1);
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await page.locator('pre.astro-code code').innerText());
  expect(copied).toContain('return (x / scale).round()');
});

test('without JavaScript a note shows its code and no copy button', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(siteUrl(site, NOTE));
  await expect(page.locator('pre.astro-code')).toContainText('def quantize');
  await expect(page.getByRole('button', { name: 'Copy code' })).toHaveCount(0);
  await context.close();
});

test('paper links in a note lead to the papers, and the papers link back', async ({ page }) => {
  await page.goto(siteUrl(site, NOTE));
  const about = page.getByRole('region', { name: 'On the papers' });
  await expect(about.getByRole('link')).toHaveText([
    'DeepGEMM',
    'No Token Left Behind: Reliable KV Cache Compression via Importance-Aware Mixed Precision Quantization',
    'ZigZagkv: Dynamic KV Cache Compression for Long-context Modeling based on Layer Uncertainty',
  ]);
  await expect(page.locator('.note-body a.paper-ref')).toHaveText(['DeepGEMM', 'the mixed-precision paper']);

  await page.locator('.note-body a.paper-ref', { hasText: 'DeepGEMM' }).click();
  await expect(page).toHaveURL(siteUrl(site, 'papers/deepgemm/'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('DeepGEMM');
  const notes = page.getByRole('region', { name: 'Notes' });
  await expect(notes.getByRole('link')).toHaveText([NOTE_TITLE]);
  await expect(notes).toContainText('Three papers on storing attention keys and values');
  await notes.getByRole('link').click();
  await expect(page).toHaveURL(siteUrl(site, NOTE));

  // A paper named by its slug links back too; a paper no note names has no Notes section.
  await page.goto(siteUrl(site, 'papers/zigzagkv-dynamic-kv-cache-compression-for-long-context-modeling-based-on-layer-849e1825/'));
  await expect(page.getByRole('region', { name: 'Notes' }).getByRole('link')).toHaveText([NOTE_TITLE]);
  await page.goto(siteUrl(site, 'papers/accurate-block-quantization-in-llms-with-outliers/'));
  await expect(page.getByRole('region', { name: 'Notes' })).toHaveCount(0);
});

test('a note lists related papers besides the ones it names', async ({ page }) => {
  await page.goto(siteUrl(site, NOTE));
  const related = await page.getByRole('region', { name: 'Related papers' }).getByRole('link').allTextContents();
  expect(related.length).toBeGreaterThan(0);
  expect(related.length).toBeLessThanOrEqual(6);
  expect(related).not.toContain('DeepGEMM');
  expect(related.some((title) => /KV Cache/iu.test(title))).toBe(true);
});

test('a stand-alone note names no papers and keeps a price as text', async ({ page }) => {
  await page.goto(siteUrl(site, STAND_ALONE));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('What to read next on quantisation');
  await expect(page.getByRole('region', { name: /On the paper/u })).toHaveCount(0);
  await expect(page.locator('.note-body')).toContainText('a price such as $534,700 stays text');
  await expect(page.locator('.note-body .katex annotation')).toHaveText(['2^{-b}', 'b']);
});

test('notes are listed, tagged, in the header, the feeds and the sitemap', async ({ page }) => {
  await page.goto(siteUrl(site));
  const nav = page.getByRole('navigation', { name: 'Sections' });
  await nav.getByRole('link', { name: 'Notes', exact: true }).click();
  await expect(page).toHaveURL(siteUrl(site, 'notes/'));
  await expect(nav.getByRole('link', { name: 'Notes', exact: true })).toHaveAttribute('aria-current', 'page');
  // Newest first.
  await expect(page.locator('.listed-list .listed-title')).toHaveText([NOTE_TITLE, 'What to read next on quantisation']);
  await nav.getByRole('link', { name: 'Blog posts' }).click();
  await expect(page).toHaveURL(siteUrl(site, 'posts/'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Blog posts');

  // Frontmatter tags share pages with the papers' tags; `efficiency` names the Inference efficiency topic.
  for (const tag of ['kv-cache', 'inference-efficiency', 'quantization']) {
    await page.goto(siteUrl(site, `tags/${tag}/`));
    await expect(page.locator('.listed-list').getByRole('link', { name: NOTE_TITLE, exact: true })).toHaveCount(1);
  }
  await page.goto(siteUrl(site, 'tags/quantization/'));
  await expect(page.locator('.listed-list').getByRole('link', { name: 'What to read next on quantisation', exact: true })).toHaveCount(1);
  await page.goto(siteUrl(site, 'tags/'));
  // As written, after a `#` as every item's own tag; each is on one note, so they come alphabetically.
  await expect(page.getByRole('region', { name: 'Note tags' }).getByRole('link')).toHaveText(['#efficiency', '#kv-cache', '#quantization']);

  const feeds = { 'rss.xml': NOTE_TITLE, 'tags/kv-cache/rss.xml': NOTE_TITLE };
  for (const [path, title] of Object.entries(feeds)) {
    const xml = await (await page.request.get(siteUrl(site, path))).text();
    const items = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      return [...doc.querySelectorAll('item')].map((item) => ({
        title: item.querySelector('title')?.textContent ?? '',
        link: item.querySelector('link')?.textContent ?? '',
      }));
    }, xml);
    expect(items.find((item) => item.title === title)?.link, path).toBe(siteUrl(site, NOTE));
  }

  const sitemap = await (await page.request.get(siteUrl(site, 'sitemap-0.xml'))).text();
  expect(sitemap).toContain(`<loc>${siteUrl(site, NOTE)}</loc>`);
  expect(sitemap).toContain(`<loc>${siteUrl(site, STAND_ALONE)}</loc>`);
});

test('search finds notes and narrows to them with their own filter value', async ({ page }) => {
  await page.goto(siteUrl(site, 'search/?q=squeezed'));
  const results = page.getByRole('list', { name: 'Search results' });
  await expect(results.getByRole('heading', { level: 2 }).first()).toHaveText(NOTE_TITLE);

  // Many papers mention quantization; the filter keeps the two notes, in either order of relevance.
  await page.goto(siteUrl(site, 'search/?q=quantization&layout=note'));
  await expect(page.getByRole('main').getByRole('status')).toHaveText(/^2 results/u);
  expect((await results.getByRole('heading', { level: 2 }).allTextContents()).sort()).toEqual(
    [NOTE_TITLE, 'What to read next on quantisation'].sort(),
  );
  await page.getByText('Narrow by tag').click();
  await expect(page.getByRole('checkbox', { name: /^Notes written for the site/u })).toBeChecked();
});

test('a site without notes names no notes; its /notes/ address leads on to the blog posts', async ({ page }) => {
  await page.goto(siteUrl(SITES.main, 'notes/'));
  await expect(page).toHaveURL(siteUrl(SITES.main, 'posts/'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Blog posts');
  await page.goto(siteUrl(SITES.main));
  await expect(page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Notes', exact: true })).toHaveCount(0);
  await expect(page.getByRole('list', { name: 'Totals' })).not.toContainText('notes');
  await expect(page.getByRole('region', { name: 'Newest notes' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'All notes' })).toHaveCount(0);
});
