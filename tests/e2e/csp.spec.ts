import { expect, test, type Page } from '@playwright/test';
import { buildCorpus } from '../../src/loader/corpus.ts';
import { readSeedDir } from '../../src/loader/read-seeds.ts';
import { SITES, siteUrl } from './sites.ts';

/**
 * The Content-Security-Policy in Chromium: every kind of page works under it with nothing
 * blocked, while the reader switches theme and language, uses the `/` shortcut, searches and
 * opens a highlighted result; and the policy really blocks what it should.
 */
const site = SITES.main;

interface Violation {
  directive: string;
  blocked: string;
  sample: string;
}

/** Records every CSP violation of the pages opened afterwards, from before their first script. */
async function recordViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: Violation[] = [];
    (window as unknown as { cspViolations: Violation[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push({ directive: event.effectiveDirective, blocked: event.blockedURI, sample: event.sample });
    });
  });
}

function violations(page: Page): Promise<Violation[]> {
  return page.evaluate(() => (window as unknown as { cspViolations: Violation[] }).cspViolations);
}

/**
 * Also sends each page's policy as an HTTP header, as a host that sets headers would. A header
 * covers the whole document, including the head's inline scripts that come before the <meta>.
 */
async function sendPolicyHeader(page: Page): Promise<void> {
  const origin = `http://127.0.0.1:${site.port}`;
  // Pages only: a policy header means nothing on a script or an index file, and the requests of
  // Pagefind's worker, which the `/` shortcut starts, go on while the test navigates to the next page.
  const isPage = (url: URL) => url.origin === origin && /(\/|\.html)$/u.test(url.pathname);
  await page.route(isPage, async (route) => {
    try {
      const response = await route.fetch();
      if (!(response.headers()['content-type'] ?? '').includes('text/html')) {
        await route.fulfill({ response });
        return;
      }
      const body = await response.text();
      const policy = /<meta http-equiv="content-security-policy" content="([^"]*)"/u.exec(body)?.[1];
      expect(policy, route.request().url()).toBeDefined();
      await route.fulfill({
        response,
        body,
        headers: { ...response.headers(), 'content-security-policy': (policy ?? '').replaceAll('&#39;', "'") },
      });
    } catch (error) {
      // A request the page dropped while it was answered (it navigated on) needs no answer; anything else fails the test.
      if (!(error instanceof Error && /has been disposed|has been closed/u.test(error.message))) throw error;
    }
  });
}

async function expectStrictPolicy(page: Page): Promise<void> {
  const policies = await page
    .locator('meta[http-equiv="content-security-policy"]')
    .evaluateAll((metas) => metas.map((meta) => meta.getAttribute('content') ?? ''));
  expect(policies).toHaveLength(1);
  const policy = policies[0] ?? '';
  expect(policy).toMatch(/(^|;)\s*script-src 'self'/u);
  expect(policy).toMatch(/(^|;)\s*style-src 'self'/u);
  expect(policy).not.toContain("'unsafe-inline'");
  expect(policy).not.toContain("'unsafe-eval'");
}

async function open(page: Page, path: string, status = 200): Promise<void> {
  const response = await page.goto(siteUrl(site, path));
  expect(response?.status(), path).toBe(status);
  await page.waitForLoadState('networkidle');
  await expectStrictPolicy(page);
}

function headerSearchBox(page: Page) {
  return page.getByRole('banner').getByRole('searchbox').or(page.getByRole('banner').getByRole('combobox'));
}

