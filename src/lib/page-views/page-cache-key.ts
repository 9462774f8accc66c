import { createHash } from 'node:crypto';
import type { Catalog } from '../catalog.ts';

/**
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild`): a page whose key and
 * whose code are as in the last build is restored from it instead of rendered. A page's key is a
 * digest of everything it shows, its view (see paper-page.ts), with what every page shows (the
 * header's sections). Papers, blog posts and dumps in a view count by a digest of their own data,
 * taken once each, so a key costs little however many pages list the same paper.
 *
 * A key may start with the digest of the page's own record and a `.` (a paper's page: the paper), so
 * that the next build can tell a page whose own data changed from one whose lists moved: the search
 * index then expects the first to change its document (src/integrations/restored-pages.ts).
 *
 * Raise the format when what a key covers changes in a way its digest would not show.
 */
const KEY_FORMAT = 1;

/** What every page shows that comes from the content: the header leaves Notes out of a site without notes. */
function siteChrome(catalog: Catalog): unknown {
  return { notes: catalog.notes.length > 0 };
}

const digest = (text: string): string => createHash('sha256').update(text).digest('base64url');

/** The key function of one build's catalog; `own` is the page's own record, if it has one. */
export function pageCacheKeys(catalog: Catalog): (view: unknown, own?: object | null) => string {
  const records = new WeakSet<object>([...catalog.papers, ...catalog.posts, ...catalog.sources]);
  const digests = new WeakMap<object, string>();
  const recordDigest = (record: object): string => {
    let known = digests.get(record);
    if (known === undefined) {
      known = digest(JSON.stringify(record));
      digests.set(record, known);
    }
    return known;
  };
  const chrome = JSON.stringify(siteChrome(catalog));
  return (view, own) => {
    const whole = digest(
      `${KEY_FORMAT}\n${chrome}\n${JSON.stringify(view, (key, value: unknown) =>
        key !== '' && typeof value === 'object' && value !== null && records.has(value) ? `record:${recordDigest(value)}` : value,
      )}`,
    );
    return own ? `${recordDigest(own)}.${whole}` : whole;
  };
}

/**
 * Adds each path's cache key, taken over its props and over what `alsoShown` says the page shows
 * besides them (what its components read of the catalog); `own` names the page's own record.
 */
export function withCacheKeys<Path extends { readonly props: unknown }>(
  catalog: Catalog,
  paths: readonly Path[],
  alsoShown: (path: Path) => unknown = () => null,
  own: (path: Path) => object | null = () => null,
): (Path & { cacheKey: string })[] {
  const keyOf = pageCacheKeys(catalog);
  return paths.map((path) => ({ ...path, cacheKey: keyOf({ props: path.props, alsoShown: alsoShown(path) }, own(path)) }));
}
