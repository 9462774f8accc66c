import { readFile } from 'node:fs/promises';
import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { rawFrontmatterValue } from './raw-frontmatter.ts';

/**
 * The notes collection: Astro's glob() loader over `*.mdx` (which compiles each note as MDX and
 * watches the folder in `astro dev`), with one correction before validation. The YAML reader turns
 * an unquoted `date: 2025-02-30` into 2 March without a word; the schema must see the date as
 * written, so the text of the `date:` line replaces whatever YAML made of it.
 */
export function notesLoader(options: { readonly dir: string }): Loader {
  const inner = glob({ pattern: '*.mdx', base: options.dir });
  return {
    name: 'paper-notes:notes',
    load: (context) =>
      inner.load({
        ...context,
        parseData: async (props) => {
          const date = props.filePath ? rawFrontmatterValue(await readFile(props.filePath, 'utf8'), 'date') : null;
          return context.parseData(date === null ? props : { ...props, data: { ...props.data, date } });
        },
      }),
  };
}
