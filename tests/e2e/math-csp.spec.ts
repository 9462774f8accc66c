import { createHash } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { SITES, siteUrl, type TestSite } from './sites.ts';

/**
 * Formulas under a strict Content-Security-Policy: no 'unsafe-inline' for styles, so any inline
 * `style` attribute is refused. KaTeX's layout therefore comes from classes and an external
 * stylesheet (src/lib/math/inline-styles.ts); the formulas must keep their exact geometry.
 * The page's own inline scripts are allowed by hash, as a policy for this site would.
 */
const PAGES: [TestSite, string][] = [
  [SITES.notes, 'notes/kv-cache-quantization/'],
  [SITES.hostile, 'papers/hostile-list-gamma-mathcal-o-n-log-n-in-a-title-dfe41028/'],
];

function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
}

/** The policy: only this site, plus the hashes of the page's inline scripts and style blocks. */
function policyFor(html: string): string {
  const scripts = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gu)].map((match) => sha256(match[1] ?? ''));
  const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/gu)].map((match) => sha256(match[1] ?? ''));
  return [
    "default-src 'self'",
    `script-src 'self' ${scripts.join(' ')}`,
    `style-src 'self' ${styles.join(' ')}`,
    "font-src 'self'",
    "img-src 'self'",
  ].join('; ');
}

interface Violation {
  readonly directive: string;
  readonly blocked: string;
  /** Whether the refused thing belongs to a formula. */
  readonly inMath: boolean;
}

/** Opens the page, with the policy when asked, and returns the formulas' boxes and any refusals. */
async function formulaLayout(page: Page, url: string, options: { policy: boolean; block?: RegExp }) {
  if (options.policy) {
    await page.route(url, async (route) => {
      const response = await route.fetch();
      const html = await response.text();
      await route.fulfill({ response, body: html, headers: { ...response.headers(), 'content-security-policy': policyFor(html) } });
    });
  }
  if (options.block) await page.route(options.block, (route) => route.abort());
  await page.addInitScript(() => {
    const seen: unknown[] = [];
    (window as unknown as { __violations: unknown[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      const target = event.target instanceof Element ? event.target : null;
      seen.push({
        directive: event.effectiveDirective,
        blocked: event.blockedURI,
        inMath: Boolean(target?.closest('.katex')) || /katex/iu.test(event.blockedURI),
      });
    });
  });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(url);
  await page.evaluate(() => document.fonts.ready);
  const boxes = await page.locator('.katex-html .base, .katex-html .vlist > span').evaluateAll((nodes) =>
    nodes.map((node) => {
      const box = node.getBoundingClientRect();
      return [box.x, box.y, box.width, box.height].map((value) => Math.round(value * 10) / 10);
    }),
  );
  const violations = await page.evaluate(() => (window as unknown as { __violations: Violation[] }).__violations);
  const mathFont = await page.evaluate(() => document.fonts.check('16px KaTeX_Main') && document.fonts.check('italic 16px KaTeX_Math'));
  return { boxes, violations, mathFont };
}

for (const [site, path] of PAGES) {
  test(`formulas keep their layout under a strict policy: ${path}`, async ({ browser }) => {
    const url = siteUrl(site, path);
    const open = async (options: { policy: boolean; block?: RegExp }) => {
      const context = await browser.newContext();
      const result = await formulaLayout(await context.newPage(), url, options);
      await context.close();
      return result;
    };
    const plain = await open({ policy: false });
    const strict = await open({ policy: true });
    expect(plain.boxes.length).toBeGreaterThan(10);
    expect(strict.violations.filter((violation) => violation.inMath)).toEqual([]);
    expect(strict.mathFont).toBe(true);
    expect(strict.boxes).toEqual(plain.boxes);

    // The comparison can fail: without the layout stylesheet the same formulas lose their shape.
    const unstyled = await open({ policy: true, block: /katex-layout\.css$/u });
    expect(unstyled.boxes).not.toEqual(plain.boxes);
  });
}

test('the policy of these tests does refuse inline styles', async ({ page }) => {
  const url = siteUrl(SITES.notes, 'notes/kv-cache-quantization/');
  await formulaLayout(page, url, { policy: true });
  const refused = await page.evaluate(async () => {
    const probe = document.createElement('span');
    probe.setAttribute('style', 'display:block;height:123px');
    document.body.append(probe);
    await new Promise((resolve) => setTimeout(resolve, 100));
    return {
      height: probe.getBoundingClientRect().height,
      violations: (window as unknown as { __violations: Violation[] }).__violations.length,
    };
  });
  expect(refused.height).toBe(0);
  expect(refused.violations).toBeGreaterThan(0);
});
