import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

export interface FolderSize {
  /** Sum of file sizes (apparent size, not blocks on disk). */
  readonly bytes: number;
  readonly files: number;
  /** `.html` files: the pages a site build wrote. */
  readonly htmlFiles: number;
}

const EMPTY: FolderSize = { bytes: 0, files: 0, htmlFiles: 0 };

/** Size of a folder tree; an absent folder is empty. */
export async function folderSize(dir: string): Promise<FolderSize> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return EMPTY;
  }
  let total = EMPTY;
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      const inner = await folderSize(path);
      total = { bytes: total.bytes + inner.bytes, files: total.files + inner.files, htmlFiles: total.htmlFiles + inner.htmlFiles };
    } else if (entry.isFile()) {
      const { size } = await stat(path);
      total = { bytes: total.bytes + size, files: total.files + 1, htmlFiles: total.htmlFiles + (entry.name.endsWith('.html') ? 1 : 0) };
    }
  }
  return total;
}
