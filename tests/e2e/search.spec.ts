import { expect, test, type Locator, type Page } from '@playwright/test';
import { ESCAPED_TAG, PWNED_MARKER } from '../fixtures/hostile-strings.ts';
import { buildCorpus } from '../../src/loader/corpus.ts';
import { readSeedDir } from '../../src/loader/read-seeds.ts';
import { SITES, siteUrl, type TestSite } from './sites.ts';

/**
 * Search in real Chromium against the built seed site: Pagefind's index from the build, the
 * search page's URL state and history, the header shortcut, and highlighting on result pages.
 */

const main = SITES.main;

function searchPage(site: TestSite, query: string, extra = ''): string {
  return siteUrl(site, `search/?q=${encodeURIComponent(query)}${extra}`);
}

function resultsList(page: Page): Locator {
  return page.getByRole('list', { name: 'Search results' });
}

function results(page: Page): Locator {
  return resultsList(page).locator(':scope > li');
}

function resultTitles(page: Page): Locator {
  return resultsList(page).getByRole('heading', { level: 2 });
}

function status(page: Page): Locator {
  return page.getByRole('main').getByRole('status');
}

/** Waits for the search to settle and returns its result count, as the page states it. */
async function resultCount(page: Page): Promise<number> {
  // The list is marked busy from the moment a search starts until its results are shown.
  await expect(resultsList(page)).not.toHaveAttribute('aria-busy', 'true');
  // With no match the status line is the whole message: `No results for “…”.`
  await expect(status(page)).toHaveText(/^(\d+ results?\b|No results\b)/u);
  const text = (await status(page).textContent()) ?? '';
  return text.startsWith('No results') ? 0 : Number(/^(\d+)/u.exec(text)?.[1]);
}

/** The tags each shown result lists, as tag names (`kv-cache`), not their labels (`KV cache`). */
async function resultTags(page: Page): Promise<string[][]> {
  return results(page).evaluateAll((items) =>
    items.map((item) => [...item.querySelectorAll<HTMLElement>('ul a[data-value]')].map((a) => a.dataset['value'] ?? '')),
  );
}

/** Each seed paper's day (`YYYY-MM-DD`, or `''` when undated) by page path; posts are undated. */
async function seedDays(): Promise<Map<string, string>> {
  const corpus = buildCorpus(await readSeedDir(main.seeds));
  return new Map([
    ...corpus.papers.map((paper) => [`/papers/${paper.slug}/`, paper.date?.sortKey ?? ''] as const),
    ...corpus.posts.map((post) => [`/posts/${post.slug}/`, ''] as const),
  ]);
}

/** Result links' paths, without the highlight words. */
async function resultPaths(page: Page): Promise<string[]> {
  const hrefs = await resultTitles(page)
    .getByRole('link')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  return hrefs.map((href) => new URL(href, 'http://site').pathname);
}

function headerSearchBox(page: Page): Locator {
  return page.getByRole('banner').getByRole('combobox', { name: 'Search' });
}

