import { expect, test, type Page } from '@playwright/test';
import { buildCorpus, type Corpus } from '../../src/loader/corpus.ts';
import { readSeedDir } from '../../src/loader/read-seeds.ts';
import { MATH, RENDERED_TEX } from '../fixtures/hostile-strings.ts';
import { xmlText } from '../../src/lib/xml.ts';
import { readJsonLd } from './json-ld.ts';
import { SITES, siteUrl } from './sites.ts';
import { asWritten, formatDate } from '../../src/lib/dates.ts';

/**
 * The hostile corpus (tests/fixtures/hostile-seeds) holds template syntax, HTML, scripts,
 * `javascript:` URLs, LaTeX and dollar amounts in every field of all four layouts. Every field
 * must show in Chromium exactly as written, nothing may run, and no link may leave http(s).
 * Expectations come from the loader's own reading of the fixtures, so each field is checked.
 */
const site = SITES.hostile;

/** Each must occur in the fixtures (so the test cannot pass vacuously) and show literally on a page. */
const HAZARDS = [
  '{process.exit(1)}',
  '{globalThis.process.exit(1)}',
  'export const x = 1',
  'import fs from "fs"',
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=1">',
  '$534,700',
  '\\textbf{bold}',
  '<kernel> + <programming model> + <optional hints>',
  '[not a link](javascript:alert(1))',
  'javascript:alert(1)',
  'p<0.05',
  'a < b',
  '<!-- comment -->',
  '<T>',
  '**not bold**',
  '{g(1),g(2),ldots}',
  '(<100B)',
  '&amp;',
  '{중괄호}',
];

let corpus: Corpus;
test.beforeAll(async () => {
  corpus = buildCorpus(await readSeedDir(site.seeds));
});

