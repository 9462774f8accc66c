import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileOfPath, type PlannedPage } from './page-tap.ts';

/**
 * The pages an incremental build is about to restore, known before it restores them. Astro restores
 * a page whose cache key is the one of the last build (src/lib/page-views/page-cache-key.ts) by
 * leaving the last build's file in the output folder (src/integrations/output-folder.ts) or, if
 * it is not there, copying its own copy of the last rendering, kept under `<cacheDir>/dist/`
 * (astro/dist/core/build/incremental.js). So the search index can read those copies as soon as
 * the build knows its pages, and index them while the rest renders, instead of reading the
 * restored pages once every page is done.
 *
 * A forecast is only a head start: a page Astro renders after all (its template or the site's
 * settings changed) is compared on arrival (src/integrations/build-index.ts), and a page whose copy
 * is missing, or that Astro keeps elsewhere in a later version, is simply not forecast.
 */

/** The keys of the last build, beside the kept search parts. */
const KEYS_FILE = join('search-pages', 'cache-keys.json');
/** The shape of the keys file; a file of another is not read. */
const FORMAT = 1;

interface KeysFile {
  readonly format: number;
  readonly keys: Readonly<Record<string, string>>;
}

function readLastKeys(cacheDir: string): ReadonlyMap<string, string> {
  try {
    const file = JSON.parse(readFileSync(join(cacheDir, KEYS_FILE), 'utf8')) as KeysFile;
    return file.format === FORMAT ? new Map(Object.entries(file.keys)) : new Map();
  } catch {
    // No earlier build, or an unreadable file: nothing is forecast.
    return new Map();
  }
}

/** The digest of a page's own record at the start of its key, if the key has one (src/lib/page-views/page-cache-key.ts). */
function ownPart(key: string): string | null {
  const dot = key.indexOf('.');
  return dot === -1 ? null : key.slice(0, dot);
}

/** What the last build's keys tell of this build's wanted pages. */
export interface RestoreForecast {
  /**
   * Astro's copy, by page path, of each page whose cache key is the one of the last build. The
   * copies may not exist: whoever reads them treats a missing one as no forecast.
   */
  readonly copies: Map<string, string>;
  /**
   * The pages whose own record changed since the last build (a paper with a new source, an edited
   * abstract), whose search documents are then expected to change too. A page whose key changed
   * only with its lists (related papers, neighbours) keeps its document.
   */
  readonly renewed: Set<string>;
}

export function forecastRestoredPages(cacheDir: string, pages: readonly PlannedPage[], wanted: (path: string) => boolean): RestoreForecast {
  const last = readLastKeys(cacheDir);
  const copies = new Map<string, string>();
  const renewed = new Set<string>();
  for (const { path, cacheKey } of pages) {
    const before = last.get(path);
    if (cacheKey === undefined || before === undefined || !wanted(path)) continue;
    if (before === cacheKey) copies.set(path, join(cacheDir, 'dist', fileOfPath(path)));
    else {
      const own = ownPart(cacheKey);
      if (own !== null && own !== ownPart(before)) renewed.add(path);
    }
  }
  return { copies, renewed };
}

/** Keeps this build's cache keys of the wanted pages for the next build's forecast. */
export function saveCacheKeys(cacheDir: string, pages: readonly PlannedPage[], wanted: (path: string) => boolean): void {
  const keys: Record<string, string> = {};
  for (const { path, cacheKey } of pages) if (cacheKey !== undefined && wanted(path)) keys[path] = cacheKey;
  mkdirSync(join(cacheDir, 'search-pages'), { recursive: true });
  writeFileSync(join(cacheDir, KEYS_FILE), JSON.stringify({ format: FORMAT, keys } satisfies KeysFile));
}
