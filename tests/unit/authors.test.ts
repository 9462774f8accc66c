import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { authorKey, authorSlug, collectAuthors } from '../../src/lib/authors.ts';
import { peopleLine } from '../../src/lib/people.ts';
import type { Paper } from '../../src/schemas/index.ts';
import { paperRecord } from './support.ts';

function paper(slug: string, authors: string[], extra: Partial<Paper> = {}): Paper {
  return paperRecord({ slug, authors, authorCount: authors.length || null, ...extra });
}

describe('author identity', () => {
  const SLUGS: [string, string][] = [
    ['Chenggang Zhao', 'chenggang-zhao'],
    ['Sida I. Wang', 'sida-i-wang'],
    ['José  García', 'jose-garcia'],
    ['김 연구자', '김-연구자'],
  ];
  for (const [name, slug] of SLUGS)
    it(`gives “${name}” the page /authors/${slug}/`, () => {
      assert.equal(authorSlug(name), slug);
    });

  it('treats spellings that differ only in case, accents, dots and spacing as one author', () => {
    assert.equal(authorKey('Jose Garcia'), authorKey('JOSÉ GARCÍA'));
    assert.equal(authorKey('J. Garcia'), authorKey('J Garcia'));
    assert.notEqual(authorKey('Liang Zhao'), authorKey('Zhao Liang'));
  });

  it('gives a name of symbols alone a segment of its own, never an empty one', () => {
    assert.match(authorSlug('{}'), /^x-[0-9a-f]{8}$/u);
    assert.notEqual(authorSlug('{}'), authorSlug('<>'));
  });
});

describe('collecting authors', () => {
  const newer = paper('newer', ['Ada Lovelace', 'Bob Smith']);
  const older = paper('older', ['ada lovelace', 'Carol Jones']);
  const authors = collectAuthors([newer, older]);

  it('lists each author once with every paper, in the order given', () => {
    const ada = authors.find((author) => author.slug === 'ada-lovelace');
    assert.deepEqual(
      ada?.papers.map((each) => each.slug),
      ['newer', 'older'],
    );
  });

  it('shows every spelling found, the most used (then the first by code point) in headings', () => {
    const ada = authors.find((author) => author.slug === 'ada-lovelace');
    assert.deepEqual(ada?.spellings, ['Ada Lovelace', 'ada lovelace']);
    assert.equal(ada.name, 'Ada Lovelace');
  });

  it('puts the authors with most papers first, then by family name', () => {
    assert.deepEqual(
      authors.map((author) => author.name),
      ['Ada Lovelace', 'Carol Jones', 'Bob Smith'],
    );
    const sameFamily = collectAuthors([paper('x', ['Liang Zhao', 'Chenggang Zhao', 'Jiashi Li'])]);
    assert.deepEqual(
      sameFamily.map((author) => author.name),
      ['Jiashi Li', 'Chenggang Zhao', 'Liang Zhao'],
    );
  });

  it('lists a paper once for an author named twice on it', () => {
    const [only] = collectAuthors([paper('twice', ['Dan Brown', 'Dan  Brown'])]);
    assert.equal(only?.papers.length, 1);
  });
});

describe('people in a list row', () => {
  const CASES: [string, Paper, string | null][] = [
    ['an organisation', paper('o', [], { organisation: { handle: 'deepseek-ai', name: 'DeepSeek' } }), 'DeepSeek'],
    ['one author', paper('a', ['Ada Lovelace']), 'Ada Lovelace'],
    ['two authors', paper('b', ['Ada Lovelace', 'Bob Smith']), 'Ada Lovelace and Bob Smith'],
    ['many authors', paper('c', ['A One', 'B Two', 'C Three', 'D Four']), 'A One, B Two and 2 more'],
    ['an author count', paper('d', [], { authorCount: 11 }), '11 authors'],
    ['nothing known', paper('e', []), null],
  ];
  for (const [what, each, expected] of CASES)
    it(`names ${what}`, () => {
      assert.equal(peopleLine(each), expected);
    });
});
