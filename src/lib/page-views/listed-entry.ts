import type { Catalog, Listed } from '../catalog.ts';

/**
 * The name of the dump a listed entry comes from first, as its line in a list shows it, or null
 * for a note. The one thing a list entry reads of the catalog beyond the entry itself, so a page
 * that lists entries puts it in its cache key (page-cache-key.ts).
 */
export function listedSourceName(item: Listed, catalog: Catalog): string | null {
  const refs = item.kind === 'paper' ? item.paper.sources : item.kind === 'post' ? item.post.sources : [];
  const source = refs.map((ref) => catalog.source(ref.source)).find((found) => found !== undefined);
  return source ? catalog.sourceName(source) : null;
}
