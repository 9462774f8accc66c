import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { earlierAddresses, earlierSlug } from '../../src/lib/earlier-addresses.ts';
import { slugFor, titleKey } from '../../src/loader/slugs.ts';
import { realDumps } from './support.ts';
import { buildCorpus } from '../../src/loader/corpus.ts';

const entry = (title: string) => ({ title, slug: slugFor(titleKey(title)) });

describe('addresses under the earlier slug rule', () => {
  it('gives the slugs the site published before symbols joined the merge key', () => {
    const TABLE: [string, string][] = [
      ['C++ Program Synthesis', 'c-program-synthesis'],
      ['ZeRO++: Extremely Efficient Collective Communication', 'zero-extremely-efficient-collective-communication'],
      ['DeepGEMM', 'deepgemm'],
      ['Café au lait', 'café-au-lait'],
    ];
    for (const [title, slug] of TABLE) assert.equal(earlierSlug(title), slug, title);
    assert.match(earlierSlug('---'), /^untitled-[0-9a-f]{8}$/u);
    assert.match(earlierSlug(`${'long '.repeat(30)}title`), /^(long-){15}long-[0-9a-f]{8}$/u);
  });

  it('leads an earlier address to the one entry that had it, never over a live page', () => {
    const cpp = entry('C++ Program Synthesis');
    assert.notEqual(cpp.slug, 'c-program-synthesis');
    assert.deepEqual(earlierAddresses([cpp]), [{ slug: 'c-program-synthesis', entry: cpp }]);
    // "C Program Synthesis" lives at that address now: the C++ paper's old link cannot be told from it.
    const c = entry('C Program Synthesis');
    assert.deepEqual(earlierAddresses([cpp, c]), []);
    // Two papers that both had the address: no one can say which a shared link meant.
    const csharp = entry('C# Program Synthesis');
    assert.deepEqual(earlierAddresses([cpp, csharp]), []);
    // A title whose slug did not change has no earlier address.
    assert.deepEqual(earlierAddresses([entry('DeepGEMM')]), []);
  });

  it('keeps the four seed papers whose titles hold a + at their published addresses', async () => {
    const corpus = buildCorpus(await realDumps());
    const moved = earlierAddresses(corpus.papers).map(({ slug, entry: paper }) => [slug, paper.slug] as const);
    assert.deepEqual(
      new Map(moved),
      new Map([
        ['4-3-phases-of-compute-optimal-neural-scaling-laws', '4-3-phases-of-compute-optimal-neural-scaling-laws-4e0cce58'],
        ['closing-the-performance-gap-with-modern-c', 'closing-the-performance-gap-with-modern-c-e8def759'],
        [
          'flashdecoding-faster-large-language-model-inference-on-gpus',
          'flashdecoding-faster-large-language-model-inference-on-gpus-3ea51343',
        ],
        [
          'moe-accelerating-mixture-of-experts-methods-with-zero-computation-experts',
          'moe-accelerating-mixture-of-experts-methods-with-zero-computation-experts-44901782',
        ],
      ]),
    );
  });
});
