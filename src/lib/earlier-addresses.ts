/**
 * Addresses of papers and blog posts the site published under an earlier slug rule, kept working.
 *
 * Slugs depend on the title alone, but the rule that makes them changed once: symbols that tell
 * two titles apart (`C++` and `C`, `ZeRO++` and `ZeRO`) now take part in the merge key, and such a
 * title's slug got a hash (src/loader/slugs.ts). Links shared before then point at the slug the
 * earlier rule gave; each becomes a static page leading to the entry, unless a live entry has that
 * address or two entries had it (then nobody can say which one a link meant).
 */
import { createHash } from 'node:crypto';

const EARLIER_MAX_LENGTH = 80;

function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 8);
}

/** The slug the earlier rule gave a title: letters and digits of every script, all else a word break. */
export function earlierSlug(title: string): string {
  const normal = title.normalize('NFKC').toLowerCase();
  const letters = normal.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const key = letters !== '' ? letters : normal.replace(/\s+/gu, ' ').trim();
  const words = key.split(' ').filter(Boolean);
  const full = words.join('-');
  if (!/[\p{L}\p{N}]/u.test(full)) return `untitled-${shortHash(key)}`;
  if (full.length <= EARLIER_MAX_LENGTH) return full;
  let cut = '';
  for (const word of words) {
    const next = cut ? `${cut}-${word}` : word;
    if (next.length > EARLIER_MAX_LENGTH) break;
    cut = next;
  }
  return `${cut || Array.from(full).slice(0, EARLIER_MAX_LENGTH).join('')}-${shortHash(key)}`;
}

/** Why an earlier address leads on, as its redirect page says. */
export const EARLIER_ADDRESS_REASON = 'Titles that differ only by a symbol such as + or # now have addresses of their own.';

/** An earlier address of an entry, and the entry it leads to. */
export interface EarlierAddress<T> {
  readonly slug: string;
  readonly entry: T;
}

/** The earlier addresses of one kind of entry that still lead somewhere: one per entry at most. */
export function earlierAddresses<T extends { readonly slug: string; readonly title: string }>(entries: readonly T[]): EarlierAddress<T>[] {
  const live = new Set(entries.map((entry) => entry.slug));
  const claims = new Map<string, T[]>();
  for (const entry of entries) {
    const slug = earlierSlug(entry.title);
    if (slug !== entry.slug && !live.has(slug)) claims.set(slug, [...(claims.get(slug) ?? []), entry]);
  }
  return [...claims].flatMap(([slug, claimants]) => (claimants.length === 1 && claimants[0] ? [{ slug, entry: claimants[0] }] : []));
}
