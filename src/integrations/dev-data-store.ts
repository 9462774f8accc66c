import { fileURLToPath } from 'node:url';

/**
 * The file the content layer saves its store to under `astro dev` (withastro/astro,
 * packages/astro/src/content/paths.ts); it changes whenever new content is loaded.
 */
export function devDataStoreFile(root: URL): string {
  return fileURLToPath(new URL('.astro/data-store.json', root));
}
