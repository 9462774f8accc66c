import { createHash } from 'node:crypto';
import { copyFile, link, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PARTS_MANIFEST } from '../search/parts.ts';
import type { SearchDocument } from './search-documents.ts';

/**
 * The parts of the search index a build wrote, kept for the next build in Astro's cache folder.
 *
 * A new dump adds the newest papers, which go into the first part; the older parts are cut from
 * the oldest end in fixed sizes (search-parts.ts), and their documents do not change when related
 * lists move (search-documents.ts). So after a new dump the older parts are planned with the same
 * pages and given the same documents as last time, and Pagefind would write the same files. A part
 * planned with the same pages as a kept one is a candidate: its documents are held back from
 * Pagefind for as long as each is the one kept in its place, and if all of them are, byte for byte
 * and in order, the kept files are taken instead of indexing and writing it again. From the first
 * document that differs (an edited abstract, an author's name now spelled as most dumps spell it),
 * the part is indexed as any other, the held documents first. Pagefind's version and settings are
 * part of every key.
 *
 * Files are shared by hard links where the cache and the output folder are on one disk, so
 * keeping a part costs no copy; Astro empties the output folder before each build, which leaves
 * the cache's links alone. Only the parts of the last build are kept.
 */

const INDEX_FILE = 'parts.json';
/** The shape of the index file; an index of another shape is not read. */
const FORMAT = 2;

/** The folders of a part's own Pagefind bundle; the first part's folder also holds the other parts. */
const BUNDLE_FOLDERS = new Set(['fragment', 'index', 'filter']);

export interface KeptPart {
  /** Digest of the part's planned page paths, in order. */
  readonly plan: string;
  /** Digest of its documents, in order. */
  readonly documents: string;
  /** A short digest of each document, in order, to find the first that differs while the part fills. */
  readonly each: readonly string[];
  /** Each page's Pagefind id within the part, by URL, as read back when the part was written. */
  readonly ids: readonly (readonly [string, string])[];
}

interface CacheIndex {
  readonly format: number;
  readonly engine: string;
  readonly parts: readonly KeptPart[];
}

/** A digest of a part's documents, taken as they arrive. */
export class DocumentsDigest {
  readonly #hash = createHash('sha256');

  /** Adds a document; returns its own short digest. */
  add(doc: SearchDocument): string {
    const text = `${doc.url}\0${doc.html}\0`;
    this.#hash.update(text);
    return createHash('sha256').update(text).digest('hex').slice(0, 16);
  }

  digest(): string {
    return this.#hash.digest('hex');
  }
}

export function planDigest(paths: readonly string[]): string {
  return createHash('sha256').update(paths.join('\0')).digest('hex');
}

/** Links (or, across disks, copies) a part's bundle files from one folder to another. */
async function shareBundle(from: string, to: string, top = true): Promise<void> {
  await mkdir(to, { recursive: true });
  for (const entry of await readdir(from, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if (!top || BUNDLE_FOLDERS.has(entry.name)) await shareBundle(join(from, entry.name), join(to, entry.name), false);
    } else if (entry.isFile() && !(top && entry.name === PARTS_MANIFEST)) {
      const target = join(to, entry.name);
      await link(join(from, entry.name), target).catch(async (error: unknown) => {
        const code = (error as NodeJS.ErrnoException).code;
        if (code !== 'EXDEV' && code !== 'EPERM') throw error;
        await copyFile(join(from, entry.name), target);
      });
    }
  }
}

export interface SearchPartCache {
  /** A part the last build wrote with the same planned pages, or null. */
  candidate(plan: string): KeptPart | null;
  /** Puts a kept part's files into `bundleDir`. */
  restore(part: KeptPart, bundleDir: string): Promise<void>;
  /** Keeps a part this build wrote (or restored) for the next build. */
  keep(part: KeptPart, bundleDir: string): Promise<void>;
  /** Writes the cache's index and removes the parts this build did not keep. */
  save(): Promise<{ readonly reused: number }>;
}

/**
 * The cache in `<cacheDir>/search-parts/`. `engine` names Pagefind's version and settings: a cache
 * written by another is not used.
 */
export async function openSearchPartCache(cacheDir: string, engine: string): Promise<SearchPartCache> {
  const root = join(cacheDir, 'search-parts');
  const folderOf = (part: KeptPart) => join(root, part.documents);
  let previous: readonly KeptPart[] = [];
  try {
    const index = JSON.parse(await readFile(join(root, INDEX_FILE), 'utf8')) as CacheIndex;
    if (index.format === FORMAT && index.engine === engine) previous = index.parts;
  } catch {
    // No cache yet, or an unreadable one: every part is indexed.
  }
  const byPlan = new Map(previous.map((part) => [part.plan, part]));
  const kept = new Map<string, KeptPart>();
  let reused = 0;
  return {
    candidate: (plan) => byPlan.get(plan) ?? null,
    async restore(part, bundleDir) {
      await shareBundle(folderOf(part), bundleDir);
      reused += 1;
    },
    async keep(part, bundleDir) {
      if (kept.has(part.documents)) return;
      kept.set(part.documents, part);
      if (byPlan.get(part.plan)?.documents === part.documents) return;
      await rm(folderOf(part), { recursive: true, force: true });
      await shareBundle(bundleDir, folderOf(part));
    },
    async save() {
      await mkdir(root, { recursive: true });
      const index: CacheIndex = { format: FORMAT, engine, parts: [...kept.values()] };
      await writeFile(join(root, INDEX_FILE), JSON.stringify(index));
      for (const entry of await readdir(root, { withFileTypes: true })) {
        if (entry.isDirectory() && !kept.has(entry.name)) await rm(join(root, entry.name), { recursive: true, force: true });
      }
      return { reused };
    },
  };
}
