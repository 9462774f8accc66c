import { createHash } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { parse } from 'node-html-parser';
import { SITES } from '../e2e/sites.ts';
import { htmlPages, readPage } from './built-site.ts';

/**
 * Every built page of every test site declares a strict Content-Security-Policy, and everything
 * inline in it is allowed by that policy: a browser would block any inline script or style the
 * policy holds no hash for, and every style attribute.
 */

/** A policy as its directives, each with its source list. */
function directives(policy: string): Map<string, string[]> {
  const parsed = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/u);
    if (name) parsed.set(name.toLowerCase(), sources);
  }
  return parsed;
}

function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** Types of script element a browser runs; JSON-LD and other data blocks are not run, so not checked. */
function runs(type: string | undefined): boolean {
  return type === undefined || type === '' || type === 'module' || /^(text|application)\/javascript$/iu.test(type);
}

for (const [name, site] of Object.entries(SITES)) {
  test(`every page of the ${name} site declares a strict policy that allows all its inline code`, () => {
    const pages = [...htmlPages(site.outDir).values()];
    expect(pages.length).toBeGreaterThan(10);
    const problems: string[] = [];
    for (const file of pages) {
      const root = parse(readPage(site.outDir, file));
      const metas = root.querySelectorAll('meta[http-equiv="content-security-policy" i]');
      if (metas.length !== 1) {
        problems.push(`${file}: ${metas.length} policy meta elements`);
        continue;
      }
      const policy = directives(metas[0]?.getAttribute('content') ?? '');
      const scripts = policy.get('script-src') ?? [];
      const styles = policy.get('style-src') ?? [];
      if (!scripts.includes("'self'") || !styles.includes("'self'")) problems.push(`${file}: script-src or style-src missing`);
      for (const [directive, sources] of policy) {
        for (const unsafe of ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", '*', 'data:', 'blob:']) {
          if ((directive.startsWith('script-src') || directive.startsWith('style-src')) && sources.includes(unsafe))
            problems.push(`${file}: ${directive} allows ${unsafe}`);
        }
      }
      for (const script of root.querySelectorAll('script:not([src])')) {
        if (runs(script.getAttribute('type')) && !scripts.includes(sha256(script.rawText)))
          problems.push(`${file}: inline script without its hash: ${script.rawText.slice(0, 60)}`);
      }
      for (const style of root.querySelectorAll('style')) {
        if (!styles.includes(sha256(style.rawText))) problems.push(`${file}: inline style without its hash: ${style.rawText.slice(0, 60)}`);
      }
      const styled = root.querySelectorAll('[style]');
      if (styled.length > 0) problems.push(`${file}: ${styled.length} style attributes, e.g. ${styled[0]?.outerHTML.slice(0, 80)}`);
    }
    expect(problems.slice(0, 20)).toEqual([]);
  });
}
