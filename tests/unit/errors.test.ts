import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildCorpus } from '../../src/loader/corpus.ts';
import { SeedError, SeedErrors } from '../../src/loader/errors.ts';
import { LAYOUT_NAMES } from '../../src/schemas/index.ts';
import { realDumps, seedErrorOf, seedErrorsOf } from './support.ts';

const DATE = '2025년 2월 26일';
const DAILY_HEAD = ['new', '', 'Subscribe', '', 'Oct 29', ''];

/** Each kind of bad input, the line it must be reported at, and what the message must say was expected. */
const BAD_INPUTS: { name: string; lines: string[]; line: number; says: RegExp }[] = [
  {
    name: 'a digest entry with no title',
    lines: [DATE, '(Ada Lovelace, Alan Turing)', 'Abstract.', '#x'],
    line: 2,
    says: /expected a paper title before this `\(authors\)` line$/u,
  },
  {
    name: 'an `(authors)` line where the next entry’s title should be',
    lines: [DATE, 'Title', '(A)', 'Text.', '#x', '(B)', 'Text.'],
    line: 6,
    says: /expected a paper title before this `\(authors\)` line$/u,
  },
  {
    name: 'hashtags with no paper',
    lines: [DATE, 'Title', '(A)', 'Text.', '#one', '', '#two #three'],
    line: 7,
    says: /expected a paper title before these #tags$/u,
  },
  {
    name: 'daily metadata with no paper',
    lines: [...DAILY_HEAD, 'Title', '', 'Abstract.', '', '·', 'May 23', '', '  • 3 authors', '·', 'May 24'],
    line: 14,
    says: /found paper metadata \(authors, `·`, date\) with no paper title and abstract before it$/u,
  },
  {
    name: 'a daily page opening with metadata',
    lines: [...DAILY_HEAD, '·', 'May 23'],
    line: 7,
    says: /with no paper title and abstract before it$/u,
  },
  {
    name: '`·` followed by something other than a date',
    lines: [...DAILY_HEAD, 'Title', '', 'Abstract.', '', '  • 3 authors', '·', 'yesterday'],
    line: 13,
    says: /expected a date like `May 23`, `Jan 11, 2024` or `May 23 2` after `·`$/u,
  },
  {
    name: '`·` at the end of the file',
    lines: [...DAILY_HEAD, 'Title', '', 'Abstract.', '', '·'],
    line: 11,
    says: /expected a date like .* after `·`$/u,
  },
  {
    name: 'a day past the end of its month after `·`',
    lines: [...DAILY_HEAD, 'Title', '', 'Abstract.', '', '·', 'Feb 45'],
    line: 12,
    says: /expected a date that exists after `·`: `Feb 45` is not a day of the calendar$/u,
  },
  {
    name: 'a title with no abstract at the end of a list',
    lines: ['Get trending papers in your email inbox!', 'SubscribeFirst Title', 'First abstract.', 'Second Title'],
    line: 4,
    says: /expected an abstract line after this title$/u,
  },
  {
    name: 'blog text before the first item',
    lines: ['Tag: ml', '', 'Stray text.', '', '  • Title', '', '    Body.'],
    line: 3,
    says: /expected a ` {2}• Title` item before this text$/u,
  },
  { name: 'a blog heading with no tag', lines: ['Tag: ,', '', '  • Title', '', '    Body.'], line: 3, says: /invalid post \(tags: /u },
  {
    name: 'an unknown layout',
    lines: ['Reading list', '', 'Some paper', 'Some notes'],
    line: 1,
    says: /matches no known layout\. Tried: /u,
  },
  { name: 'an empty file', lines: [], line: 1, says: /is empty\. Tried: /u },
  { name: 'a file of blank lines and a BOM', lines: ['\uFEFF', '   ', ''], line: 1, says: /is empty\. Tried: /u },
];

describe('each kind of bad input', () => {
  for (const bad of BAD_INPUTS) {
    it(`reports ${bad.name} as file:line: what was expected`, () => {
      const error = seedErrorOf(bad.lines.join('\n'), 'bad.txt');
      assert.equal(error.file, 'bad.txt');
      assert.equal(error.line, bad.line, error.message);
      assert.ok(error.message.startsWith(`bad.txt:${bad.line}: `), error.message);
      assert.match(error.message, bad.says);
    });
  }

  it('names every layout it tried for a file in none', () => {
    const error = seedErrorOf('', 'empty.txt');
    for (const name of Object.values(LAYOUT_NAMES)) assert.ok(error.message.includes(name), name);
  });
});

describe('errors from several files', () => {
  it('are all reported together, in file order, with the good files’ errors absent', async () => {
    const dumps = [
      ...(await realDumps()),
      { file: 'z-bad-blog.txt', text: 'Tag: ml\nStray.\n  • T\n' },
      { file: 'a-bad-digest.txt', text: `${DATE}\n(A)\n` },
      { file: 'm-unknown.txt', text: 'hello\n' },
    ];
    const errors = seedErrorsOf(() => buildCorpus(dumps));
    assert.deepEqual(
      errors.map((error) => [error.file, error.line]),
      [
        ['a-bad-digest.txt', 2],
        ['m-unknown.txt', 1],
        ['z-bad-blog.txt', 2],
      ],
    );
  });

  it('lists every problem in the one message the build shows', () => {
    try {
      buildCorpus([
        { file: 'one.txt', text: 'x' },
        { file: 'two.txt', text: `${DATE}\n#tag\n` },
      ]);
      assert.fail('expected SeedErrors');
    } catch (error) {
      assert.ok(error instanceof SeedErrors);
      assert.match(error.message, /^2 problems in /u);
      assert.match(
        error.message,
        /\n {2}one\.txt:1: matches no known layout\. Tried: .*\n {2}two\.txt:2: expected a paper title before these #tags$/u,
      );
    }
  });

  it('reports schema failures found after merging at the entry’s file and line', () => {
    const error = seedErrorOf(
      [...DAILY_HEAD, 'Title', '', 'Abstract.', '', '  • 3 authors', '·', `May 23 ${'9'.repeat(400)}`].join('\n'),
      'huge.txt',
    );
    assert.ok(error instanceof SeedError);
    assert.match(error.message, /^huge\.txt:7: invalid paper \(upvotes: /u);
  });
});
