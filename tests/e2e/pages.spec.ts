import { expect, test, type Page } from '@playwright/test';
import { PAGE_SIZE } from '../../src/lib/paging.ts';
import { readJsonLd } from './json-ld.ts';
import { SITES, siteUrl } from './sites.ts';

/**
 * Reading the built site in Chromium: navigation between page types, the paper page's
 * contents, bilingual commentary and its switch, the theme switch, notes, feeds and metadata.
 * The papers named here are real entries of content/seeds.
 */
const site = SITES.main;
const BILINGUAL = 'papers/deepgemm/';
const OTHER_BILINGUAL = 'papers/jacobian-sparse-autoencoders-sparsify-computations-not-just-activations/';
/** A Hugging Face daily entry dated `Feb 16`, with no year in the dump. */
const YEARLESS = 'papers/safety-evaluation-of-deepseek-models-in-chinese-contexts/';
/** In two dumps: the list (line 11) and a daily page (line 95). */
const TWO_SOURCES = 'papers/accurate-block-quantization-in-llms-with-outliers/';
/** Scripts every content page loads, uncompressed: the header search (shortcuts, loading the rest on first use) and the previews. */
const SCRIPT_BUDGET_BYTES = 9_000;

function commentary(page: Page, lang: 'ko' | 'en') {
  return page.locator(`.commentary-block[lang="${lang}"]`);
}

