import { createHash } from 'node:crypto';

const MAX_SLUG_LENGTH = 80;
/**
 * A slug names a folder of the built site, and file systems refuse names over 255 bytes: 80 characters
 * from the supplementary planes are 320 bytes. The readable part stays under this many bytes, the hash after it adds 9.
 */
const MAX_SLUG_BYTES = 200;

/**
 * Symbols that change what a title means, so they take part in the merge key: `C++` is not `C`, `ZeRO++` not
 * `ZeRO`, `C#` not `C`. Maths, currency and other symbols (`+`, `<`, `=`, `$`, `→`, emoji) and `#`. Punctuation
 * is ignored, `&`, `*` and `%` included: a footnote star (`Analytics*`) or `&` for "and" varies between copies
 * of one title far more often than it tells two papers apart.
 */
const MEANINGFUL_SYMBOL = /[\p{Sm}\p{Sc}\p{So}#]/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const KEY_TOKEN = /[\p{L}\p{N}]+|[\p{Sm}\p{Sc}\p{So}#]+/gu;

/** Full case folding as far as JavaScript offers it: upper then lower case folds `ß` with `SS` and `ς` with `σ`. */
function caseFold(text: string): string {
  return text.toUpperCase().toLowerCase();
}

/** `Café` and `Cafe` name the same paper: accents on Latin letters are dropped; other scripts' marks are letters' own. */
function withoutLatinAccents(text: string): string {
  return text
    .normalize('NFD')
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .normalize('NFC');
}

/**
 * The key two dumps' titles must share to be the same paper: Unicode NFKC, case folding, Latin accents,
 * whitespace and prose punctuation are ignored; letters of every script, digits and meaningful symbols
 * are kept. A title with none of those (`---`, `???`) keys on its text, so two such papers never merge.
 */
export function titleKey(title: string): string {
  const normal = caseFold(title.normalize('NFKC'));
  const folded = withoutLatinAccents(normal);
  const tokens = folded.match(KEY_TOKEN) ?? [];
  return tokens.length > 0 ? tokens.join(' ') : normal.replace(/\s+/gu, ' ').trim();
}

function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 8);
}

function utf8Length(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

function fits(text: string): boolean {
  return text.length <= MAX_SLUG_LENGTH && utf8Length(text) <= MAX_SLUG_BYTES;
}

/** The longest run of whole words that fits, or as much of the first word as fits. */
function cutToFit(words: readonly string[]): string {
  let cut = '';
  for (const word of words) {
    const next = cut ? `${cut}-${word}` : word;
    if (!fits(next)) break;
    cut = next;
  }
  if (cut) return cut;
  let partial = '';
  for (const char of words[0] ?? '') {
    if (!fits(partial + char)) break;
    partial += char;
  }
  return partial;
}

/**
 * A readable slug that depends on the title key alone, so adding or removing other dumps never changes it.
 * The key's words joined by hyphens; a hash of the whole key follows when the title is cut to fit, or when
 * its symbols (which a URL segment cannot hold) are all that tells it from another title.
 */
export function slugFor(key: string): string {
  const words = key.split(' ').filter((token) => WORD_CHAR.test(token));
  const full = words.join('-');
  // A key of symbols alone (see titleKey) would make an unreadable URL.
  if (full === '') return `untitled-${shortHash(key)}`;
  const hasSymbols = key.split(' ').some((token) => MEANINGFUL_SYMBOL.test(token));
  if (fits(full) && !hasSymbols) return full;
  return `${cutToFit(words)}-${shortHash(key)}`;
}
