/**
 * What one more dump changes in the built site: each page's digest is taken after the full build
 * and again after the rebuild, and compared by file. The pages a dump leaves byte for byte as they
 * were are all that any incremental build could reuse, and the changed ones are those it must
 * render again; so these counts bound what Astro's incremental builds could save, whatever they are
 * told. (The search index reuses whole parts by their documents, which leave out related lists.)
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { pageType } from './phases.ts';

/** SHA-1 of every HTML page under `outDir`, by its path in the site (`papers/deepgemm/index.html`). */
export async function pageDigests(outDir: string): Promise<Map<string, string>> {
  const digests = new Map<string, string>();
  const entries = await readdir(outDir, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const file = join(entry.parentPath, entry.name);
    digests.set(
      relative(outDir, file),
      createHash('sha1')
        .update(await readFile(file))
        .digest('hex'),
    );
  }
  return digests;
}

export interface ChangeCounts {
  readonly unchanged: number;
  readonly changed: number;
  readonly added: number;
  readonly removed: number;
}

export interface PageChanges extends ChangeCounts {
  /** The same counts per page type (phases.ts), largest types first. */
  readonly byType: readonly ({ readonly type: string } & ChangeCounts)[];
}

export function comparePages(before: ReadonlyMap<string, string>, after: ReadonlyMap<string, string>): PageChanges {
  type Counts = { unchanged: number; changed: number; added: number; removed: number };
  const zero = (): Counts => ({ unchanged: 0, changed: 0, added: 0, removed: 0 });
  const total = zero();
  const types = new Map<string, Counts>();
  const count = (file: string, outcome: keyof Counts) => {
    const type = pageType(file);
    const counts = types.get(type) ?? zero();
    types.set(type, counts);
    counts[outcome] += 1;
    total[outcome] += 1;
  };
  for (const [file, digest] of after) {
    const earlier = before.get(file);
    count(file, earlier === undefined ? 'added' : earlier === digest ? 'unchanged' : 'changed');
  }
  for (const file of before.keys()) if (!after.has(file)) count(file, 'removed');
  const size = (counts: Counts) => counts.unchanged + counts.changed + counts.added + counts.removed;
  const byType = [...types].map(([type, counts]) => ({ type, ...counts })).sort((a, b) => size(b) - size(a));
  return { ...total, byType };
}
