/**
 * People: every author a digest names, with the papers they wrote. An author is identified by
 * the normalised name (case, accents, dots and spacing ignored), so `José García`, `Jose Garcia`
 * and `J. Garcia` with different dots are one page, and every spelling found is shown on it.
 * The URL segment is made from that key alone, so adding papers never moves an author's page.
 */
import type { Paper } from '../schemas/index.ts';
import { urlSegment } from './segments.ts';

/** An author page's URL segment; branded so a written name is never used where a slug belongs. */
export type AuthorSlug = string & { readonly __brand: 'AuthorSlug' };

export interface Author {
  readonly slug: AuthorSlug;
  /** The spelling shown in headings: the most used one, ties broken by code-point order. */
  readonly name: string;
  /** Every spelling of the name in the dumps, the shown one first. */
  readonly spellings: readonly string[];
  /** The author's papers in the order they were given (the catalog passes them newest first). */
  readonly papers: readonly Paper[];
}

/** What makes two written names the same author: letters and digits of every script, without case or accents. */
export function authorKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
}

export function authorSlug(name: string): AuthorSlug {
  const key = authorKey(name);
  // A name of symbols alone has no key; its own text then makes the segment (with a hash).
  return urlSegment(key === '' ? name : key) as AuthorSlug;
}

function preferredSpelling(counts: ReadonlyMap<string, number>): string[] {
  return [...counts].sort(([a, countA], [b, countB]) => countB - countA || (a < b ? -1 : a > b ? 1 : 0)).map(([spelling]) => spelling);
}

/** The name an index sorts by: the last word, which is the family name in the Western order the digests use. */
export function familyName(name: string): string {
  return name.trim().split(/\s+/u).at(-1) ?? name;
}

/** Every author of the given papers, most papers first, then by family name; each author's papers keep the given order. */
export function collectAuthors(papers: readonly Paper[]): Author[] {
  const bySlug = new Map<AuthorSlug, { spellings: Map<string, number>; papers: Paper[] }>();
  for (const paper of papers) {
    const seen = new Set<AuthorSlug>();
    for (const name of paper.authors) {
      const slug = authorSlug(name);
      let author = bySlug.get(slug);
      if (!author) bySlug.set(slug, (author = { spellings: new Map(), papers: [] }));
      author.spellings.set(name, (author.spellings.get(name) ?? 0) + 1);
      // A name listed twice on one paper (a dump's typo) still lists the paper once.
      if (!seen.has(slug)) author.papers.push(paper);
      seen.add(slug);
    }
  }
  const authors = [...bySlug].map(([slug, author]): Author => {
    const spellings = preferredSpelling(author.spellings);
    return { slug, name: spellings[0] ?? slug, spellings, papers: author.papers };
  });
  const byName = (a: Author, b: Author) => familyName(a.name).localeCompare(familyName(b.name), 'en') || a.name.localeCompare(b.name, 'en');
  return authors.sort((a, b) => b.papers.length - a.papers.length || byName(a, b) || (a.slug < b.slug ? -1 : 1));
}
