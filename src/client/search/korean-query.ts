/**
 * Korean attaches particles to the word before them (논문은, 논문을, 논문에서), and Pagefind indexes
 * each space-separated word whole, without Korean stemming: a query with one particle would miss
 * text with another. Pagefind matches query words as prefixes, so dropping a trailing particle
 * finds every form. The stripped word is a prefix of the typed one, so nothing the typed query
 * finds is lost.
 */

/** Common particles, longest first so `에서는` wins over `는`. */
const PARTICLES = [
  '에서는',
  '으로는',
  '에서',
  '에게',
  '으로',
  '까지',
  '부터',
  '처럼',
  '보다',
  '에는',
  '로는',
  '은',
  '는',
  '이',
  '가',
  '을',
  '를',
  '의',
  '에',
  '로',
  '와',
  '과',
  '도',
  '만',
];

/** Shorter stems are too often whole words (차이, 결과, 속도), whose last syllable only looks like a particle. */
const MIN_STEM_LENGTH = 2;

function withoutParticle(word: string): string {
  for (const particle of PARTICLES) {
    if (!word.endsWith(particle)) continue;
    const stem = word.slice(0, -particle.length);
    if (Array.from(stem).length >= MIN_STEM_LENGTH && /[\p{L}\p{N}]$/u.test(stem)) return stem;
  }
  return word;
}

/** The query Pagefind runs: each word without a trailing Korean particle. Quoted phrases stay exact. */
export function searchTerms(query: string): string {
  if (query.includes('"')) return query;
  return query
    .split(/(\s+)/u)
    .map((part) => (/\s/u.test(part) ? part : withoutParticle(part)))
    .join('');
}
