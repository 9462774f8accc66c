import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { buildCorpus, type Dump } from '../../src/loader/corpus.ts';
import { realDumps } from './support.ts';

/** Rewrites of a dump's bytes that must not change what it means. */
const VARIANTS: Record<string, (text: string, layout: string) => string> = {
  'CRLF line ends': (text) => text.replace(/\n/gu, '\r\n'),
  'CR line ends': (text) => text.replace(/\n/gu, '\r'),
  'a UTF-8 BOM': (text) => `\uFEFF${text}`,
  // The seeds end without a final newline; adding one must change nothing.
  'a final newline': (text) => `${text}\n`,
  // Blog pages mark code with whitespace-only lines, so only lines with text get trailing spaces there.
  'trailing spaces and tabs': (text, layout) => text.replace(layout === 'blog' ? /(?<=\S)$/gmu : /$/gmu, ' \t '),
  'all of them at once': (text, layout) =>
    `\uFEFF${text.replace(layout === 'blog' ? /(?<=\S)$/gmu : /$/gmu, '  ').replace(/\n/gu, '\r\n')}\r\n`,
};

describe('line ends, BOM, trailing spaces and the final newline', () => {
  let dumps: Dump[];
  let expected: string;
  before(async () => {
    dumps = await realDumps();
    expected = JSON.stringify(buildCorpus(dumps));
  });

  for (const [name, rewrite] of Object.entries(VARIANTS)) {
    it(`gives identical records with ${name}`, () => {
      const layouts = new Map(buildCorpus(dumps).sources.map((source) => [source.file, source.layout]));
      const rewritten = dumps.map((dump) => ({ file: dump.file, text: rewrite(dump.text, layouts.get(dump.file) ?? '') }));
      assert.ok(
        rewritten.every((dump, index) => dump.text !== dumps[index]?.text),
        'every dump was rewritten',
      );
      assert.equal(JSON.stringify(buildCorpus(rewritten)), expected);
    });
  }

  it('counts the lines of a file the same with and without a final newline', () => {
    const lineCount = (text: string) => buildCorpus([{ file: 'a.txt', text }]).sources[0]?.lineCount;
    assert.equal(lineCount('2025년 2월 26일\nTitle\n(A)\nText.'), 4);
    assert.equal(lineCount('2025년 2월 26일\nTitle\n(A)\nText.\n'), 4);
    assert.equal(lineCount('2025년 2월 26일\r\nTitle\r\n(A)\r\nText.\r\n\r\n'), 5);
  });
});
