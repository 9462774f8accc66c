import { expect, test } from '@playwright/test';
import { SITES, siteUrl } from './sites.ts';

/**
 * Tags in Chromium: every tag address the site had published before its topics changed still
 * works, author hashtags that name a topic lead to its page, and notes sit on topic pages.
 */
const site = SITES.main;

/** Every tag page and feed the site served before the taxonomy changed (a build of the earlier site). */
const PUBLISHED_TAG_URLS = [
  'tags/',
  'tags/agents/',
  'tags/alignment-safety/',
  'tags/architecture/',
  'tags/benchmarks/',
  'tags/benchmarks/2/',
  'tags/code/',
  'tags/datasets/',
  'tags/diffusion/',
  'tags/efficiency/',
  'tags/general/',
  'tags/inference-efficiency/',
  'tags/interpretability/',
  'tags/kv-cache/',
  'tags/language-models/',
  'tags/language-models/2/',
  'tags/language-models/3/',
  'tags/long-context/',
  'tags/mechanistic-interpretation/',
  'tags/mixture-of-experts/',
  'tags/ml/',
  'tags/multimodal/',
  'tags/optimizers/',
  'tags/quantization/',
  'tags/reasoning/',
  'tags/reinforcement-learning/',
  'tags/retrieval/',
  'tags/rl/',
  'tags/training-efficiency/',
];
const PUBLISHED_FEEDS = PUBLISHED_TAG_URLS.filter((path) => /^tags\/[^/]+\/$/u.test(path)).map((path) => `${path}rss.xml`);

/** Where each retired address leads now, and what that page is called. */
const MOVED: Record<string, { to: string; heading: string }> = {
  'tags/rl/': { to: 'tags/reinforcement-learning/', heading: 'Reinforcement learning' },
  'tags/efficiency/': { to: 'tags/inference-efficiency/', heading: 'Inference efficiency' },
  'tags/mechanistic-interpretation/': { to: 'tags/interpretability/', heading: 'Interpretability' },
  'tags/language-models/': { to: 'papers/', heading: 'Papers' },
  'tags/language-models/2/': { to: 'papers/', heading: 'Papers' },
  'tags/language-models/3/': { to: 'papers/', heading: 'Papers' },
  'tags/general/': { to: 'papers/', heading: 'Papers' },
  'tags/benchmarks/2/': { to: 'tags/benchmarks/', heading: 'Benchmarks and evaluation' },
};

test('every tag address published before the topics changed still leads to a page', async ({ page }) => {
  for (const path of PUBLISHED_TAG_URLS) {
    const response = await page.goto(siteUrl(site, path));
    expect(response?.status(), path).toBe(200);
    const moved = MOVED[path];
    if (moved) {
      await expect(page, path).toHaveURL(siteUrl(site, moved.to));
      await expect(page.getByRole('heading', { level: 1 }), path).toHaveText(moved.heading);
    } else {
      await expect(page, path).toHaveURL(siteUrl(site, path));
      await expect(page.locator('.listed-list > li, .tag-table li').first(), path).toBeVisible();
    }
  }
});

test('a retired address is a static redirect: refresh, canonical and visible link, no script or inline style', async ({ page }) => {
  for (const [path, moved] of Object.entries(MOVED)) {
    const html = await (await page.request.get(siteUrl(site, path))).text();
    expect(html, path).toContain(`http-equiv="refresh" content="0; url=${site.base}${moved.to}"`);
    expect(html, path).toContain(`<link rel="canonical" href="${siteUrl(site, moved.to)}">`);
    const text = moved.heading === 'Papers' ? 'All papers' : moved.heading;
    expect(html, path).toContain(`<a href="${site.base}${moved.to}">${text}</a>`);
    expect(html, path).not.toMatch(/<script|<style|\sstyle=/u);
  }
});

