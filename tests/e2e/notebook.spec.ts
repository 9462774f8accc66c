import { expect, test, type Page } from '@playwright/test';
import { SITES, siteUrl } from './sites.ts';

/**
 * The connected notebook in Chromium: notes and the papers they mention link both ways, related
 * items cross kinds, previews open on hover and keyboard focus, author pages, the two orders of
 * the paper list, date groups, readable source names and links out. The `linked` fixture has
 * mentions of every kind; the real seeds have none, so they show related items only.
 */
const linked = SITES.linked;
const main = SITES.main;

const ZERO = 'papers/zero-memory-optimizations-toward-training-trillion-parameter-models/';
const ZERO_INFINITY = 'papers/zero-infinity-breaking-the-gpu-memory-wall-for-extreme-scale-deep-learning/';
const HESSIAN = 'papers/towards-quantifying-the-hessian-structure-of-neural-networks/';
const MUON = 'papers/muon-an-optimizer-for-hidden-layers-in-neural-networks/';
const RELAX = 'papers/relax-composable-abstractions-for-end-to-end-dynamic-machine-learning/';
const KANGAROO = 'papers/kangaroo-lossless-self-speculative-decoding-via-double-early-exiting/';

const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

test('a note lists the papers it mentions, each by how it names them', async ({ page }) => {
  await page.goto(siteUrl(linked, 'posts/sharding-optimizer-state/'));
  const mentioned = region(page, 'Papers mentioned').getByRole('listitem');
  await expect(mentioned).toHaveCount(2);
  await expect(mentioned.nth(0)).toContainText('ZeRO: Memory Optimizations Toward Training Trillion Parameter Models');
  await expect(mentioned.nth(0)).toContainText('named “ZeRO”');
  await expect(mentioned.nth(1)).toContainText('named “ZeRO-Infinity”');

  await page.goto(siteUrl(linked, 'posts/reading-the-hessian-paper/'));
  const byLink = region(page, 'Papers mentioned');
  await expect(byLink.getByRole('listitem').first()).toContainText('linked as arXiv:2505.02809');
  await expect(byLink.getByRole('link')).toHaveText([
    'Towards Quantifying the Hessian Structure of Neural Networks',
    'Muon: An Optimizer for Hidden Layers in Neural Networks',
  ]);
  // `Relax, …` and `a kangaroo` are ordinary words here, not the papers of those names.
  await expect(byLink.getByRole('link', { name: /Relax|Kangaroo/u })).toHaveCount(0);

  await page.goto(siteUrl(linked, 'posts/kernels-i-keep-rereading/'));
  await expect(region(page, 'Papers mentioned').getByRole('listitem')).toHaveText([
    /Towards Quantifying.*named by its title/su,
    /DeepGEMM: Clean.*named “DeepGEMM”/su,
  ]);
});

