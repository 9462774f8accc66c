// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { pagefindIntegration } from './src/integrations/pagefind.ts';

/**
 * The public URL and sub-path are set at build time so the same content can be hosted anywhere:
 * SITE_URL=https://notes.example.org BASE_PATH=/papers npm run build
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
  // Stylesheets stay files, never inline <style>, so pages can declare a strict Content-Security-Policy.
  build: { format: 'directory', inlineStylesheets: 'never' },
  markdown: {
    // remark plugins only run under the unified processor; it then applies to MDX as well.
    // Smart quotes stay off so quoted text is shown exactly as written.
    processor: unified({ remarkPlugins: [remarkGfm], smartypants: false }),
  },
  // Pagefind runs last, on the finished HTML.
  integrations: [mdx(), sitemap(), pagefindIntegration()],
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
