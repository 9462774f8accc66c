import { createHash } from 'node:crypto';

const MAX_SLUG_LENGTH = 80;

/**
 * The key two dumps' titles must share to be the same paper: case, whitespace and
 * punctuation are ignored, letters of every script kept. A title with no letter or digit
 * (`---`, `???`) keys on its symbols, so two such papers never merge into one.
 */
export function titleKey(title: string): string {
  const normal = title.normalize('NFKC').toLowerCase();
  const words = normal.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return words !== '' ? words : normal.replace(/\s+/gu, ' ').trim();
}

function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 8);
}

/**
 * A readable slug that depends on the title key alone, so adding or removing other dumps
 * never changes it. Long titles are cut at a word and get a hash of the full key to stay unique.
 */
export function slugFor(key: string): string {
  const words = key.split(' ').filter(Boolean);
  const full = words.join('-');
  // A key of symbols alone (see titleKey) would make an unreadable URL.
  if (!/[\p{L}\p{N}]/u.test(full)) return `untitled-${shortHash(key)}`;
  if (full.length <= MAX_SLUG_LENGTH) return full;
  let cut = '';
  for (const word of words) {
    const next = cut ? `${cut}-${word}` : word;
    if (next.length > MAX_SLUG_LENGTH) break;
    cut = next;
  }
  return `${cut || Array.from(full).slice(0, MAX_SLUG_LENGTH).join('')}-${shortHash(key)}`;
}