test('home → tag → paper → source, by clicking', async ({ page }) => {
  await page.goto(siteUrl(site));
  await expect(page.locator('h1')).toHaveCount(1);

  const tags = page.getByRole('region', { name: 'Most used topics' });
  const tagLink = tags.getByRole('link', { name: /^Quantization \d+$/ });
  await tagLink.click();
  await expect(page).toHaveURL(siteUrl(site, 'tags/quantization/'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Quantization');

  const first = page.locator('.listed-list .listed-title').first();
  const title = (await first.textContent()) ?? '';
  expect(title.length).toBeGreaterThan(0);
  await first.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.locator('h1')).toHaveCount(1);

  const paperPath = new URL(page.url()).pathname;
  const appearsIn = page.getByRole('region', { name: 'Appears in' });
  const sourceLink = appearsIn.getByRole('link').first();
  const file = (await sourceLink.textContent()) ?? '';
  await sourceLink.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(file);
  // The link lands on the entry itself, which links back to the paper.
  const anchor = new URL(page.url()).hash;
  expect(anchor).toMatch(/^#entry-\d+$/);
  await expect(page.locator(`${anchor} a`)).toHaveAttribute('href', paperPath);
});

test('a paper page shows its facts as the dump gave them', async ({ page }) => {
  await page.goto(siteUrl(site, BILINGUAL));
  await expect(page.locator('h1')).toHaveText('DeepGEMM');
  await expect(page.locator('.facts .author-list a')).toHaveText(['Chenggang Zhao', 'Liang Zhao', 'Jiashi Li', 'Zhean Xu']);
  // One date style in the interface, with the dump's own text beside it.
  await expect(page.locator('.facts time')).toHaveText('26 Feb 2025');
  await expect(page.locator('.facts time')).toHaveAttribute('datetime', '2025-02-26');
  await expect(page.locator('.facts .as-written')).toHaveText('(as written: 2025년 2월 26일)');
  // #efficiency names a topic: one chip, the topic, leading to its page, with the author's spelling beside it.
  const topic = page.locator('.tag-group-topic li', { hasText: 'Inference efficiency' });
  await expect(topic).toHaveText(/^Inference efficiency\s*tagged #efficiency$/u);
  await expect(topic.getByRole('link')).toHaveAttribute('href', `${site.base}tags/inference-efficiency/`);
  await expect(page.locator('.tag-group-own')).toHaveCount(0);

  await page.goto(siteUrl(site, YEARLESS));
  const time = page.locator('.facts time');
  await expect(time).toHaveText('16 Feb');
  await expect(time).toHaveAttribute('datetime', '--02-16');
  // `Feb 16` says nothing `16 Feb` does not, so it is not repeated.
  await expect(page.locator('.facts .as-written')).toHaveCount(0);
  await expect(page.locator('.facts')).toContainText('11 authors');
  await expect(page.locator('article')).not.toContainText(/16 Feb \d{4}|Feb 16,? \d{4}/);
});

test('a paper found in two dumps links to its entry in both', async ({ page }) => {
  await page.goto(siteUrl(site, TWO_SOURCES));
  const appearsIn = page.getByRole('region', { name: 'Appears in' });
  const entries = appearsIn.locator(':scope > ul > li');
  await expect(entries).toHaveCount(2);
  // Named by their content; the file and line are under a closed Source details.
  await expect(entries.nth(0).getByRole('link')).toHaveText('Hugging Face paper list — 213 papers');
  await expect(entries.nth(1).getByRole('link')).toHaveText('Hugging Face Daily Papers — 14 Mar');
  await expect(appearsIn.getByText('002_da7c46ff3b04e6d9.txt')).toBeHidden();
  await appearsIn.getByText('Source details').click();
  const details = appearsIn.locator('details.source-details li');
  await expect(details).toHaveText(['002_da7c46ff3b04e6d9.txt, line 11 (entry 5)', '004_68e49bc843516c37.txt, line 95 (entry 22)']);
  for (const link of await entries.getByRole('link').all()) {
    const href = (await link.getAttribute('href')) ?? '';
    const response = await page.request.get(new URL(href, page.url()).href);
    expect(response.status()).toBe(200);
    const id = new URL(href, page.url()).hash.slice(1);
    expect(await response.text()).toContain(`id="${id}"`);
  }
});

test('related papers and previous / next stay within bounds', async ({ page }) => {
  await page.goto(siteUrl(site, BILINGUAL));
  const related = page.getByRole('region', { name: 'Related papers' }).getByRole('link');
  const count = await related.count();
  expect(count).toBeGreaterThan(0);
  expect(count).toBeLessThanOrEqual(6);
  const titles = await related.allTextContents();
  expect(titles).not.toContain('DeepGEMM');

  // DeepGEMM opens its digest: a next paper, no previous one.
  const neighbours = page.getByRole('navigation', { name: 'In this source' });
  await expect(neighbours.locator('a[rel="prev"]')).toHaveCount(0);
  await neighbours.locator('a[rel="next"]').click();
  await expect(page.locator('h1')).toHaveText(/^SWE-RL: Advancing LLM Reasoning/);
  await expect(page.getByRole('navigation', { name: 'In this source' }).locator('a[rel="prev"]')).toHaveText('DeepGEMM');
});

test('commentary blocks carry their language and sit side by side only when wide', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(siteUrl(site, BILINGUAL));
  await expect(commentary(page, 'ko')).toContainText('DeepSeek이 오늘 공개한 건 FP8 GEMM 커널이군요.');
  await expect(commentary(page, 'en')).toContainText("Today's opensource release from DeepSeek is an FP8 GEMM kernel.");
  await expect(commentary(page, 'ko')).toHaveCSS('word-break', 'keep-all');
  const [ko, en] = [await commentary(page, 'ko').boundingBox(), await commentary(page, 'en').boundingBox()];
  expect(ko && en && Math.abs(ko.y - en.y) < 1 && en.x > ko.x + ko.width).toBe(true);

  await page.setViewportSize({ width: 320, height: 800 });
  const [narrowKo, narrowEn] = [await commentary(page, 'ko').boundingBox(), await commentary(page, 'en').boundingBox()];
  expect(narrowKo && narrowEn && narrowEn.y >= narrowKo.y + narrowKo.height).toBe(true);
  // Nothing sticks out sideways at 320 px.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});

test('the KO / EN / Both switch works and is remembered across pages', async ({ page }) => {
  await page.goto(siteUrl(site, BILINGUAL));
  const show = page.getByRole('group', { name: 'Show' });
  await expect(show.getByRole('radio', { name: 'Both' })).toBeChecked();
  await expect(commentary(page, 'ko')).toBeVisible();
  await expect(commentary(page, 'en')).toBeVisible();

  await show.getByRole('radio', { name: 'KO' }).check();
  await expect(commentary(page, 'ko')).toBeVisible();
  await expect(commentary(page, 'en')).toBeHidden();

  await page.goto(siteUrl(site, OTHER_BILINGUAL));
  await expect(page.getByRole('group', { name: 'Show' }).getByRole('radio', { name: 'KO' })).toBeChecked();
  await expect(commentary(page, 'en')).toBeHidden();
  await expect(commentary(page, 'ko')).toBeVisible();

  await page.getByRole('group', { name: 'Show' }).getByRole('radio', { name: 'EN' }).check();
  await page.reload();
  await expect(commentary(page, 'ko')).toBeHidden();
  await expect(commentary(page, 'en')).toBeVisible();

  await page.getByRole('group', { name: 'Show' }).getByRole('radio', { name: 'Both' }).check();
  await page.reload();
  await expect(commentary(page, 'ko')).toBeVisible();
  await expect(commentary(page, 'en')).toBeVisible();
});

test('without JavaScript both languages show and the switches are hidden', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(siteUrl(site, BILINGUAL));
  await expect(commentary(page, 'ko')).toBeVisible();
  await expect(commentary(page, 'en')).toBeVisible();
  await expect(page.locator('fieldset.switch')).toHaveCount(2);
  for (const fieldset of await page.locator('fieldset.switch').all()) await expect(fieldset).toBeHidden();
  await context.close();
});

test('the theme switch follows the system, then the reader, and is remembered', async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: 'dark' });
  const page = await context.newPage();
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await page.goto(siteUrl(site));
  const systemDark = await background();
  const theme = page.getByRole('group', { name: 'Theme' });
  await expect(theme.getByRole('radio', { name: 'Auto' })).toBeChecked();

  await theme.getByRole('radio', { name: 'Light' }).check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  const light = await background();
  expect(light).not.toBe(systemDark);

  await page.goto(siteUrl(site, 'tags/'));
  await expect(page.getByRole('group', { name: 'Theme' }).getByRole('radio', { name: 'Light' })).toBeChecked();
  expect(await background()).toBe(light);

  await page.getByRole('group', { name: 'Theme' }).getByRole('radio', { name: 'Dark' }).check();
  await page.reload();
  expect(await background()).toBe(systemDark);
  await context.close();
});

