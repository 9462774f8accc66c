/**
 * The Content-Security-Policy of every page. Astro writes it into each page's head as a
 * `<meta http-equiv="content-security-policy">`, with the hashes of the scripts and styles it
 * bundles or inlines; inline scripts of our own declare their hash through `Astro.csp`
 * (see inlineScriptHash). There is no 'unsafe-inline' and no 'unsafe-eval', so markup that seed
 * text might smuggle in (a script, an event handler, a style attribute) can never run or apply.
 *
 * 'wasm-unsafe-eval' lets Pagefind compile its WebAssembly search engine; it allows no JavaScript
 * eval. `frame-ancestors` and reporting cannot be set from a <meta>: a host that sends headers can
 * add them (see README, Deploying).
 */
import { createHash } from 'node:crypto';
import type { AstroUserConfig } from 'astro';

type CspConfig = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>;

export const CONTENT_SECURITY_POLICY = {
  algorithm: 'SHA-256',
  directives: [
    // Everything else (fetches of the search index, its worker, images, fonts) only from the site itself.
    "default-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    // The header search box and the search page submit to the site's own search page.
    "form-action 'self'",
  ],
  scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
  styleDirective: { resources: ["'self'"] },
} as const satisfies CspConfig;

/**
 * The CSP hash source of an inline script's exact text, for `Astro.csp.insertScriptHash`.
 * Refuses text that could end the script element early, since the hash would then cover
 * something other than what runs.
 */
export function inlineScriptHash(source: string): `sha256-${string}` {
  if (/<\/script|<!--/iu.test(source)) throw new Error('An inline script must not contain `</script` or `<!--`');
  return `sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}`;
}
