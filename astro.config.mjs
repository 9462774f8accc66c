// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { rehypeShiki, unified } from '@astrojs/markdown-remark';
import rehypeKatex from 'rehype-katex';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import { devRouteCacheIntegration } from './src/integrations/dev-route-cache.ts';
import { mathLayoutIntegration } from './src/integrations/math-layout.ts';
import { pageTap } from './src/integrations/page-tap.ts';
import { outputFolder } from './src/integrations/output-folder.ts';
import { pagefindIntegration } from './src/integrations/pagefind.ts';
import { codeTokenStyles } from './src/integrations/code-token-styles.ts';
import { CODE_THEMES, codeWithoutInlineStyles } from './src/lib/code.ts';
import { SAFE_KATEX_OPTIONS } from './src/lib/math/katex-options.ts';
import { rehypeTableAlign } from './src/lib/markdown/rehype-table-align.ts';
import { rehypeTableScroll } from './src/lib/markdown/rehype-table-scroll.ts';
import { rehypeTaskListLabels } from './src/lib/markdown/rehype-task-list-labels.ts';
import { rehypeKatexLayout } from './src/lib/math/rehype-katex-layout.ts';
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
/** Astro sets NODE_ENV before reading this file; the dev server keeps KaTeX's inline styles (see src/lib/math/inline-styles.ts). */
const devServer = process.env.NODE_ENV === 'development';
/** Hands each rendered page to the search index and the formulas' stylesheet (src/integrations/page-tap.ts). */
const tap = pageTap();
/** Keeps the output folder between builds and removes what a build did not write (src/integrations/output-folder.ts). */
const output = outputFolder(tap);

export default defineConfig({
  site,
  base,
  outDir,
  cacheDir,
  trailingSlash: 'always',
  // Stylesheets stay files, never inline <style>, so pages load the same few cached files.
  // Several pages in flight: one page renders while the last ones are written to disk, which otherwise
  // left the build idle for 40% of its rendering. The search index stays in the planned order (src/integrations/pagefind.ts).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 8 },
  // Pages whose cache key is as in the last build are restored from it, not rendered: a new dump
  // renders the pages it changes (src/lib/page-views/page-cache-key.ts).
  experimental: { incrementalBuild: true },
  // A strict policy on every page; see src/lib/csp.ts.
  security: { csp: CONTENT_SECURITY_POLICY },
  markdown: {
    // remark plugins only run under the unified processor; it then applies to MDX as well.
    // Smart quotes stay off so quoted text is shown exactly as written.
    processor: unified({
      remarkPlugins: [remarkGfm, remarkMath],
      rehypePlugins: [
        // Notes' code blocks look like the blog posts' (src/components/post/PostBlock.astro), without inline styles.
        [rehypeShiki, { themes: CODE_THEMES, defaultColor: false, transformers: [codeWithoutInlineStyles] }],
        [rehypeKatex, SAFE_KATEX_OPTIONS],
        [rehypeKatexLayout, { styleClasses: !devServer }],
        rehypeTableAlign,
        rehypeTableScroll,
        rehypeTaskListLabels,
      ],
      smartypants: false,
    }),
    // Code is highlighted by the Shiki plugin above, whose output carries no inline style; Astro's own
    // highlighting step would warn that Shiki and a CSP do not mix.
    syntaxHighlight: false,
  },
  // The warning about a localhost URL, if any, ends the output; the output folder's sweep comes after every writer.
  integrations: [
    mdx(),
    sitemap(),
    tap.integration,
    mathLayoutIntegration(tap),
    pagefindIntegration(tap, output),
    devRouteCacheIntegration(),
    output.integration,
    siteUrlWarning(),
  ],
  vite: {
    plugins: [codeTokenStyles()],
    // The benchmark's kept sites (`npm run bench -- --keep`) hold a folder per page, over 100,000 at
    // 50,000 papers: watched, they exhaust the system's file watchers and `astro dev` cannot start.
    server: { watch: { ignored: ['**/bench/.work/**'] } },
    build: {
      // KaTeX's smallest fonts would otherwise become data: URLs, which a `font-src 'self'` policy refuses;
      // bundled scripts stay files too, so a policy without 'unsafe-inline' for scripts needs no hash for them.
      assetsInlineLimit: (file) => (/\.(woff2?|ttf|js)$/u.test(file) ? false : undefined),
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