test.describe('under the page policy, also sent as a header', () => {
  test.beforeEach(async ({ page }) => {
    await recordViolations(page);
    await sendPolicyHeader(page);
  });

  test('every kind of page works while the reader uses it, and nothing is blocked', async ({ page }) => {
    const corpus = buildCorpus(await readSeedDir(site.seeds));
    const source = corpus.sources[0];
    const post = corpus.posts[0];
    expect(source && post).toBeTruthy();

    await open(page, '');
    await page.getByRole('group', { name: 'Theme' }).getByRole('radio', { name: 'Dark' }).check();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.keyboard.press('/');
    await expect(headerSearchBox(page)).toBeFocused();
    expect(await violations(page)).toEqual([]);

    await open(page, 'papers/deepgemm/');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.getByRole('group', { name: 'Show' }).getByRole('radio', { name: 'KO' }).check();
    await expect(page.locator('.commentary-block[lang="en"]')).toBeHidden();
    await page.getByRole('group', { name: 'Theme' }).getByRole('radio', { name: 'Light' }).check();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    expect(await violations(page)).toEqual([]);

    for (const path of [
      'tags/',
      'tags/quantization/',
      'sources/',
      `sources/${source?.id}/`,
      'posts/',
      `posts/${post?.slug}/`,
      'about/',
      'papers/',
    ]) {
      await open(page, path);
      await page.keyboard.press('/');
      await expect(headerSearchBox(page)).toBeFocused();
      expect(await violations(page), path).toEqual([]);
    }

    await open(page, 'no-such-page/', 404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    expect(await violations(page)).toEqual([]);
  });

  test('search finds results and a result page highlights the words, with nothing blocked', async ({ page }) => {
    await open(page, 'search/?q=kv+cache');
    const main = page.getByRole('main');
    await expect(main.locator('a[href*="/papers/"]').first()).toBeVisible();
    await main.getByRole('searchbox').or(main.getByRole('combobox')).first().fill('DeepGEMM');
    await expect(main.locator('a[href*="/papers/deepgemm/"]').first()).toBeVisible();
    expect(await violations(page)).toEqual([]);

    await main.locator('a[href*="/papers/deepgemm/"]').first().click();
    await expect(page).toHaveURL(/\/papers\/deepgemm\/\?highlight=/u);
    const mark = page.locator('[data-pagefind-body] mark').first();
    await expect(mark).toBeVisible();
    // The highlighter's own inline style is off; the stylesheet colours the marks.
    await expect(mark).toHaveCSS('background-color', 'rgb(255, 255, 0)');
    expect(await violations(page)).toEqual([]);
  });

  test('a stored theme is on <html> before the body is parsed, so it never flashes', async ({ page }) => {
    await page.addInitScript(() => {
      localStorage.setItem('paper-notes:theme', 'dark');
      const seen = new MutationObserver(() => {
        if (!document.querySelector('body')) return;
        (window as unknown as { themeAtBody: string | null }).themeAtBody = document.documentElement.getAttribute('data-theme');
        seen.disconnect();
      });
      seen.observe(document, { childList: true, subtree: true });
    });
    await open(page, 'papers/deepgemm/');
    expect(await page.evaluate(() => (window as unknown as { themeAtBody: string | null }).themeAtBody)).toBe('dark');
    expect(await violations(page)).toEqual([]);
  });
});

test.describe('the policy bites', () => {
  test.beforeEach(async ({ page }) => {
    await recordViolations(page);
  });

  test('an injected inline script, style attribute and eval are blocked', async ({ page }) => {
    await open(page, 'papers/deepgemm/');
    const outcome = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.injectedRan = true;';
      document.body.append(script);
      const heading = document.querySelector('h1');
      heading?.setAttribute('style', 'color: rgb(255, 0, 0)');
      // DevTools lifts the eval ban while it evaluates this function, so eval runs a task later, as page code.
      const evalRan = await new Promise<boolean>((resolve) => {
        setTimeout(() => {
          try {
            resolve(window.eval('true') === true);
          } catch {
            resolve(false);
          }
        });
      });
      return {
        scriptRan: (window as unknown as { injectedRan?: boolean }).injectedRan === true,
        headingColour: heading ? getComputedStyle(heading).color : null,
        evalRan,
      };
    });
    expect(outcome.scriptRan).toBe(false);
    expect(outcome.headingColour).not.toBe('rgb(255, 0, 0)');
    expect(outcome.evalRan).toBe(false);
    await expect
      .poll(async () => (await violations(page)).map((violation) => violation.directive).sort())
      .toEqual(['script-src', 'script-src-elem', 'style-src-attr']);
  });
});
