import { createHash } from 'node:crypto';
import { copyFile, link, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PARTS_MANIFEST } from '../search/parts.ts';
import type { SearchDocument } from './search-documents.ts';

/**
 * The parts of the search index a build wrote, kept for the next build in Astro's cache folder.
 *
 * The older parts are cut from the oldest end in fixed sizes (search-parts.ts), and a page's
 * document does not change when its related lists move (search-documents.ts). So after a dump whose
 * papers are newer than those of a part (a new digest day), that part is planned with the same
 * pages and given the same documents as last time, and Pagefind would write the same files. (Papers
 * with yearless or no dates sort at the oldest end, and a Hugging Face page's land among them.) A part
 * planned with the same pages as a kept one is a candidate: its documents are held back from
 * Pagefind for as long as each is the one kept in its place, and if all of them are, byte for byte
 * and in order, the kept files are taken instead of indexing and writing it again. From the first
 * document that differs (an edited abstract, an author's name now spelled as most dumps spell it),
 * the part is indexed as any other, the held documents first. Pagefind's version and settings are
 * part of every key.
 *
 * Files are shared by hard links where the cache and the output folder are on one disk, so
 * keeping a part costs no copy; a part's folder in the output loses the last build's files before
 * the part is written or taken again, which leaves the cache's links alone. Only the parts of the
 * last build are kept.
 */

const INDEX_FILE = 'parts.json';
/** The shape of the index file and of its digests; an index of another is not read. */
const FORMAT = 4;

/** The folders of the other parts, in the first part's folder. */
const OTHER_PART = /^part-\d+$/u;

export interface KeptPart {
  /** Digest of the part's planned page paths, in order. */
  readonly plan: string;
  /** Digest of its documents, in order. */
  readonly documents: string;
  /** A short digest of each document, in order, to find the first that differs while the part fills. */
  readonly each: readonly string[];
  /** Each page's Pagefind id within the part, by URL, as read back when the part was written. */
  readonly ids: readonly (readonly [string, string])[];
  /** How many files the part has, to tell a kept folder that lost some. */
  readonly files: number;
}

/** A part as its writer knows it, before it is kept. */
export type PartToKeep = Omit<KeptPart, 'files'>;

interface CacheIndex {
  readonly format: number;
  readonly engine: string;
  readonly parts: readonly KeptPart[];
}

/** A digest of a part's documents, taken as they arrive: of each document's own digest, so each is read once. */
export class DocumentsDigest {
  readonly #hash = createHash('sha256');

  /** Adds a document; returns its own short digest. */
  add(doc: SearchDocument): string {
    const own = createHash('sha256').update(`${doc.url}\0${doc.html}`).digest('hex');
    this.#hash.update(own);
    return own.slice(0, 16);
  }

  digest(): string {
    return this.#hash.digest('hex');
  }
}

export function planDigest(paths: readonly string[]): string {
  return createHash('sha256').update(paths.join('\0')).digest('hex');
}

/**
 * Whether an entry of a part's folder is the part's own: the first part's folder also holds the
 * other parts' folders and the manifest, which are not.
 */
function isOwn(name: string, top: boolean): boolean {
  return !top || (name !== PARTS_MANIFEST && !OTHER_PART.test(name));
}

/** Links a part's files from one folder to another, or copies those a link cannot share; returns how many. */
async function shareBundle(from: string, to: string, top = true): Promise<number> {
  await mkdir(to, { recursive: true });
  let files = 0;
  for (const entry of await readdir(from, { withFileTypes: true })) {
    if (!isOwn(entry.name, top)) continue;
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    if (entry.isDirectory()) files += await shareBundle(source, target, false);
    else if (entry.isFile()) {
      // Across disks, on a file system without links, or over a file left in place: a copy of its own.
      await link(source, target).catch(async () => {
        await rm(target, { force: true });
        await copyFile(source, target);
      });
      files += 1;
    }
  }
  return files;
}

/** Removes a part's own files from its folder: the last build's, before the part is written there again. */
export async function removeBundle(dir: string): Promise<void> {
  for (const entry of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
    if (isOwn(entry.name, true)) await rm(join(dir, entry.name), { recursive: true, force: true });
  }
}

/** Removes the folders of parts numbered `partCount` and on from the index's folder: a last build's, which had more parts. */
export async function removePartsFrom(indexDir: string, partCount: number): Promise<void> {
  for (const entry of await readdir(indexDir, { withFileTypes: true }).catch(() => [])) {
    if (entry.isDirectory() && OTHER_PART.test(entry.name) && Number(entry.name.slice('part-'.length)) >= partCount) {
      await rm(join(indexDir, entry.name), { recursive: true, force: true });
    }
  }
}

export interface SearchPartCache {
  /** A part the last build wrote with the same planned pages, or null. */
  candidate(plan: string): KeptPart | null;
  /**
   * Puts a kept part's files into `bundleDir`; false, with none of them left there, if the kept
   * folder is gone or lost files, so that the part is indexed instead.
   */
  restore(part: KeptPart, bundleDir: string): Promise<boolean>;
  /** Keeps a part this build wrote (or restored) for the next build. */
  keep(part: PartToKeep, bundleDir: string): Promise<void>;
  /** Writes the cache's index and removes the parts this build did not keep. */
  save(): Promise<{ readonly reused: number }>;
}

/**
 * The cache in `<cacheDir>/search-parts/`. `engine` names Pagefind's version and settings: a cache
 * written by another is not used.
 */
export async function openSearchPartCache(cacheDir: string, engine: string): Promise<SearchPartCache> {
  const root = join(cacheDir, 'search-parts');
  const folderOf = (part: PartToKeep) => join(root, part.documents);
  let previous: readonly KeptPart[] = [];
  try {
    const index = JSON.parse(await readFile(join(root, INDEX_FILE), 'utf8')) as CacheIndex;
    if (index.format === FORMAT && index.engine === engine) previous = index.parts;
  } catch {
    // No cache yet, or an unreadable one: every part is indexed.
  }
  const byPlan = new Map(previous.map((part) => [part.plan, part]));
  const kept = new Map<string, KeptPart>();
  /** The kept parts this build restored, by their documents' digest. */
  const restored = new Map<string, KeptPart>();
  return {
    candidate: (plan) => byPlan.get(plan) ?? null,
    async restore(part, bundleDir) {
      await removeBundle(bundleDir);
      const files = await shareBundle(folderOf(part), bundleDir).catch(() => -1);
      if (files === part.files) {
        restored.set(part.documents, part);
        return true;
      }
      await removeBundle(bundleDir);
      return false;
    },
    async keep(part, bundleDir) {
      if (kept.has(part.documents)) return;
      const earlier = restored.get(part.documents);
      if (earlier) {
        kept.set(part.documents, earlier);
        return;
      }
      await rm(folderOf(part), { recursive: true, force: true });
      kept.set(part.documents, { ...part, files: await shareBundle(bundleDir, folderOf(part)) });
    },
    async save() {
      await mkdir(root, { recursive: true });
      const index: CacheIndex = { format: FORMAT, engine, parts: [...kept.values()] };
      await writeFile(join(root, INDEX_FILE), JSON.stringify(index));
      for (const entry of await readdir(root, { withFileTypes: true })) {
        if (entry.isDirectory() && !kept.has(entry.name)) await rm(join(root, entry.name), { recursive: true, force: true });
      }
      return { reused: restored.size };
    },
  };
}