test('a paper lists the notes that discuss it, and the link leads back', async ({ page }) => {
  await page.goto(siteUrl(linked, HESSIAN));
  const discussed = region(page, 'Discussed in');
  await expect(discussed.getByRole('link')).toHaveText(['Reading the Hessian paper', 'Kernels I keep rereading']);
  await expect(discussed.getByRole('listitem').first()).toContainText('links arXiv:2505.02809');
  await discussed.getByRole('link', { name: 'Kernels I keep rereading' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kernels I keep rereading');
  await region(page, 'Papers mentioned')
    .getByRole('link', { name: /^Towards Quantifying/u })
    .click();
  await expect(page).toHaveURL(siteUrl(linked, HESSIAN));

  await page.goto(siteUrl(linked, ZERO_INFINITY));
  await expect(region(page, 'Discussed in').getByRole('listitem')).toHaveText([/Sharding optimizer state.*names it “ZeRO-Infinity”/su]);

  // A paper no note names has no such list, even when its name is an ordinary word in a note.
  for (const path of [RELAX, KANGAROO]) {
    await page.goto(siteUrl(linked, path));
    await expect(region(page, 'Discussed in')).toHaveCount(0);
  }
});

test('related items cross kinds: DeepGEMM and the Deepseek V3 note list each other', async ({ page }) => {
  await page.goto(siteUrl(main, 'posts/deepseek-v3/'));
  const papers = region(page, 'Related papers').getByRole('link');
  await expect(papers.first()).toBeVisible();
  expect(await papers.allTextContents()).toContain('DeepGEMM');
  await page.goto(siteUrl(main, 'papers/deepgemm/'));
  await region(page, 'Related blog posts').getByRole('link', { name: 'Deepseek V3', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deepseek V3');
});

test('every note page shows related papers', async ({ page }) => {
  await page.goto(siteUrl(main, 'posts/'));
  const notes = await page.locator('.listed-title').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).pathname));
  expect(notes.length).toBe(15);
  for (const path of notes) {
    await page.goto(new URL(path, siteUrl(main)).href);
    const count = await region(page, 'Related papers').getByRole('link').count();
    expect(count, path).toBeGreaterThan(0);
    expect(count, path).toBeLessThanOrEqual(6);
  }
});

test('hovering a paper link previews it; moving away or Escape closes the preview', async ({ page }) => {
  await page.goto(siteUrl(linked, 'posts/reading-the-hessian-paper/'));
  const preview = page.locator('.link-preview');
  await region(page, 'Papers mentioned').getByRole('link', { name: /^Muon/u }).hover();
  await expect(preview).toBeVisible();
  await expect(preview).toHaveAttribute('aria-hidden', 'true');
  await expect(preview.locator('.link-preview-title')).toHaveText('Muon: An Optimizer for Hidden Layers in Neural Networks');
  await expect(preview.locator('.link-preview-meta')).toHaveText('Paper · 5 Mar 2024');
  const summary = 'An optimizer that orthogonalizes the momentum update of two-dimensional hidden weights.';
  await expect(preview.locator('.link-preview-summary')).toHaveText(summary);

  // The pointer can move onto the preview to read it.
  const box = await preview.boundingBox();
  if (!box) throw new Error('the preview has no box');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
  await page.waitForTimeout(400);
  await expect(preview).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(preview).toBeHidden();

  await region(page, 'Papers mentioned')
    .getByRole('link', { name: /^Towards/u })
    .hover();
  await expect(preview.locator('.link-preview-title')).toHaveText('Towards Quantifying the Hessian Structure of Neural Networks');
  await page.mouse.move(5, 5);
  await expect(preview).toBeHidden();
});

test('keyboard focus previews a link without taking focus, and Escape closes it', async ({ page }) => {
  await page.goto(siteUrl(linked, HESSIAN));
  const link = region(page, 'Discussed in').getByRole('link', { name: 'Reading the Hessian paper' });
  await link.focus();
  const preview = page.locator('.link-preview');
  await expect(preview).toBeVisible();
  await expect(preview.locator('.link-preview-title')).toHaveText('Reading the Hessian paper');
  await expect(preview.locator('.link-preview-meta')).toHaveText('Blog post');
  await expect(preview.locator('.link-preview-summary')).toContainText('block-diagonal Hessian');
  await expect(link).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(preview).toBeHidden();
  await expect(link).toBeFocused();
  // Tabbing on moves the preview to the next paper or note link, or closes it.
  await page.keyboard.press('Tab');
  await expect(preview.locator('.link-preview-title')).toHaveText('Kernels I keep rereading');
});

test('previews stay inside a narrow window and show seed text literally', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 375, height: 800 } });
  const page = await context.newPage();
  await page.goto(siteUrl(SITES.hostile, 'papers/'));
  const first = page.locator('.listed-title').first();
  const title = (await first.textContent()) ?? '';
  await first.focus();
  const preview = page.locator('.link-preview');
  await expect(preview.locator('.link-preview-title')).toHaveText(title.replace(/\s+/gu, ' ').trim());
  const box = await preview.boundingBox();
  expect(box && box.x >= 0 && box.x + box.width <= 375).toBe(true);
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned ?? null)).toBeNull();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await context.close();
});

