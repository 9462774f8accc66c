import { createHash } from 'node:crypto';

/**
 * Turns free text (a tag as an author wrote it, a dump's file name) into one safe URL segment.
 *
 * Text that is already a clean segment (lowercase letters of any script, digits, single hyphens
 * or underscores) is kept as it is, so `rl` stays `/tags/rl/`. Anything else is reduced to its
 * letters and digits and gets a short hash of the original text, so two different texts never
 * share a segment: `RL` becomes `rl-…`, `{process.exit(1)}` becomes `process-exit-1-…`, and
 * `---` (no letters at all) becomes `x-…`.
 */
const CLEAN = /^[\p{Ll}\p{Lo}\p{N}]+(?:[-_][\p{Ll}\p{Lo}\p{N}]+)*$/u;
const MAX_WORDS_LENGTH = 60;

function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 8);
}

export function urlSegment(text: string): string {
  if (CLEAN.test(text) && text.length <= MAX_WORDS_LENGTH) return text;
  const words = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
  const readable = Array.from(words).slice(0, MAX_WORDS_LENGTH).join('').replace(/-+$/u, '');
  return `${readable || 'x'}-${shortHash(text)}`;
}