test('a note renders its lists, code and quotations from their structure', async ({ page }) => {
  await page.goto(siteUrl(site, 'posts/pydantic-evals/'));
  await expect(page.locator('h1')).toHaveText('Pydantic Evals');
  const code = page.locator('article pre.astro-code');
  await expect(code.first()).toContainText('uv add pydantic-evals');
  expect(await code.count()).toBe(3);
  // A blog post shows its blog tag apart from its topics, with a # as every own tag.
  await expect(page.locator('.tag-group-own a')).toHaveText('#ml');

  await page.goto(siteUrl(site, 'posts/understanding-r1-zero-like-training/'));
  await expect(page.locator('article blockquote')).toHaveCount(1);

  await page.goto(siteUrl(site, 'posts/grouped-gemms-and-moe/'));
  await expect(page.locator('article ol > li').first()).toBeVisible();
});

test('tag lists are paged when long, each page linked to the next, the first and the last, newest first', async ({ page }) => {
  // The topic the index counts most entries for; its pages must list exactly that many.
  await page.goto(siteUrl(site, 'tags/'));
  const rows = await page
    .getByRole('region', { name: 'Topics' })
    .locator('.tag-table li:has(a)')
    .evaluateAll((items) =>
      items.map((item) => ({
        href: item.querySelector('a')?.getAttribute('href') ?? '',
        count: [...(item.querySelector('.count')?.textContent ?? '').matchAll(/\d+/gu)].reduce((sum, match) => sum + Number(match[0]), 0),
      })),
    );
  const biggest = rows.sort((a, b) => b.count - a.count)[0];
  if (!biggest) throw new Error('the tag index lists no topic');
  await page.goto(new URL(biggest.href, page.url()).href);
  const total = biggest.count;
  const pages = Math.ceil(total / PAGE_SIZE);
  const pager = page.getByRole('navigation', { name: /^Pages of/ });
  await expect(pager).toHaveCount(pages > 1 ? 1 : 0);
  let seen = 0;
  const keys: string[] = [];
  for (let number = 1; number <= pages; number += 1) {
    if (number > 1) await pager.getByRole('link', { name: 'Next', exact: true }).click();
    if (pages > 1) {
      await expect(pager.locator('[aria-current="page"]')).toHaveText(String(number));
      await expect(pager.getByRole('link', { name: 'Page 1', exact: true })).toBeVisible();
      await expect(pager.getByRole('link', { name: `Page ${pages}`, exact: true })).toBeVisible();
    }
    seen += await page.locator('.listed-list > li').count();
    const times = page.locator('.listed-list > li time');
    keys.push(...(await times.evaluateAll((elements) => elements.map((time) => time.getAttribute('datetime') ?? ''))));
  }
  expect(seen).toBe(total);
  // Newest first: dated entries with a year come before yearless ones, each group descending.
  const withYear = keys.filter((key) => /^\d{4}/u.test(key));
  expect(withYear).toEqual([...withYear].sort().reverse());
  expect(keys.slice(0, withYear.length)).toEqual(withYear);
});

