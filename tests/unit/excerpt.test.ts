import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type ExcerptPart, excerptParts, splitWords, titleWordCount } from '../../src/client/search/excerpt.ts';

/** Parts as a string with matched words in brackets. */
function show(parts: readonly ExcerptPart[]): string {
  return parts.map((part) => (part.marked ? `[${part.text}]` : part.text)).join('');
}

const at = (...locations: number[]) => locations.map((location) => ({ location, balanced_score: 1 }));

describe('excerpts cut from the indexed text', () => {
  it('keeps every character as written, markup and entities included', () => {
    const content = 'Title. The seed says &lt;img&gt; and <img src=x> and &amp; literally.';
    const parts = excerptParts(content, at(4), { length: 30, title: 'Title' });
    assert.equal(show(parts), 'The seed says &[lt;img&gt]; and <img src=x> and &amp; literally.');
  });

  it('marks the letters of a matched word, not the punctuation around it', () => {
    const parts = excerptParts('storing previous (KV) cache, in memory', at(2, 3), { length: 10 });
    assert.equal(show(parts), 'storing previous ([KV]) [cache], in memory');
  });

  it('centres the window on the matches and shows where text was cut', () => {
    const words = Array.from({ length: 40 }, (_, index) => `w${index}`);
    const parts = excerptParts(words.join(' '), at(20), { length: 5 });
    assert.equal(show(parts), '… w18 w19 [w20] w21 w22 …');
  });

  it('prefers the window where matches are densest', () => {
    const words = Array.from({ length: 40 }, (_, index) => `w${index}`);
    const parts = excerptParts(words.join(' '), at(3, 30, 31, 32), { length: 5 });
    assert.equal(show(parts), '… w29 [w30] [w31] [w32] w33 …');
  });

  it('leaves out the title the text opens with, even when only the title matched', () => {
    const content = 'DeepGEMM. Chenggang Zhao, Liang Zhao. An FP8 GEMM kernel.';
    assert.equal(show(excerptParts(content, at(0), { length: 4, title: 'DeepGEMM' })), 'Chenggang Zhao, Liang Zhao. …');
  });

  it('opens with the text after the title when no word of the text matched (a match in the metadata)', () => {
    const content = 'A Survey of Quantization. Abstract words follow here.';
    assert.equal(show(excerptParts(content, [], { length: 3, title: 'A Survey of Quantization' })), 'Abstract words follow …');
  });

  it('counts words as Pagefind does, so locations point at the same words', () => {
    assert.deepEqual(splitWords('a  b\u00a0c\td\u200be\ufefff'), ['a', 'b', 'c', 'd\u200be\ufefff']);
    assert.equal(titleWordCount(splitWords('Foo bar. Baz'), 'Foo bar'), 2);
    assert.equal(titleWordCount(splitWords('Other words. Baz'), 'Foo bar'), 0);
  });

  it('gives nothing for a page without text', () => {
    assert.deepEqual(excerptParts('', at(0), { length: 5 }), []);
  });
});
