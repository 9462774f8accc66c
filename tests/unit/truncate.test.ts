import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildCorpus } from '../../src/loader/corpus.ts';
import { readSeedDir } from '../../src/loader/read-seeds.ts';
import { truncate } from '../../src/lib/text.ts';
import { HOSTILE_DIR, SEEDS_DIR } from './support.ts';

/** The rule as first written: flatten the whole text, split it into code points, cut. */
function wholeTextTruncate(text: string, max: number): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  const chars = Array.from(flat);
  if (chars.length <= max) return flat;
  const cut = chars.slice(0, max - 1).join('');
  const atSpace = cut.lastIndexOf(' ');
  return `${(atSpace > max / 2 ? cut.slice(0, atSpace) : cut).trimEnd()}…`;
}

describe('truncate', () => {
  it('cuts at a word boundary with an ellipsis, and leaves short text whole', () => {
    assert.equal(truncate('  Sparse   attention\nfor long contexts ', 100), 'Sparse attention for long contexts');
    assert.equal(truncate('Sparse attention for long contexts', 20), 'Sparse attention…');
    assert.equal(truncate('abcdefghijklmnopqrstuvwxyz', 10), 'abcdefghi…');
  });

  it('counts emoji and Korean as one character each and never splits a surrogate pair', () => {
    const text = `${'😀'.repeat(30)} 양자화 ${'😀'.repeat(30)}`;
    const cut = truncate(text, 40);
    assert.ok(!/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/u.test(cut.replace(/…$/u, '')), 'no lone high surrogate');
    assert.equal(cut, wholeTextTruncate(text, 40));
  });

  it('gives what cutting the whole flattened text gives, on every paragraph of the seeds and on long whitespace runs', async () => {
    const texts: string[] = [];
    for (const dir of [SEEDS_DIR, HOSTILE_DIR]) {
      const corpus = buildCorpus(await readSeedDir(dir));
      for (const paper of corpus.papers) texts.push(paper.title, ...paper.abstract, ...paper.commentary.en, ...paper.commentary.ko);
      for (const post of corpus.posts) for (const block of post.body) if (block.type === 'paragraph') texts.push(block.text);
    }
    texts.push(`${' '.repeat(5000)}word`, `a${' \n\t'.repeat(3000)}b c d`, `${'x'.repeat(900)} ${' '.repeat(2000)} y`, '😀'.repeat(1000));
    for (const text of texts) {
      for (const max of [1, 2, 3, 50, 60, 120, 160, 180, 220, 400]) {
        assert.equal(truncate(text, max), wholeTextTruncate(text, max), `${max}: ${text.slice(0, 60)}`);
      }
    }
  });
});