test('every page type has its title, description, canonical URL and Open Graph tags', async ({ page }) => {
  for (const path of [
    '',
    BILINGUAL,
    'posts/pydantic-evals/',
    'tags/',
    'tags/quantization/',
    'sources/',
    'sources/000_1c9f1cf836b27124/',
    'papers/',
    'posts/',
    'about/',
  ]) {
    await page.goto(siteUrl(site, path));
    expect(await page.title()).toMatch(/Paper notes/);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /\S{3}/);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', siteUrl(site, path));
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /\S/);
    await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', siteUrl(site, path));
    await expect(page.locator('h1')).toHaveCount(1);
  }
});

test('a paper page carries ScholarlyArticle JSON-LD matching the page', async ({ page }) => {
  await page.goto(siteUrl(site, BILINGUAL));
  const json = await readJsonLd(page);
  expect(json['@type']).toBe('ScholarlyArticle');
  expect(json.headline).toBe('DeepGEMM');
  expect(json.datePublished).toBe('2025-02-26');
  expect(json.author?.map((author) => author.name)).toEqual(['Chenggang Zhao', 'Liang Zhao', 'Jiashi Li', 'Zhean Xu']);

  await page.goto(siteUrl(site, YEARLESS));
  const yearless = await readJsonLd(page);
  expect(yearless.datePublished).toBeUndefined();
});