test('every tag feed published before the topics changed still serves items', async ({ page }) => {
  for (const path of PUBLISHED_FEEDS) {
    const response = await page.request.get(siteUrl(site, path));
    expect(response.status(), path).toBe(200);
    const items = await page.evaluate(
      (text) => {
        const doc = new DOMParser().parseFromString(text, 'application/xml');
        return doc.querySelector('parsererror') ? null : [...doc.querySelectorAll('item > link')].map((link) => link.textContent);
      },
      await response.text(),
    );
    expect(items?.length, path).toBeGreaterThan(0);
  }
  // A retired hashtag's feed carries its topic's items.
  const feed = async (path: string) => {
    const xml = await (await page.request.get(siteUrl(site, path))).text();
    return xml.replace(/<lastBuildDate>.*?<\/lastBuildDate>/u, '');
  };
  expect(await feed('tags/rl/rss.xml')).toBe(await feed('tags/reinforcement-learning/rss.xml'));
});

test('an author hashtag that names a topic keeps its spelling on the paper and joins the topic page', async ({ page }) => {
  await page.goto(siteUrl(site, 'papers/swe-rl-advancing-llm-reasoning-via-reinforcement-learning-on-open-software-b626849c/'));
  // The hashtag is shown as the topic it names, with the author's spelling beside it.
  const chip = page.locator('.tag-group-topic li', { hasText: 'Reinforcement learning' });
  await expect(chip.locator('.tag-written')).toHaveText('tagged #rl');
  const topic = chip.getByRole('link', { name: 'Reinforcement learning', exact: true });
  await expect(topic).toHaveAttribute('href', `${site.base}tags/reinforcement-learning/`);
  // Not a second chip of its own.
  await expect(page.locator('.tag-group-own a', { hasText: '#rl' })).toHaveCount(0);
  await topic.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Reinforcement learning');
  await expect(page.locator('[lang="ko"]', { hasText: '강화학습' }).first()).toBeVisible();
  await expect(page.getByText(/Papers the author tagged #rl are listed here too/u)).toBeVisible();
  await expect(page.locator('.listed-list').filter({ hasText: 'SWE-RL: Advancing LLM Reasoning' })).toHaveCount(1);

  await page.goto(siteUrl(site, 'tags/'));
  const authorTags = page.getByRole('region', { name: 'Author tags' });
  await expect(authorTags.locator('li', { hasText: '#rl' })).toContainText('on the Reinforcement learning page');
  const interpretation = authorTags.getByRole('link', { name: '#mechanistic-interpretation' });
  await expect(interpretation).toHaveAttribute('href', `${site.base}tags/interpretability/`);
});

test('notes appear on the pages of their topics and show them', async ({ page }) => {
  const notesOn = async (tag: string) => {
    await page.goto(siteUrl(site, `tags/${tag}/`));
    const posts = page.locator('section.list-group', { has: page.getByRole('heading', { name: 'Blog posts', exact: true }) });
    return posts.locator('.listed-title').allTextContents();
  };
  expect(await notesOn('optimizers')).toEqual(expect.arrayContaining(['Muon optimizer', 'Optimizers and Hessians']));
  expect(await notesOn('mixture-of-experts')).toContain('Grouped GEMMs and MoE');
  expect(await notesOn('reinforcement-learning')).toContain('Understanding R1-Zero-Like training');
  expect(await notesOn('reasoning')).toContain('Understanding R1-Zero-Like training');

  await page.goto(siteUrl(site, 'posts/muon-optimizer/'));
  const topic = page.locator('.tag-group-topic').getByRole('link', { name: 'Optimizers' });
  await expect(topic).toHaveAttribute('href', `${site.base}tags/optimizers/`);
});

test('the tag index groups topics by area, names them in Korean too, and works from the keyboard', async ({ page }) => {
  await page.goto(siteUrl(site, 'tags/'));
  const topics = page.getByRole('region', { name: 'Topics' });
  await expect(topics.getByRole('heading', { level: 3 })).toHaveText([
    'Learning and reasoning',
    'Training',
    'Architecture',
    'Efficiency',
    'Modalities and generation',
    'Applications and evaluation',
  ]);
  await expect(topics.locator('li', { hasText: 'Quantization' }).locator('[lang="ko"]')).toHaveText('양자화');
  await expect(page.getByRole('link', { name: 'Language models', exact: true })).toHaveCount(0);

  const first = topics.getByRole('link').first();
  await first.focus();
  const name = (await first.textContent()) ?? '';
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
});
