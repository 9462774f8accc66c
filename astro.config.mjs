// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { pagefindIntegration } from './src/integrations/pagefind.ts';
import { siteUrlWarning } from './src/integrations/site-url-warning.ts';
import { CONTENT_SECURITY_POLICY } from './src/lib/csp.ts';

/**
 * The public URL and sub-path are set at build time so the same content can be hosted anywhere:
 * SITE_URL=https://notes.example.org BASE_PATH=/papers npm run build
 * Without SITE_URL the site is built for localhost, and the build ends with a warning.
 */
const site = process.env.SITE_URL ?? 'http://localhost:4321';
const base = process.env.BASE_PATH ?? '/';
/** Tests and the benchmark build other corpora into other folders. */
const outDir = process.env.OUT_DIR ?? './dist';
const cacheDir = process.env.CACHE_DIR ?? './node_modules/.astro';

export default defineConfig({
  site,
  base,
  outDir,
  cacheDir,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // A strict policy on every page; see src/lib/csp.ts.
  security: { csp: CONTENT_SECURITY_POLICY },
  markdown: {
    // remark plugins only run under the unified processor; it then applies to MDX as well.
    // Smart quotes stay off so quoted text is shown exactly as written.
    processor: unified({ remarkPlugins: [remarkGfm], smartypants: false }),
    // Shiki colours tokens with inline styles, which the CSP blocks. The site's own pages have no
    // code fences, and note code blocks are plain text (src/lib/code.ts), so nothing is lost.
    syntaxHighlight: false,
  },
  // Pagefind runs last, on the finished HTML; then the warning about a localhost URL, if any, ends the output.
  integrations: [mdx(), sitemap(), pagefindIntegration(), siteUrlWarning()],
  vite: {
    build: {
      rolldownOptions: {
        onLog(level, log, handler) {
          // Every .mdx module triggers a harmless directive warning (withastro/astro#18087).
          if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
          handler(level, log);
        },
      },
    },
  },
});
