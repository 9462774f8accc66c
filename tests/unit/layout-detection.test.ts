import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseDump } from '../../src/loader/corpus.ts';
import { LAYOUT_NAMES } from '../../src/schemas/index.ts';
import { realDump, SEED, seedErrorOf } from './support.ts';

describe('layout detection on the real seeds', () => {
  const expected = [
    [SEED.digest, 'digest'],
    [SEED.blog, 'blog'],
    [SEED.list, 'hf-list'],
    [SEED.daily, 'hf-daily'],
    [SEED.dailyNoMeta, 'hf-daily'],
  ] as const;
  for (const [file, layout] of expected) {
    it(`reads ${file} as ${layout}`, async () => {
      assert.equal(parseDump(await realDump(file)).layout, layout);
    });
  }
});

describe('layout detection from the text, not the name', () => {
  it('reads each seed text as its own layout under every other seed name', async () => {
    const files = Object.values(SEED);
    for (const [index, file] of files.entries()) {
      const { text } = await realDump(file);
      const original = parseDump({ file, text }).layout;
      for (const otherName of [...files.slice(index + 1), ...files.slice(0, index), 'notes.txt', 'blog.txt', 'digest.txt']) {
        assert.equal(parseDump({ file: otherName, text }).layout, original, `${file} renamed ${otherName}`);
      }
    }
  });
});

describe('a file in no layout', () => {
  it('fails naming the file, line 1 and every layout tried', () => {
    const error = seedErrorOf('Some notes\nwithout any known shape\n', 'notes.txt');
    assert.equal(error.file, 'notes.txt');
    assert.equal(error.line, 1);
    assert.match(error.message, /^notes\.txt:1: matches no known layout/u);
    for (const name of Object.values(LAYOUT_NAMES)) assert.ok(error.message.includes(name), `mentions ${name}`);
  });

  it('does not take a `Tag:` line without items for a blog page', () => {
    assert.match(seedErrorOf('Tag: ml\n\nJust text.\n', 'tag.txt').message, /^tag\.txt:1: matches no known layout/u);
  });

  it('does not take a date in another format for a digest', () => {
    assert.match(seedErrorOf('2025-02-26\nDeepGEMM\n(A)\n', 'iso.txt').message, /^iso\.txt:1: matches no known layout/u);
  });
});