test('content pages load nothing from elsewhere, and of scripts only the header search and the link previews', async ({ page }) => {
  const requested: { url: string; bytes: Promise<number> }[] = [];
  page.on('requestfinished', (request) => {
    requested.push({ url: request.url(), bytes: request.sizes().then((size) => size.responseBodySize) });
  });
  for (const path of ['', BILINGUAL, 'posts/pydantic-evals/', 'tags/quantization/', 'sources/002_da7c46ff3b04e6d9/']) {
    await page.goto(siteUrl(site, path));
    await page.waitForLoadState('networkidle');
    // The header search's bundled script (shortcuts, and loading the rest on first use) and the link previews.
    const sources = await page.locator('script[src]').evaluateAll((scripts) => scripts.map((script) => script.getAttribute('src')));
    expect(sources.length).toBeGreaterThan(0);
    for (const src of sources) expect(src).toMatch(/^\/_astro\/[^/]+\.js$/u);
  }
  const urls = requested.map(({ url }) => new URL(url));
  const origin = new URL(siteUrl(site)).origin;
  expect(urls.filter((url) => url.origin !== origin)).toEqual([]);
  // Pages, their stylesheet, the icon, the header script and the preview script with the chunks they import:
  // no search index, no results code, and no preview fetched without a hover.
  const scripts = urls.filter((url) => url.pathname.endsWith('.js'));
  const isPageStyleOrIcon = (url: URL) => /(\/|\.css|\/favicon\.svg)$/u.test(url.pathname);
  expect(urls.filter((url) => !isPageStyleOrIcon(url) && !scripts.includes(url))).toEqual([]);
  const scriptFiles = new Set(scripts.map((url) => url.pathname));
  expect(scriptFiles.size).toBeLessThanOrEqual(3);
  expect(scripts.filter((url) => /pagefind|instant-search/u.test(url.pathname))).toEqual([]);
  const firstOfEach = [...scriptFiles].map((path) => requested.find(({ url }) => new URL(url).pathname === path));
  const scriptBytes = await Promise.all(firstOfEach.map((found) => found?.bytes ?? Promise.resolve(0)));
  expect(scriptBytes.reduce((sum, bytes) => sum + bytes, 0)).toBeLessThan(SCRIPT_BUDGET_BYTES);
});

test('feeds are well-formed and list papers, per site and per tag', async ({ page }) => {
  await page.goto(siteUrl(site));
  for (const path of ['rss.xml', 'tags/quantization/rss.xml', 'tags/ml/rss.xml']) {
    const response = await page.request.get(siteUrl(site, path));
    expect(response.status()).toBe(200);
    const xml = await response.text();
    const items = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      if (doc.querySelector('parsererror')) return null;
      return [...doc.querySelectorAll('item')].map((item) => ({
        title: item.querySelector('title')?.textContent ?? '',
        link: item.querySelector('link')?.textContent ?? '',
      }));
    }, xml);
    expect(items?.length).toBeGreaterThan(0);
    for (const item of items ?? []) expect(item.link.startsWith(siteUrl(site))).toBe(true);
    const first = items?.[0];
    if (!first) throw new Error(`${path} has no items`);
    const target = await page.request.get(first.link);
    expect(target.status()).toBe(200);
  }
});

test('unknown addresses get the not-found page', async ({ page }) => {
  const response = await page.goto(siteUrl(site, 'papers/no-such-paper/'));
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Page not found');
  await expect(page.getByRole('link', { name: 'Search the site' })).toBeVisible();
});

test('printing a paper leaves out the site chrome and keeps the text', async ({ page }) => {
  await page.goto(siteUrl(site, BILINGUAL));
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.site-footer')).toBeHidden();
  await expect(page.getByRole('region', { name: 'Related papers' })).toBeHidden();
  await expect(commentary(page, 'ko')).toBeVisible();
  await expect(commentary(page, 'en')).toBeVisible();
});

test('a paper address published under the earlier slug rule leads to the paper, without script', async ({ page }) => {
  const moved = 'papers/closing-the-performance-gap-with-modern-c/';
  const response = await page.request.get(siteUrl(site, moved));
  expect(response.status()).toBe(200);
  const html = await response.text();
  expect(html).toContain('<meta http-equiv="refresh" content="0; url=/papers/closing-the-performance-gap-with-modern-c-e8def759/">');
  expect(html).not.toMatch(/<script(?![^>]*application\/ld\+json)/u);
  await page.goto(siteUrl(site, moved));
  await expect(page).toHaveURL(siteUrl(site, 'papers/closing-the-performance-gap-with-modern-c-e8def759/'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Closing the Performance Gap with Modern C++');
});
