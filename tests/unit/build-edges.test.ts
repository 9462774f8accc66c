/** Inputs that once crashed a build without a `file:line`, or made one entry cost the site far too much. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildCorpus } from '../../src/loader/corpus.ts';
import { extractLinks } from '../../src/loader/links.ts';
import { MAX_TAGS_PER_ENTRY } from '../../src/loader/limits.ts';
import { slugFor, titleKey } from '../../src/loader/slugs.ts';
import { linkify } from '../../src/lib/linkify.ts';
import { urlSegment } from '../../src/lib/segments.ts';
import { corpusOf, seedErrorOf, seedErrorsOf } from './support.ts';

const DATE = '2025년 2월 26일';
const KO = '한국어 코멘트입니다.';

function digest(...entries: { title: string; tags: string[] }[]): string {
  return [DATE, ...entries.flatMap((entry) => [entry.title, '(A. Author)', KO, entry.tags.map((tag) => `#${tag}`).join(' ')])].join('\n');
}

describe('slugs as folder names', () => {
  it('stay under 255 bytes for a title of supplementary-plane characters', () => {
    const title = '𝐀𝐭𝐭𝐞𝐧𝐭𝐢𝐨𝐧 '.repeat(40).trim() + ' 𓀀𓀁𓀂𓀃'.repeat(30);
    const paper = corpusOf(digest({ title, tags: ['x'] })).papers[0];
    assert.ok(paper);
    assert.ok(Buffer.byteLength(paper.slug, 'utf8') <= 255, `${Buffer.byteLength(paper.slug, 'utf8')} bytes`);
    const hieroglyphs = corpusOf(digest({ title: '𓀀'.repeat(300), tags: ['x'] })).papers[0];
    assert.ok(hieroglyphs && Buffer.byteLength(hieroglyphs.slug, 'utf8') <= 255, hieroglyphs?.slug);
  });
});

describe('URL segments that would clash', () => {
  it('reports two hashtags that would share a tag page, at the later one’s entry', () => {
    const clashing = urlSegment('RL');
    const errors = seedErrorsOf(() =>
      buildCorpus([
        { file: 'a.txt', text: digest({ title: 'First Paper', tags: ['RL'] }) },
        { file: 'b.txt', text: digest({ title: 'Second Paper', tags: ['ok', clashing] }) },
      ]),
    );
    assert.equal(errors.length, 1);
    assert.equal(
      errors[0]?.message,
      `b.txt:2: the tag "${clashing}" would have the URL segment \`${clashing}\` that the tag "RL" (a.txt:2) already has; rename one`,
    );
  });

  it('reports two dumps whose names would share a source page, naming the file', () => {
    const clashing = `${urlSegment('A')}.txt`;
    const errors = seedErrorsOf(() =>
      buildCorpus([
        { file: 'A.txt', text: digest({ title: 'First Paper', tags: ['x'] }) },
        { file: clashing, text: digest({ title: 'Second Paper', tags: ['x'] }) },
      ]),
    );
    assert.deepEqual(
      errors.map((error) => [error.file, error.line]),
      [[clashing, null]],
    );
    assert.match(
      errors[0]?.message ?? '',
      /^a-[0-9a-f]{8}\.txt: the dump "a-[0-9a-f]{8}" would have the URL segment `a-[0-9a-f]{8}` that the dump "A" \(A\.txt\)/u,
    );
  });
});

describe('what one entry may cost', () => {
  it(`allows ${MAX_TAGS_PER_ENTRY} hashtags on a paper and reports 3,000 at their line`, () => {
    const allowed = Array.from({ length: MAX_TAGS_PER_ENTRY }, (_, index) => `t${index}`);
    assert.equal(corpusOf(digest({ title: 'Many Tags', tags: allowed })).papers[0]?.tags.length, MAX_TAGS_PER_ENTRY);
    const error = seedErrorOf(
      digest({ title: 'Too Many Tags', tags: Array.from({ length: 3000 }, (_, index) => `t${index}`) }),
      'tags.txt',
    );
    assert.equal(error.message, `tags.txt:5: found 3000 hashtags; expected at most ${MAX_TAGS_PER_ENTRY} on one paper`);
  });

  it('applies the same limit to a blog page’s tag line', () => {
    const tags = Array.from({ length: MAX_TAGS_PER_ENTRY + 1 }, (_, index) => `t${index}`).join(' ');
    assert.match(
      seedErrorOf(`Tag: ${tags}\n\n  • Post\n\n    Body.\n`, 'blog.txt').message,
      /^blog\.txt:1: found 21 tags; expected at most 20/u,
    );
  });
});

describe('every problem in one run', () => {
  it('lists parse errors of several files, a slug clash and a tag clash together, in file and line order', () => {
    // A title of plain words that spells out another title's slug, hash included.
    const lookalike = slugFor(titleKey('C++ Tools')).replace(/-/gu, ' ');
    const errors = seedErrorsOf(() =>
      buildCorpus([
        { file: 'c.txt', text: digest({ title: 'C++ Tools', tags: ['RL'] }) },
        { file: 'a.txt', text: [DATE, '(No Title)', KO, '#x', 'Fine Title', '(A)', KO, '#y', '#orphan'].join('\n') },
        {
          file: 'b.txt',
          text: [...digest({ title: lookalike, tags: [urlSegment('RL')] }).split('\n'), 'Broken', '(A: B: C)', KO, '#z'].join('\n'),
        },
      ]),
    );
    assert.deepEqual(
      errors.map((error) => [error.file, error.line, error.reason.split(' ').slice(0, 4).join(' ')]),
      [
        ['a.txt', 2, 'expected a paper title'],
        ['a.txt', 9, 'expected a paper title'],
        ['b.txt', 2, 'expected a title whose'],
        ['b.txt', 2, 'the tag "rl-d980bc0c" would'],
        ['b.txt', 7, 'expected one `:` in'],
      ],
      errors.map((error) => error.message).join('\n'),
    );
  });

  it('escapes a file name that would forge a line of the list, and control characters of quoted text', () => {
    const error = seedErrorOf('Nothing known\n', 'evil.txt\n  real.txt:1: forged');
    assert.ok(!error.message.includes('\n'), error.message);
    assert.match(error.message, /^evil\.txt\\u\{a\} {2}real\.txt:1: forged:1: matches no known layout/u);
    const spoof = seedErrorOf([DATE, 'Entry', '(A)', KO, 'Spoof \u202eexe.txt', '(B)', KO, '#x'].join('\n'));
    assert.ok(spoof.message.includes('"Spoof \\u{202e}exe.txt"'), spoof.message);
    assert.ok(!spoof.message.includes('\u202e'));
  });
});

describe('link detection stays linear', () => {
  const hostile = `see https://x.example/path${')'.repeat(100_000)} and more`;

  it('finds the URL before 100,000 `)` in well under a second, in the loader and in rendered text', () => {
    const started = performance.now();
    const links = extractLinks([hostile]);
    const segments = linkify(hostile);
    const elapsed = performance.now() - started;
    // The quadratic trim this replaced took 3.1 s for 20,000; linear work takes a few milliseconds.
    assert.ok(elapsed < 500, `${Math.round(elapsed)} ms`);
    assert.deepEqual(
      links.map((link) => link.href),
      ['https://x.example/path'],
    );
    assert.deepEqual(
      segments.filter((segment) => segment.href).map((segment) => segment.href),
      ['https://x.example/path'],
    );
    assert.equal(segments.map((segment) => segment.text).join(''), hostile);
  });

  it('agrees between the loader and rendered text on where a URL ends', () => {
    const texts = [
      '(see https://en.wikipedia.org/wiki/Adam_(optimizer)).',
      'at https://example.com/a…',
      'https://x.example/a*, then',
      '(https://x.example/(b)c))',
    ];
    for (const text of texts) {
      const rendered = linkify(text).flatMap((segment) => (segment.href ? [segment.href] : []));
      assert.deepEqual(
        rendered,
        extractLinks([text]).map((link) => link.href),
        text,
      );
    }
  });
});