test.describe('search over the seed site', () => {
  test('DeepGEMM gives the DeepGEMM paper first', async ({ page }) => {
    await page.goto(searchPage(main, 'DeepGEMM'));
    expect(await resultCount(page)).toBeGreaterThanOrEqual(1);
    await expect(resultTitles(page).first()).toHaveText('DeepGEMM');
    await expect(resultTitles(page).first().getByRole('link')).toHaveAttribute('href', /\/papers\/deepgemm\/\?highlight=DeepGEMM$/u);
  });

  for (const query of ['커널', '컴파일된 바이너리']) {
    test(`Korean "${query}" finds the DeepGEMM note`, async ({ page }) => {
      await page.goto(searchPage(main, query));
      expect(await resultCount(page)).toBeGreaterThanOrEqual(1);
      const deepgemm = results(page).filter({ has: page.getByRole('heading', { name: 'DeepGEMM', exact: true }) });
      await expect(deepgemm).toHaveCount(1);
      // The excerpt marks the Korean words, which match as the start of longer words (커널이군요).
      await expect(deepgemm.locator('mark').first()).toContainText(query.split(' ')[0] ?? query);
    });
  }

  // The seeds hold 커널이군요 and 논문에, never these forms: the query's particle must not matter.
  for (const query of ['커널은', '논문의']) {
    test(`Korean "${query}" with another particle than the text finds the DeepGEMM note`, async ({ page }) => {
      await page.goto(searchPage(main, query));
      expect(await resultCount(page)).toBeGreaterThanOrEqual(1);
      await expect(page.getByRole('main').getByRole('searchbox')).toHaveValue(query);
      await resultsList(page).getByRole('link', { name: 'DeepGEMM', exact: true }).click();
      // The opened page marks the word without the particle, as it appears in the text.
      await expect(page).toHaveURL(new RegExp(`/papers/deepgemm/\\?highlight=${encodeURIComponent(query.slice(0, 2))}$`, 'u'));
      const marks = page.locator('[data-pagefind-body] mark');
      await expect(marks.first()).toBeVisible();
      expect(await marks.allTextContents()).toContain(query.slice(0, 2));
    });
  }

  test('an English query finds a Korean-commented paper through its English text', async ({ page }) => {
    // "compiled binary" appears only in DeepGEMM's English commentary; its Korean says 컴파일된 바이너리.
    await page.goto(searchPage(main, 'compiled binary'));
    await resultCount(page);
    const link = resultsList(page).getByRole('link', { name: 'DeepGEMM', exact: true });
    await expect(link).toBeVisible();
    await link.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('DeepGEMM');
    await expect(page.getByRole('article').locator('[lang="ko"]', { hasText: '컴파일된 바이너리' }).first()).toBeVisible();
  });

  test('kv cache returns several KV-cache papers', async ({ page }) => {
    await page.goto(searchPage(main, 'kv cache'));
    expect(await resultCount(page)).toBeGreaterThanOrEqual(10);
    const tags = await resultTags(page);
    expect(tags).toHaveLength(10);
    for (const resultTagList of tags) expect(resultTagList).toContain('kv-cache');
  });

  test('a tag filter narrows the results and the URL reflects it', async ({ page }) => {
    await page.goto(searchPage(main, 'kv cache'));
    const all = await resultCount(page);
    await results(page).getByRole('link', { name: 'Quantization', exact: true }).first().click();
    await expect(page).toHaveURL(/[?&]tag=quantization(&|$)/u);
    const narrowed = await resultCount(page);
    expect(narrowed).toBeGreaterThan(0);
    expect(narrowed).toBeLessThan(all);
    for (const resultTagList of await resultTags(page)) expect(resultTagList).toContain('quantization');

    // The filtered search is a link of its own: loading the URL gives the same results.
    await page.reload();
    expect(await resultCount(page)).toBe(narrowed);

    await page.getByRole('button', { name: 'Remove filter Tag: Quantization' }).first().click();
    await expect(page).not.toHaveURL(/tag=/u);
    expect(await resultCount(page)).toBe(all);
  });

  test('the filter list narrows by commentary language', async ({ page }) => {
    await page.goto(searchPage(main, 'reasoning'));
    const all = await resultCount(page);
    await page.getByText('Narrow by tag, source, kind of source or commentary language').click();
    const korean = page.getByRole('group', { name: 'Commentary' }).getByRole('checkbox', { name: /Korean/u });
    await korean.check();
    await expect(page).toHaveURL(/[?&]commentary=ko(&|$)/u);
    const narrowed = await resultCount(page);
    expect(narrowed).toBeGreaterThan(0);
    expect(narrowed).toBeLessThan(all);
    await expect(korean).toBeChecked();
  });

  test('`/` focuses the header search box from anywhere and Esc leaves it', async ({ page }) => {
    await page.goto(siteUrl(main, 'papers/deepgemm/'));
    const box = headerSearchBox(page);
    await expect(box).not.toBeFocused();
    await page.keyboard.press('/');
    await expect(box).toBeFocused();
    await page.keyboard.type('moe');
    await expect(box).toHaveValue('moe');
    // The first Esc closes the results shown under the box, the second leaves it.
    await expect(box).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('Escape');
    await expect(box).toHaveAttribute('aria-expanded', 'false');
    await page.keyboard.press('Escape');
    await expect(box).not.toBeFocused();
    await expect(box).toHaveValue('moe');

    // From the box, Enter opens the search page with the query.
    await page.keyboard.press('/');
    await page.keyboard.type('DeepGEMM');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=DeepGEMM$/u);
    await expect(resultTitles(page).first()).toHaveText('DeepGEMM');
  });

  test('`/` types a slash while another field has focus', async ({ page }) => {
    await page.goto(siteUrl(main, 'search/'));
    const field = page.getByRole('main').getByRole('searchbox');
    await field.click();
    await page.keyboard.type('fp8/bf16');
    await expect(field).toHaveValue('fp8/bf16');
    // The search page's own box is the only one there; another page has the header box.
    await expect(headerSearchBox(page)).toHaveCount(0);

    await page.goto(siteUrl(main, 'papers/deepgemm/'));
    await headerSearchBox(page).click();
    await page.keyboard.type('a/b');
    await expect(headerSearchBox(page)).toHaveValue('a/b');
  });

  test('excerpts show the text of the page, never its section labels, tags or facts', async ({ page }) => {
    const labels = ['Abstract', 'Commentary', 'Topics', 'Author tags', 'Appears in', 'Links', 'Authors', 'Date', 'Upvotes'];
    labels.push('Source details', '한국어', 'English', 'Show');
    for (const query of ['kv cache', 'reasoning', 'DeepGEMM', '양자화', 'mixture of experts']) {
      await page.goto(searchPage(main, query));
      await resultCount(page);
      const excerpts = await results(page).locator('.search-result-excerpt').allTextContents();
      expect(excerpts.length).toBeGreaterThan(0);
      for (const excerpt of excerpts) {
        const words = excerpt.split(/[\s.,…]+/u);
        expect(
          labels.filter((label) => !label.includes(' ') && words.includes(label)),
          `${query}: ${excerpt}`,
        ).toEqual([]);
        expect(
          labels.filter((label) => label.includes(' ') && excerpt.includes(label)),
          `${query}: ${excerpt}`,
        ).toEqual([]);
        // Nor the file a paper came from, nor the author count shown in place of names.
        expect(excerpt).not.toMatch(/\.txt\b|\bline \d+|\b\d+ authors\b/u);
      }
    }
    // A search for an author shows DeepGEMM's author names (marked), not its title again or a label.
    await page.goto(searchPage(main, 'Chenggang'));
    const excerpt = results(page).first().locator('.search-result-excerpt');
    await expect(excerpt).toContainText('Chenggang Zhao. Liang Zhao.');
    await expect(excerpt.locator('mark').first()).toHaveText('Chenggang');
    await expect(excerpt).not.toHaveText(/^…?\s*DeepGEMM/u);
  });

  test('filter values in the URL show as written, even names of built-in properties', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(siteUrl(main, 'search/?source=hasOwnProperty&layout=__proto__&tag=constructor&q=kv'));
    expect(await resultCount(page)).toBe(0);
    const chips = page.getByRole('group', { name: 'Active filters' });
    await expect(chips.getByRole('button', { name: 'Remove filter Source: hasOwnProperty' })).toBeVisible();
    await expect(chips.getByRole('button', { name: 'Remove filter Kind of source: __proto__' })).toBeVisible();
    await expect(chips.getByRole('button', { name: 'Remove filter Tag: constructor' })).toBeVisible();
    await expect(page.getByRole('main')).not.toContainText('[native code]');
    await expect(page.getByRole('main')).not.toContainText('[object Object]');
    expect(errors).toEqual([]);
  });

  test('most upvoted first lists papers by their Hugging Face upvotes, the others after', async ({ page }) => {
    const corpus = buildCorpus(await readSeedDir(main.seeds));
    const upvotes = new Map<string, number | null>(corpus.papers.map((paper) => [`/papers/${paper.slug}/`, paper.upvotes]));
    await page.goto(searchPage(main, 'model'));
    const total = await resultCount(page);
    await page.getByLabel('Order').selectOption('upvotes');
    await expect(page).toHaveURL(/[?&]sort=upvotes\b/u);
    expect(await resultCount(page)).toBe(total);
    const shown = (await resultPaths(page)).map((path) => upvotes.get(path) ?? null);
    expect(shown[0]).not.toBeNull();
    const counted = shown.filter((count) => count !== null);
    expect(counted).toEqual([...counted].sort((a, b) => b - a));
    // Papers without upvotes come only after every paper with them.
    const firstWithout = shown.indexOf(null);
    if (firstWithout !== -1) expect(shown.slice(firstWithout).every((count) => count === null)).toBe(true);
    // Each result says its count, as its page does.
    const said = await results(page).evaluateAll((items) =>
      items.map((item) => item.querySelector('.search-result-upvotes')?.textContent ?? null),
    );
    expect(said).toEqual(shown.map((count) => (count === null ? null : `${count} ${count === 1 ? 'upvote' : 'upvotes'}`)));

    // The order is part of the link.
    await page.reload();
    await expect(page.getByLabel('Order')).toHaveValue('upvotes');
  });

  test('a query with no match says so and suggests removing filters', async ({ page }) => {
    await page.goto(searchPage(main, 'zzqxjvw'));
    expect(await resultCount(page)).toBe(0);
    await expect(page.getByText('No results for “zzqxjvw”.')).toBeVisible();
    await expect(results(page)).toHaveCount(0);

    await page.goto(searchPage(main, 'kv cache', '&tag=diffusion'));
    expect(await resultCount(page)).toBe(0);
    await expect(page.getByText('No results for “kv cache” with these filters.')).toBeVisible();
    await expect(page.getByText('Remove a filter to widen the search:')).toBeVisible();
    const empty = page.getByText('Remove a filter to widen the search:').locator('..');
    await empty.getByRole('button', { name: 'Remove filter Tag: Diffusion' }).click();
    await expect(page).not.toHaveURL(/tag=/u);
    expect(await resultCount(page)).toBeGreaterThan(0);
    await expect(page.getByText('No results for')).toBeHidden();
  });

  test('Back returns to the previous results', async ({ page }) => {
    await page.goto(siteUrl(main, 'search/'));
    const field = page.getByRole('main').getByRole('searchbox');
    await field.fill('DeepGEMM');
    await field.press('Enter');
    await expect(resultTitles(page).first()).toHaveText('DeepGEMM');
    await field.fill('kv cache');
    await field.press('Enter');
    await expect(page).toHaveURL(/\?q=kv\+cache$/u);
    await expect(status(page)).toContainText('“kv cache”');

    await page.goBack();
    await expect(page).toHaveURL(/\?q=DeepGEMM$/u);
    await expect(field).toHaveValue('DeepGEMM');
    await expect(resultTitles(page).first()).toHaveText('DeepGEMM');

    // Into a result and back again.
    await resultTitles(page).first().getByRole('link').click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('DeepGEMM');
    await page.goBack();
    await expect(field).toHaveValue('DeepGEMM');
    await expect(resultTitles(page).first()).toHaveText('DeepGEMM');
  });

  test('opening a result highlights the searched words; other visits load no highlighter', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await page.goto(siteUrl(main, 'papers/deepgemm/'));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('DeepGEMM');
    expect(scripts.filter((path) => path.includes('pagefind'))).toEqual([]);

    await page.goto(searchPage(main, '커널'));
    await resultsList(page).getByRole('link', { name: 'DeepGEMM', exact: true }).click();
    await expect(page).toHaveURL(/\/papers\/deepgemm\/\?highlight=/u);
    const marks = page.locator('[data-pagefind-body] mark');
    await expect(marks.first()).toBeVisible();
    expect(await marks.allTextContents()).toContain('커널');
  });

  test('newest first lists every match by day, undated last, and the same matches as relevance', async ({ page }) => {
    const days = await seedDays();
    const orderFiles: string[] = [];
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (path.includes('/search-order/')) orderFiles.push(path);
    });
    await page.goto(searchPage(main, 'model'));
    const total = await resultCount(page);
    expect(total).toBeGreaterThan(20);
    const relevanceFirstPage = await resultPaths(page);

    await page.getByLabel('Order').selectOption('newest');
    await expect(page).toHaveURL(/[?&]sort=newest\b/u);
    expect(await resultCount(page)).toBe(total);
    const more = page.getByRole('button', { name: 'Show more results' });
    while (await more.isVisible()) {
      const before = await results(page).count();
      await more.click();
      await expect(results(page)).not.toHaveCount(before);
    }
    const newest = await resultPaths(page);
    expect(newest).toHaveLength(total);
    expect(new Set(newest).size).toBe(total);
    for (const path of relevanceFirstPage) expect(newest).toContain(path);

    const shownDays = newest.map((path) => {
      const day = days.get(path);
      expect(day, `${path} is a seed paper or post`).toBeDefined();
      return day ?? '';
    });
    const expected = [...shownDays].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : b.localeCompare(a)));
    expect(shownDays).toEqual(expected);
    expect(shownDays[0]).not.toBe('');
    expect(shownDays.at(-1)).toBe('');
    expect(orderFiles[0]).toMatch(/\/search-order\/newest\.json$/u);
    expect(orderFiles.slice(1).every((path) => /\/search-order\/newest\.[0-9a-f]{10}\.json$/u.test(path))).toBe(true);
  });

  test('a first search stays on the site and fetches only what it shows', async ({ page }) => {
    const requests: { url: URL; bytes: Promise<number> }[] = [];
    page.on('requestfinished', (request) => {
      requests.push({
        url: new URL(request.url()),
        bytes: request.sizes().then((size) => size.responseBodySize + size.responseHeadersSize),
      });
    });
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(new URL(worker.url()).pathname));
    await page.goto(searchPage(main, 'kv cache'));
    await resultCount(page);
    await expect(results(page)).toHaveCount(10);

    expect(new Set(requests.map(({ url }) => url.origin))).toEqual(new Set([new URL(siteUrl(main)).origin]));
    const paths = requests.map(({ url }) => url.pathname);
    // No Pagefind UI bundle, no filter index: the first query pays for neither.
    expect(paths.filter((path) => /pagefind-(component-)?(modular-)?ui|\/filter\//u.test(path))).toEqual([]);
    // Pagefind's engine runs in its one worker: the page itself fetched none of the WebAssembly,
    // the page list, the index chunks or the fragments, so it never parsed them on its thread.
    expect(workers).toEqual(['/pagefind/pagefind-worker.js']);
    expect(paths.filter((path) => /\.pf_(meta|index)$|\/wasm\.[a-z-]+\.pagefind$/u.test(path)).length).toBeGreaterThan(0);
    const fetchedByPage = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname));
    expect(fetchedByPage.filter((path) => /\.pf_(meta|index|fragment)$|\.pagefind$/u.test(path))).toEqual([]);
    // Relevance order needs no newest-first order files.
    expect(paths.filter((path) => path.includes('/search-order/'))).toEqual([]);
    // Fragments (one per result shown) are fetched for the first page of results only.
    expect(paths.filter((path) => path.includes('/pagefind/fragment/')).length).toBeLessThanOrEqual(10);

    const bytes = (await Promise.all(requests.map(({ bytes: size }) => size))).reduce((sum, size) => sum + size, 0);
    test.info().annotations.push({ type: 'first-search-bytes', description: String(bytes) });
    // Page, styles, script, Pagefind's core, worker and WebAssembly, index chunks and fragments of the seed site.
    expect(bytes).toBeLessThan(200_000);
  });

  for (const width of [375, 1280]) {
    test(`results arriving on a search opened from a link move nothing already shown, at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      // Chromium reports each layout shift not caused by the reader's input, as Lighthouse counts them.
      await page.addInitScript(() => {
        const shifts: { value: number; nodes: string[] }[] = [];
        (window as unknown as { shifts: typeof shifts }).shifts = shifts;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean; sources?: { node?: Node }[] }[]) {
            if (entry.hadRecentInput) continue;
            const nodes = (entry.sources ?? []).map((source) =>
              source.node instanceof Element ? source.node.className || source.node.tagName : '#text',
            );
            shifts.push({ value: entry.value, nodes });
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(searchPage(main, 'kv cache'));
      await resultCount(page);
      await expect(results(page)).toHaveCount(10);
      // A frame after the results, so their own shift, if any, is reported.
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      expect(await page.evaluate(() => (window as unknown as { shifts: unknown[] }).shifts)).toEqual([]);
    });
  }
});

test.describe('search under a sub-path', () => {
  const site = SITES.subpath;

  test('finds, links and highlights under the base path', async ({ page }) => {
    const paths: string[] = [];
    page.on('request', (request) => paths.push(new URL(request.url()).pathname));
    await page.goto(siteUrl(site, 'papers/deepgemm/'));
    await page.keyboard.press('/');
    await page.keyboard.type('DeepGEMM');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(`${siteUrl(site, 'search/')}?q=DeepGEMM`);
    const first = resultTitles(page).first().getByRole('link');
    await expect(first).toHaveText('DeepGEMM');
    await expect(first).toHaveAttribute('href', '/notes/papers/deepgemm/?highlight=DeepGEMM');

    await page.goto(searchPage(site, 'kv cache'));
    await results(page).getByRole('link', { name: 'Quantization', exact: true }).first().click();
    await expect(page).toHaveURL(siteUrl(site, 'search/?q=kv+cache&tag=quantization'));
    await resultTitles(page).first().getByRole('link').click();
    await expect(page).toHaveURL(/\/notes\/papers\/[^/]+\/\?highlight=kv&highlight=cache$/u);
    await expect(page.locator('[data-pagefind-body] mark').first()).toBeVisible();

    expect(paths.filter((path) => !path.startsWith('/notes/') && path !== '/favicon.ico')).toEqual([]);
  });
});

test.describe('search over the hostile site', () => {
  const site = SITES.hostile;

  test('excerpts show entities and markup exactly as the dumps write them, in both search boxes', async ({ page }) => {
    await page.goto(searchPage(site, 'entities'));
    expect(await resultCount(page)).toBe(1);
    const excerpt = results(page).first().locator('.search-result-excerpt');
    await expect(excerpt).toContainText(`**not bold** and ${ESCAPED_TAG} written as entities`);
    await expect(excerpt.locator('mark')).toHaveText(['entities']);
    await expect(excerpt.locator(':not(mark)')).toHaveCount(0);

    // The header box is on every page but the search page.
    await page.goto(siteUrl(site));
    await headerSearchBox(page).click();
    await page.keyboard.type('entities');
    const option = page.getByRole('banner').getByRole('option').first();
    await expect(option).toContainText(`${ESCAPED_TAG} written as entities`);
    await expect(option.locator('.site-search-excerpt :not(mark)')).toHaveCount(0);
  });

  test('markup in the indexed text stays text in excerpts and never runs', async ({ page }) => {
    await page.goto(searchPage(site, 'onerror'));
    expect(await resultCount(page)).toBeGreaterThan(0);
    const excerpts = results(page).locator('.search-result-excerpt');
    await expect(excerpts.filter({ hasText: '<img src=x onerror="window.__pwned=1">' }).first()).toBeVisible();
    await expect(resultsList(page).locator('img, script')).toHaveCount(0);

    await page.goto(siteUrl(site));
    await headerSearchBox(page).click();
    await page.keyboard.type('pwned');
    await expect(page.getByRole('banner').getByRole('option').first()).toBeVisible();
    await expect(page.getByRole('banner').locator('[role="listbox"] :is(img, script)')).toHaveCount(0);
    expect(await page.evaluate((marker) => marker in window, PWNED_MARKER)).toBe(false);
  });
});
