import { readFile } from 'node:fs/promises';
import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { hasNoteFiles, NOTE_FILES } from './folder.ts';
import { rawFrontmatterValue } from './raw-frontmatter.ts';

/** glob()'s words for a folder with no matching file: the normal state of a site without notes. */
const NO_FILES_WARNING = /^No files found matching /u;

/**
 * The notes collection: Astro's glob() loader over `*.mdx` (which compiles each note as MDX and
 * watches the folder in `astro dev`), with one correction before validation. The YAML reader turns
 * an unquoted `date: 2025-02-30` into 2 March without a word; the schema must see the date as
 * written, so the text of the `date:` line replaces whatever YAML made of it.
 *
 * A notes folder without notes is how a site starts, not a mistake, so glob()'s warning about it
 * is left out of the build log. A folder that does not exist is still reported.
 */
export function notesLoader(options: { readonly dir: string }): Loader {
  const inner = glob({ pattern: NOTE_FILES, base: options.dir });
  return {
    name: 'paper-notes:notes',
    load: (context) =>
      inner.load({
        ...context,
        logger: hasNoteFiles(options.dir) ? context.logger : withoutEmptyFolderWarning(context.logger),
        parseData: async (props) => {
          const date = props.filePath ? rawFrontmatterValue(await readFile(props.filePath, 'utf8'), 'date') : null;
          return context.parseData(date === null ? props : { ...props, data: { ...props.data, date } });
        },
      }),
  };
}

function withoutEmptyFolderWarning(logger: LoaderContext['logger']): LoaderContext['logger'] {
  const quiet = logger.fork(logger.label);
  const warn = quiet.warn.bind(quiet);
  quiet.warn = (message) => {
    if (!NO_FILES_WARNING.test(message)) warn(message);
  };
  return quiet;
}