function flat(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/**
 * Text as the reader sees it, with each rendered formula written back as the TeX between dollars
 * that KaTeX keeps in its annotation: then a page must read exactly like the dump, formulas or not.
 */
async function visibleText(page: Page, selector = 'body'): Promise<string> {
  await page.evaluate(() => {
    for (const [selector, fence] of [
      ['.katex-display', '$$'],
      ['.katex', '$'],
    ] as const) {
      for (const formula of document.querySelectorAll(selector)) {
        formula.replaceWith(`${fence}${formula.querySelector('annotation')?.textContent ?? ''}${fence}`);
      }
    }
  });
  return flat(await page.locator(selector).innerText());
}

/**
 * Nothing from the seeds ran or became markup: the marker is unset, no element has an event handler, no
 * image or foreign script exists, every link is http(s).
 */
async function expectInert(page: Page): Promise<void> {
  const report = await page.evaluate(() => {
    const elements = [...document.querySelectorAll('*')];
    return {
      pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
      handlers: elements
        .filter((element) => [...element.attributes].some((attribute) => attribute.name.toLowerCase().startsWith('on')))
        .map((element) => element.outerHTML.slice(0, 120)),
      images: document.images.length,
      scriptsMentioningMarker: [...document.scripts].filter(
        (script) => script.type !== 'application/ld+json' && script.text.includes('__pwned'),
      ).length,
      badLinks: [...document.querySelectorAll<HTMLAnchorElement | HTMLAreaElement>('a[href], area[href]')]
        .filter((link) => link.protocol !== 'http:' && link.protocol !== 'https:')
        .map((link) => link.getAttribute('href')),
      javascriptAttributes: elements.filter((element) =>
        [...element.attributes].some(
          (attribute) =>
            /^\s*javascript:/iu.test(attribute.value) && ['href', 'src', 'action', 'formaction', 'data'].includes(attribute.name),
        ),
      ).length,
    };
  });
  expect(report).toEqual({ pwned: null, handlers: [], images: 0, scriptsMentioningMarker: 0, badLinks: [], javascriptAttributes: 0 });
}

async function open(page: Page, path: string): Promise<void> {
  const response = await page.goto(siteUrl(site, path));
  expect(response?.status(), path).toBe(200);
  await page.waitForLoadState('networkidle');
  await expectInert(page);
}

test('every hazard is in the fixtures and shows literally on some page', async ({ page }) => {
  const seedText = JSON.stringify(corpus);
  const shown = new Map<string, string>();
  const paths = [
    '',
    'tags/',
    'sources/',
    ...corpus.papers.map((paper) => `papers/${paper.slug}/`),
    ...corpus.posts.map((post) => `posts/${post.slug}/`),
  ];
  for (const path of paths) {
    await open(page, path);
    const text = await visibleText(page);
    for (const hazard of HAZARDS) if (!shown.has(hazard) && text.includes(hazard)) shown.set(hazard, path);
  }
  for (const hazard of HAZARDS) {
    expect(seedText.includes(JSON.stringify(hazard).slice(1, -1)), `fixtures hold ${hazard}`).toBe(true);
    expect(shown.has(hazard), `some page shows ${hazard}`).toBe(true);
  }
});

test('every field of every paper shows exactly as written', async ({ page }) => {
  expect(corpus.papers.length).toBeGreaterThanOrEqual(6);
  for (const paper of corpus.papers) {
    await open(page, `papers/${paper.slug}/`);
    await expect(page.locator('h1')).toHaveText(paper.title);
    // The <title> element's own text: Chromium's document.title drops control characters. A title with
    // bidi controls comes bracketed by isolates (see bidi.spec.ts), around the exact text.
    const documentTitle = flat((await page.locator('title').textContent()) ?? '');
    expect(documentTitle.replace(/^\u2068(.*)\u2069(?= · )/u, '$1')).toBe(flat(`${paper.title} · Paper notes`));
    const facts = await visibleText(page, '.facts');
    for (const author of paper.authors) expect(facts).toContain(flat(author));
    if (paper.team) expect(facts).toContain(flat(paper.team));
    // The date in the site's style, and as written too where the source's words differ from it.
    if (paper.date) expect(facts).toContain(asWritten(paper.date) ?? formatDate(paper.date));
    for (const paragraph of paper.abstract) expect(await visibleText(page, '.abstract')).toContain(flat(paragraph));
    for (const lang of ['ko', 'en'] as const) {
      for (const paragraph of paper.commentary[lang])
        expect(await visibleText(page, `.commentary-block[lang="${lang}"]`)).toContain(flat(paragraph));
    }
    // Every hashtag as written: on its own chip, or beside the topic it names.
    const shownTags = await page.locator('.tag-group-own a, .tag-group-topic .tag-written bdi').allTextContents();
    expect(shownTags.toSorted()).toEqual(paper.tags.map((tag) => `#${tag}`).toSorted());

    const jsonLd = await readJsonLd(page);
    expect(jsonLd.headline).toBe(paper.title);
    expect((jsonLd.author ?? []).map((author) => author.name)).toEqual(paper.authors);
    if (paper.abstract.length > 0) expect(jsonLd.abstract).toBe(paper.abstract.join('\n\n'));
  }
});

test('author tags keep their spelling on their own pages', async ({ page }) => {
  const tagged = corpus.papers.filter((paper) => paper.tags.length > 0);
  expect(tagged.length).toBeGreaterThan(0);
  for (const paper of tagged) {
    await open(page, `papers/${paper.slug}/`);
    const hrefs = await page.locator('.tag-group-own a').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
    for (const [index, href] of hrefs.entries()) {
      await open(page, new URL(href).pathname.slice(site.base.length));
      await expect(page.locator('h1')).toHaveText(`#${paper.tags[index]}`);
      await expect(page.locator('.listed-list').getByRole('link', { name: paper.title, exact: true })).toHaveCount(1);
    }
  }
});

test('every block of every note shows exactly as written', async ({ page }) => {
  expect(corpus.posts.length).toBeGreaterThanOrEqual(2);
  for (const post of corpus.posts) {
    await open(page, `posts/${post.slug}/`);
    await expect(page.locator('h1')).toHaveText(post.title);
    const body = await visibleText(page, 'article .prose');
    const codes = await page.locator('article pre').allTextContents();
    const lists = await page.locator('article .prose ol').evaluateAll((lists) => lists.map((list) => (list as HTMLOListElement).start));
    for (const block of post.body) {
      if (block.type === 'paragraph') expect(body).toContain(flat(block.text));
      if (block.type === 'list') for (const item of block.items) expect(body).toContain(flat(item));
      if (block.type === 'list' && block.ordered) expect(lists).toContain(block.start);
      if (block.type === 'quote')
        for (const line of block.lines) expect(await visibleText(page, 'article blockquote')).toContain(flat(line));
      if (block.type === 'code') expect(codes.map((code) => code.trimEnd())).toContain(block.code.trimEnd());
    }
  }
});

test('formulas render only where the dump holds TeX that KaTeX accepts without trust', async ({ page }) => {
  const paper = corpus.papers.find((candidate) => candidate.title.startsWith('Hostile List Gamma'));
  expect(paper).toBeDefined();
  await open(page, `papers/${paper?.slug}/`);
  // The title is never typeset; the abstract's accepted spans are, with their TeX kept as written.
  await expect(page.locator('h1')).toHaveText(paper?.title ?? '');
  await expect(page.locator('.abstract .katex annotation')).toHaveText([...RENDERED_TEX]);
  await expect(page.locator('.abstract .katex-display')).toHaveCount(1);
  const shown = flat(await page.locator('.abstract').innerText());
  for (const literal of [
    MATH.href,
    MATH.url,
    MATH.htmlData,
    MATH.htmlStyle,
    MATH.includegraphics,
    MATH.macroBomb,
    MATH.imgTag,
    MATH.loneDollar,
    MATH.prices,
    MATH.escaped,
    MATH.korean,
    '$534,700',
  ]) {
    expect(shown, literal).toContain(literal);
  }
  await expect(page.locator('.abstract a')).toHaveText([MATH.inUrl]);
  await expect(page.locator('.katex [style], .katex a, .katex img')).toHaveCount(0);

  const post = corpus.posts.find((candidate) => candidate.title.startsWith('Hostile Post Beta'));
  await open(page, `posts/${post?.slug}/`);
  await expect(page.locator('article li .katex annotation')).toHaveText(['\\mathcal{O}(n \\log n)']);
  await expect(page.locator('article li').filter({ hasText: MATH.href })).toHaveCount(1);
});

test('every dump lists every entry title exactly as written', async ({ page }) => {
  for (const source of corpus.sources) {
    await open(page, `sources/${source.id}/`);
    // Named by its content; the file name stays as a detail, and a heading shows as written.
    await expect(page.locator('h1')).not.toContainText(source.file);
    await expect(page.locator('.source-details .file-name')).toHaveText(source.file);
    if (source.heading && !source.date) expect(await visibleText(page, '.list-header > .facts')).toContain(flat(source.heading));
    await expect(page.locator('.source-entries > li > :first-child')).toHaveText(source.entries.map((entry) => entry.title));
  }
});

test('feeds carry titles exactly as written, but for characters XML cannot hold, and stay well-formed', async ({ page }) => {
  await open(page, 'tags/');
  const tagPages = await page.locator('.tag-table a').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).pathname));
  expect(tagPages.length).toBeGreaterThan(5);
  const feedPaths = ['rss.xml', ...tagPages.map((path) => `${path.slice(site.base.length)}rss.xml`)];
  const titles = new Set([...corpus.papers.map((paper) => paper.title), ...corpus.posts.map((post) => post.title)].map(xmlText));
  for (const path of [...new Set(feedPaths)]) {
    const xml = await (await page.request.get(siteUrl(site, path))).text();
    const items = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      return doc.querySelector('parsererror') ? null : [...doc.querySelectorAll('item > title')].map((title) => title.textContent);
    }, xml);
    expect(items, path).not.toBeNull();
    expect(items?.length, path).toBeGreaterThan(0);
    for (const title of items ?? []) expect(titles.has(title), `${path}: ${title}`).toBe(true);
  }
});
