/**
 * Where the maintainer's notes are and which files count as notes. The content config and the
 * catalog both ask, so a site without notes neither reads an empty collection nor says so.
 */
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';

/** The notes folder, relative to the project; tests point NOTES_DIR at fixture notes. */
export const NOTES_DIR = process.env.NOTES_DIR ?? 'content/notes';

/** Notes are the folder's `.mdx` files; a README beside them is not one. */
export const NOTE_FILES = '*.mdx';

/** Whether the folder holds any note. */
export function hasNoteFiles(dir: string = NOTES_DIR): boolean {
  const path = resolve(dir);
  return existsSync(path) && readdirSync(path).some((name) => name.endsWith('.mdx'));
}