test('without JavaScript links work and no preview exists', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(siteUrl(linked, HESSIAN));
  await region(page, 'Discussed in').getByRole('link', { name: 'Reading the Hessian paper' }).hover();
  await expect(page.locator('.link-preview')).toHaveCount(0);
  await region(page, 'Discussed in').getByRole('link', { name: 'Reading the Hessian paper' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Reading the Hessian paper');
  await context.close();
});

test('authors have pages with their papers newest first, linked from each paper', async ({ page }) => {
  await page.goto(siteUrl(linked, ZERO));
  await page.getByRole('link', { name: 'Samyam Rajbhandari', exact: true }).click();
  await expect(page).toHaveURL(siteUrl(linked, 'authors/samyam-rajbhandari/'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Samyam Rajbhandari');
  await expect(page.locator('.listed-title')).toHaveText([/^ZeRO-Infinity/u, /^ZeRO: Memory/u]);
  await expect(page.locator('.listed time')).toHaveText(['20 Jan 2025', '5 Mar 2024']);
  const search = page.getByRole('link', { name: 'Search arXiv for Samyam Rajbhandari' });
  expect(new URL((await search.getAttribute('href')) ?? '').searchParams.get('searchtype')).toBe('author');

  await page.getByRole('link', { name: 'All authors' }).click();
  // Five authors wrote two papers each; they come first, each group by family name. A bulleted list: no ranking.
  await expect(page.locator('.author-index .listed-title')).toHaveText([
    'Jeremy Bernstein',
    'Yuxiong He',
    'Samyam Rajbhandari',
    'Jeff Rasley',
    'Olatunji Ruwase',
    'Zhaorui Dong',
    'Keller Jordan',
    'Shaden Smith',
  ]);
  expect(await page.locator('.author-index').evaluate((list) => list.tagName)).toBe('UL');
  await expect(page.locator('.author-index .listed').filter({ hasText: '2 papers, the newest' })).toHaveCount(5);
  // One paper is just named.
  const jordan = page.locator('.author-index .listed').filter({ hasText: 'Keller Jordan' });
  await expect(jordan.locator('.listed-meta')).not.toContainText('paper');

  await page.goto(siteUrl(main, 'papers/deepgemm/'));
  const names = page.locator('.facts .author-list a');
  await expect(names).toHaveText(['Chenggang Zhao', 'Liang Zhao', 'Jiashi Li', 'Zhean Xu']);
  await names.first().click();
  await expect(page.locator('.listed-title')).toHaveText(['DeepGEMM']);
});

test('list entries show the author count or organisation, upvotes and source', async ({ page }) => {
  await page.goto(siteUrl(linked, 'papers/'));
  const zero = page.locator('.listed').filter({ has: page.getByRole('link', { name: /^ZeRO: Memory/u }) });
  const zeroMeta = '5 Mar 2024 · Samyam Rajbhandari, Jeff Rasley and 2 more · Notes digest — 5 Mar 2024';
  await expect(zero.locator('.listed-meta')).toHaveText(zeroMeta);
  const deepgemm = page.locator('.listed').filter({ has: page.getByRole('link', { name: /^DeepGEMM/u }) });
  await expect(deepgemm.locator('.listed-meta')).toHaveText('12 Mar · 4 authors · 41 upvotes · Hugging Face Daily Papers — 14 Mar');

  // A daily page gives an organisation instead of authors.
  await page.goto(siteUrl(main, 'papers/top/'));
  const insights = page.locator('.listed').filter({ has: page.getByRole('link', { name: /^Insights into DeepSeek-V3/u }) });
  await expect(insights.locator('.listed-meta')).toHaveText('14 May · DeepSeek · 5 upvotes · Hugging Face Daily Papers — 29 Oct');
});

test('the paper list sorts by date and by upvotes, with yearless dates in their own group', async ({ page }) => {
  await page.goto(siteUrl(linked, 'papers/'));
  const order = page.getByRole('navigation', { name: 'Order of papers' });
  await expect(order.getByRole('link', { name: 'Newest first' })).toHaveAttribute('aria-current', 'true');
  const groups = page.locator('.list-group');
  await expect(groups.locator('h2')).toHaveText(['Dated', 'Date without year']);
  await expect(groups.nth(0).locator('time')).toHaveText(['20 Jan 2025', '20 Jan 2025', '29 Apr 2024', '5 Mar 2024', '5 Mar 2024']);
  await expect(groups.nth(1).locator('time')).toHaveText(['12 Mar', '10 Mar']);
  // One numbering across the groups.
  const starts = await page.locator('.list-group ol').evaluateAll((lists) => lists.map((list) => (list as HTMLOListElement).start));
  expect(starts).toEqual([1, 6]);

  await order.getByRole('link', { name: 'Most upvoted' }).click();
  await expect(page).toHaveURL(siteUrl(linked, 'papers/top/'));
  // Only the papers with upvotes; the rest are under All papers.
  await expect(page.locator('.list-group')).toHaveCount(0);
  await expect(page.locator('.listed .listed-meta')).toHaveText([/41 upvotes/u, /15 upvotes/u, /7 upvotes/u]);
  await expect(page.getByRole('main').getByRole('link', { name: 'All papers' })).toHaveAttribute('href', `${linked.base}papers/`);

  // The real seeds: 30 of 325 papers show upvotes, which fit on one page.
  await page.goto(siteUrl(main, 'papers/top/'));
  await expect(page.getByRole('navigation', { name: 'Pages of papers' })).toHaveCount(0);
  const metas = page.locator('.listed .listed-meta');
  const upvotes = await metas.evaluateAll((all) => all.map((meta) => Number(/(\d+) upvotes?/u.exec(meta.textContent)?.[1])));
  expect(upvotes.length).toBe(30);
  expect(upvotes).toEqual([...upvotes].sort((a, b) => b - a));
  expect((await page.request.get(siteUrl(main, 'papers/top/2/'))).status()).toBe(404);

  // All 325 seed papers, 50 a page: seven pages, of which the pager links the first, the two after it and the last.
  await page.goto(siteUrl(main, 'papers/'));
  const pager = page.getByRole('navigation', { name: 'Pages of papers' });
  await expect(pager.getByRole('link', { name: /^Page \d+$/u })).toHaveText(['1', '2', '3', '7']);
  await expect(pager.locator('.pager-gap')).toHaveText('…');
  await pager.getByRole('link', { name: 'Page 7', exact: true }).click();
  await expect(page).toHaveURL(siteUrl(main, 'papers/page/7/'));
  await expect(page.locator('.listed')).toHaveCount(25);
});

test('newest-first lists never place a yearless date among dated papers', async ({ page }) => {
  const seen: { group: string; datetime: string }[] = [];
  const headings: string[] = [];
  for (let number = 1; number <= 7; number += 1) {
    await page.goto(siteUrl(main, number === 1 ? 'papers/' : `papers/page/${number}/`));
    for (const group of await page.locator('.list-group').all()) {
      const heading = (await group.locator('h2').textContent()) ?? '';
      if (headings.at(-1) !== heading) headings.push(heading);
      if (heading === 'No date') expect(await group.locator('time').count()).toBe(0);
      const times = group.locator('.listed time');
      const datetimes = await times.evaluateAll((all) => all.map((time) => time.getAttribute('datetime') ?? ''));
      for (const datetime of datetimes) seen.push({ group: heading, datetime });
    }
  }
  expect(seen.filter(({ group, datetime }) => (group === 'Dated') !== /^\d{4}-/u.test(datetime))).toEqual([]);
  expect(seen.filter(({ group, datetime }) => (group === 'Date without year') !== datetime.startsWith('--'))).toEqual([]);
  expect(headings).toEqual(['Dated', 'Date without year', 'No date']);
  expect(seen.length).toBe(72);
});

test('sources are named by their content; the file name is a detail', async ({ page }) => {
  await page.goto(siteUrl(main, 'sources/'));
  await expect(page.locator('.source-summary > a')).toHaveText([
    'Hugging Face Daily Papers — 14 Mar',
    'Hugging Face Daily Papers — 29 Oct',
    'Hugging Face paper list — 213 papers',
    'Blog posts tagged “ml”',
    'Notes digest — 26 Feb 2025',
  ]);
  await page.locator('.source-summary > a').last().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Notes digest — 26 Feb 2025');
  await expect(page.locator('.facts').first()).not.toContainText('000_1c9f1cf836b27124.txt');
  const details = page.locator('details.source-details');
  await details.locator('summary').click();
  await expect(details).toContainText('000_1c9f1cf836b27124.txt');
  await expect(page.locator('.list-header > .facts')).toContainText('as written: 2025년 2월 26일');
});

test('every paper links out: by arXiv id when known, else title searches; code where the text has it', async ({ page }) => {
  await page.goto(siteUrl(linked, ZERO));
  const out = region(page, 'Read the paper');
  const hrefs = await out.getByRole('link').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
  expect(hrefs).toEqual([
    'https://arxiv.org/abs/1910.02054',
    'https://arxiv.org/pdf/1910.02054',
    'https://huggingface.co/papers/1910.02054',
    'https://github.com/deepspeedai/DeepSpeed',
  ]);

  await page.goto(siteUrl(linked, MUON));
  const searchLinks = region(page, 'Read the paper').getByRole('link');
  const searchHrefs = await searchLinks.evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
  const searches = searchHrefs.map((href) => new URL(href));
  expect(searches.map((url) => `${url.origin}${url.pathname}`)).toEqual(['https://arxiv.org/search/', 'https://huggingface.co/papers']);
  expect(searches.map((url) => url.searchParams.get('query') ?? url.searchParams.get('q'))).toEqual([
    'Muon: An Optimizer for Hidden Layers in Neural Networks',
    'Muon: An Optimizer for Hidden Layers in Neural Networks',
  ]);

  // Every paper page of the real seeds has a way out.
  await page.goto(siteUrl(main, 'papers/'));
  const titles = page.locator('.listed-title');
  const paths = await titles.evaluateAll((links) => links.slice(0, 12).map((link) => (link as HTMLAnchorElement).pathname));
  for (const path of paths) {
    await page.goto(new URL(path, siteUrl(main)).href);
    expect(await region(page, 'Read the paper').getByRole('link').count(), path).toBeGreaterThanOrEqual(2);
  }
});

test('wide screens put the facts beside the text; narrow screens stack them after it', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(siteUrl(main, 'papers/deepgemm/'));
  const [text, side] = [await page.locator('.page-main').boundingBox(), await page.locator('.page-side').boundingBox()];
  expect(text && side && side.x >= text.x + text.width && side.y < text.y + 50).toBe(true);
  expect(side && side.x + side.width > 1000).toBe(true);

  await page.setViewportSize({ width: 375, height: 800 });
  const [narrowText, narrowSide] = [await page.locator('.page-main').boundingBox(), await page.locator('.page-side').boundingBox()];
  expect(narrowText && narrowSide && narrowSide.y >= narrowText.y + narrowText.height).toBe(true);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
});

test('the home page charts topics over time only when most papers are dated, and says why when not', async ({ page }) => {
  // The real seeds: most papers have no year, so a chart would describe only the few that do.
  await page.goto(siteUrl(main));
  await expect(page.getByRole('img', { name: 'Topics over time' })).toHaveCount(0);
  await expect(page.locator('.timeline-left-out')).toHaveText(
    'Topics are not charted over time: only 30 of the 325 papers have a date with a year.',
  );

  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(siteUrl(linked));
  const chart = page.getByRole('img', { name: 'Topics over time' });
  await expect(chart).toHaveCount(1);
  await expect(chart).toHaveClass(/timeline-wide/u);
  await expect(page.locator('figure.timeline figcaption')).toContainText('5 papers of 7 have a full date and are shown');
  // Each bar names its topic, period and count.
  await expect(chart.locator('rect title').first()).toHaveText(/^.+, .+: \d+ papers?$/u);
  await page.getByText('The numbers as a table').click();
  const table = page.locator('.timeline-table table');
  await expect(table).toBeVisible();
  // Each topic's column adds up to the bars drawn for it.
  const bars = await chart.locator('g').evaluateAll((rows) => rows.map((row) => row.querySelectorAll('rect').length));
  const nonZero = await table.locator('tbody tr').evaluateAll((rows) => {
    const columns = rows[0] ? rows[0].querySelectorAll('td').length : 0;
    const filled = (column: number) => rows.filter((row) => Number(row.querySelectorAll('td')[column]?.textContent) > 0).length;
    return Array.from({ length: columns }, (_, column) => filled(column));
  });
  expect(bars).toEqual(nonZero);

  // A phone gets the chart by year, every column labelled, and no sideways scrolling.
  await page.setViewportSize({ width: 375, height: 800 });
  const narrow = page.getByRole('img', { name: 'Topics over time' });
  await expect(narrow).toHaveClass(/timeline-narrow/u);
  await expect(narrow.locator('.timeline-axis')).toHaveText(['2024', '2025']);
  const box = await narrow.boundingBox();
  expect(box && box.x >= 0 && box.x + box.width <= 375).toBe(true);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
});
