import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isCommonWord } from '../../src/lib/common-words.ts';
import { isDistinctiveName, mentionMatcher, shortName, type MentionTarget } from '../../src/lib/mentions.ts';

/** Real titles from the seeds and the literature, with the arXiv ids a dump could give them. */
const PAPERS: MentionTarget[] = [
  { slug: 'zero', title: 'ZeRO: Memory Optimizations Toward Training Trillion Parameter Models', arxivIds: ['1910.02054'] },
  { slug: 'zero-infinity', title: 'ZeRO-Infinity: Breaking the GPU Memory Wall for Extreme Scale Deep Learning', arxivIds: [] },
  { slug: 'deepgemm', title: 'DeepGEMM', arxivIds: [] },
  { slug: 'muon', title: 'Muon: An optimizer for hidden layers in neural networks', arxivIds: [] },
  { slug: 'relax', title: 'Relax: Composable Abstractions for End-to-End Dynamic Machine Learning', arxivIds: [] },
  { slug: 'swe-rl', title: 'SWE-RL: Advancing LLM Reasoning via Reinforcement Learning on Open Software Evolution', arxivIds: [] },
  { slug: 'moe-plus-plus', title: 'MoE++: Accelerating Mixture-of-Experts Methods with Zero-Computation Experts', arxivIds: [] },
  { slug: 'mixed-precision-training', title: 'Mixed Precision Training', arxivIds: [] },
  { slug: 'qwen2', title: 'Qwen2: A Family of Models', arxivIds: [] },
  { slug: 'hessian', title: 'Towards Quantifying the Hessian Structure of Neural Networks', arxivIds: ['2505.02809'] },
  { slug: 'opening-a', title: 'Opening the Blackbox: Accelerated Neural Differential Equations', arxivIds: [] },
  { slug: 'opening-b', title: 'Opening the Blackbox: Another Paper With the Same Opening', arxivIds: [] },
  { slug: 'iso', title: 'ISO: Overlap of Computation and Communication', arxivIds: [] },
  { slug: 'narrow-transformer', title: 'Narrow Transformer: StarCoder-Based Java-LM For Desktop', arxivIds: [] },
];

const match = mentionMatcher(PAPERS, isCommonWord);
const found = (prose: string, arxivIds: string[] = []) => match({ prose: [prose], arxivIds }).map(({ slug, kind }) => `${slug}:${kind}`);

describe('mentions of papers in a note', () => {
  const TRUE_MATCHES: [string, string, string[]][] = [
    ['a distinctive name with coined capitals', 'Stage 3 of ZeRO shards the optimizer states.', ['zero:name']],
    ['a single-word title', 'DeepGEMM ships FP8 kernels.', ['deepgemm:name']],
    ['a rare word used as a name', 'Friendship ended with Adam, now Muon is my best friend.', ['muon:name']],
    ['a possessive', "DeepGEMM's grouped kernels", ['deepgemm:name']],
    ['a name at the end of a sentence', 'This is what I like about ZeRO.', ['zero:name']],
    ['a name in brackets', 'an optimizer (Muon) for hidden layers', ['muon:name']],
    ['a hyphenated name', 'SWE-RL rewards string matches.', ['swe-rl:name']],
    ['a name ending in symbols', 'MoE++ adds zero-computation experts.', ['moe-plus-plus:name']],
    ['a full title in another case', 'the paper, towards quantifying the hessian structure of neural networks, argues', ['hessian:title']],
    ['a full title across a line break', 'Towards Quantifying the Hessian\nStructure of Neural Networks', ['hessian:title']],
    ['a short title in its own capitals', 'as Mixed Precision Training showed', ['mixed-precision-training:name']],
    ['a longer compound named on its own', 'ZeRO-Infinity offloads to NVMe.', ['zero-infinity:name']],
    ['each paper once, in reading order', 'Muon, then ZeRO, then Muon again', ['muon:name', 'zero:name']],
    ['a name with digits', 'Qwen2 is a family of models.', ['qwen2:name']],
  ];
  for (const [what, prose, expected] of TRUE_MATCHES)
    it(`finds ${what}`, () => {
      assert.deepEqual(found(prose), expected);
    });

  const FALSE_MATCHES: [string, string][] = [
    ['an ordinary word in lower case', 'the loss goes to zero and the muon decays'],
    ['the name in another case', 'Zero or ZERO is not the name written differently; neither is MUON'],
    ['a name inside a longer compound', 'ZeRO-Offload and DeepGEMM-like kernels, Qwen2.5 and pre-ZeRO setups'],
    ['a name inside a word', 'ZeROs and DeepGEMMs'],
    ['a common English word as a name', 'Relax, this is fine.'],
    ['a short title written as ordinary prose', 'we use mixed precision training throughout'],
    ['a name too short to be distinctive', 'ISO 8601 dates'],
    ['a two-word name of common words', 'a Narrow Transformer is cheap'],
    ['a name two papers share', 'Opening the Blackbox is a common title'],
    ['a name inside a URL', 'see https://github.com/deepspeedai/ZeRO and https://example.com/Muon'],
    ['a name symbols short of its spelling', 'MoE layers route tokens'],
  ];
  for (const [what, prose] of FALSE_MATCHES)
    it(`does not take ${what} for a mention`, () => {
      assert.deepEqual(found(prose), []);
    });

  it('finds a paper by an arXiv id the note links, ahead of its text mentions', () => {
    assert.deepEqual(found('Muon again', ['2505.02809']), ['hessian:arxiv', 'muon:name']);
  });

  it('keeps the strongest kind of mention and the note’s own words', () => {
    const title = 'ZeRO: Memory Optimizations Toward Training Trillion Parameter Models';
    const mentions = match({ prose: [`ZeRO, and later ${title}`], arxivIds: [] });
    assert.deepEqual(mentions, [{ slug: 'zero', kind: 'title', text: title }]);
  });

  it('ignores an arXiv id no paper has', () => {
    assert.deepEqual(found('', ['2401.00001']), []);
  });
});

describe('short names', () => {
  const NAMES: [string, string | null][] = [
    ['ZeRO: Memory Optimizations Toward Training Trillion Parameter Models', 'ZeRO'],
    ['DeepGEMM', 'DeepGEMM'],
    ['Mixed  Precision Training', 'Mixed Precision Training'],
    ['Towards Quantifying the Hessian Structure of Neural Networks', null],
    [': a title that opens with its colon', null],
  ];
  for (const [title, expected] of NAMES) {
    it(`of “${title}” is ${expected === null ? 'none' : `“${expected}”`}`, () => {
      assert.equal(shortName(title), expected);
    });
  }

  const DISTINCTIVE: [string, boolean][] = [
    ['ZeRO', true],
    ['DeepGEMM', true],
    ['Muon', true],
    ['Qwen2', true],
    ['Learning How Hard to Think', true],
    ['Relax', false],
    ['Kangaroo', false],
    ['SMART', false],
    ['ISO', false],
    ['MoE', false],
    ['MoE++', true],
    ['Test-time Computing', false],
    ['2024', false],
  ];
  for (const [name, expected] of DISTINCTIVE) {
    it(`“${name}” is ${expected ? '' : 'not '}distinctive`, () => {
      assert.equal(isDistinctiveName(name, isCommonWord), expected);
    });
  }
});
