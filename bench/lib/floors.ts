/**
 * Framework floors: plain Astro sites with one trivial page per `.md` or `.mdx` entry of a glob()
 * collection, on Astro's default settings. Our build time divided by theirs for the same number of
 * pages shows how much of it the site's own design adds.
 *
 * Each floor is a generated project whose node_modules holds a symlink to each of this project's
 * packages, so both build with exactly the same Astro. The folder itself is real: Vite keeps
 * caches in `<root>/node_modules/.vite`, and a floor must never write into this project's.
 */
import { mkdir, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export type FloorKind = 'md' | 'mdx';

const PACKAGE_JSON = (kind: FloorKind) => `${JSON.stringify({ name: `floor-${kind}`, private: true, type: 'module' }, null, 2)}\n`;

/** Kept apart from the parent project's strict tsconfig, which the floor does not need. */
const TSCONFIG = `${JSON.stringify({ extends: 'astro/tsconfigs/base' }, null, 2)}\n`;

const ASTRO_CONFIG = (kind: FloorKind) => `import { defineConfig } from 'astro/config';
${kind === 'mdx' ? "import mdx from '@astrojs/mdx';\n" : ''}
export default defineConfig({
  outDir: process.env.OUT_DIR ?? './dist',
  cacheDir: process.env.CACHE_DIR ?? './node_modules/.astro',
  integrations: [${kind === 'mdx' ? 'mdx()' : ''}],
  vite: {
    build: {
      rolldownOptions: {
        // The same harmless-warning filter the site uses, so log volume does not differ.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
          handler(level, log);
        },
      },
    },
  },
});
`;

const CONTENT_CONFIG = (kind: FloorKind) => `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

export const collections = {
  entries: defineCollection({
    loader: glob({ pattern: '*.${kind}', base: './src/content/entries' }),
    schema: z.object({ title: z.string() }),
  }),
};
`;

const PAGE = `---
import { getCollection, render } from 'astro:content';

export async function getStaticPaths() {
  const entries = await getCollection('entries');
  return entries.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}

const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="en">
  <head><meta charset="utf-8" /><title>{entry.data.title}</title></head>
  <body><main><h1>{entry.data.title}</h1><Content /></main></body>
</html>
`;

function entryText(index: number): string {
  return `---\ntitle: Page ${index}\n---\n\nTrivial page number ${index}.\n\nA short paragraph of plain text with **some emphasis** and a [link](https://example.org/${index}).\n`;
}

/** Caches and tool folders that belong to one project and are not shared. */
const NOT_LINKED = new Set(['.vite', '.astro', '.cache', '.bin', '.package-lock.json']);

/** A node_modules of symlinks to this project's packages, with no caches; rebuilt every time so no cache survives. */
async function linkNodeModules(dir: string, projectNodeModules: string): Promise<void> {
  const target = join(dir, 'node_modules');
  await rm(target, { recursive: true, force: true });
  await mkdir(target);
  for (const name of await readdir(projectNodeModules)) {
    if (!NOT_LINKED.has(name)) await symlink(join(projectNodeModules, name), join(target, name));
  }
}

/** Writes (or rewrites) the floor project with `pages` entries; returns its folder. */
export async function prepareFloor(workDir: string, kind: FloorKind, pages: number, projectNodeModules: string): Promise<string> {
  const dir = join(workDir, `floor-${kind}`);
  const entries = join(dir, 'src', 'content', 'entries');
  await rm(entries, { recursive: true, force: true });
  await mkdir(entries, { recursive: true });
  await mkdir(join(dir, 'src', 'pages'), { recursive: true });
  await writeFile(join(dir, 'package.json'), PACKAGE_JSON(kind));
  await writeFile(join(dir, 'tsconfig.json'), TSCONFIG);
  await writeFile(join(dir, 'astro.config.mjs'), ASTRO_CONFIG(kind));
  await writeFile(join(dir, 'src', 'content.config.ts'), CONTENT_CONFIG(kind));
  await writeFile(join(dir, 'src', 'pages', '[slug].astro'), PAGE);
  await linkNodeModules(dir, projectNodeModules);
  const width = String(pages).length;
  for (let start = 1; start <= pages; start += 500) {
    const batch = [];
    for (let index = start; index < Math.min(start + 500, pages + 1); index += 1) {
      batch.push(writeFile(join(entries, `page-${String(index).padStart(width, '0')}.${kind}`), entryText(index)));
    }
    await Promise.all(batch);
  }
  return dir;
}
