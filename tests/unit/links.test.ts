import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { buildCorpus, type Corpus } from '../../src/loader/corpus.ts';
import { extractLinks } from '../../src/loader/links.ts';
import { realDumps } from './support.ts';

describe('links found in the real seeds', () => {
  let corpus: Corpus;
  before(async () => {
    corpus = buildCorpus(await realDumps());
  });
  const linksOf = (title: string) => [...corpus.papers, ...corpus.posts].find((record) => record.title.startsWith(title))?.links;

  it('finds arXiv ids in URLs and in `[2412.09871]` brackets', () => {
    assert.deepEqual(linksOf('Optimizers and Hessians'), [
      { kind: 'arxiv', href: 'https://arxiv.org/abs/2505.02809', label: 'arXiv:2505.02809' },
    ]);
    assert.deepEqual(linksOf('Byte-Latent Transformers'), [
      { kind: 'arxiv', href: 'https://arxiv.org/abs/2412.09871', label: 'arXiv:2412.09871' },
    ]);
  });

  it('finds GitHub repositories, without the sentence’s final dot or a spaced-off dot', () => {
    assert.deepEqual(linksOf('Monet: Mixture of Monosemantic Experts'), [
      { kind: 'github', href: 'https://github.com/dmis-lab/Monet', label: 'dmis-lab/Monet' },
    ]);
    assert.deepEqual(linksOf('ReaLHF'), [
      { kind: 'github', href: 'https://github.com/openpsi-project/ReaLHF', label: 'openpsi-project/ReaLHF' },
    ]);
    assert.deepEqual(linksOf('Deepseek V3'), [
      { kind: 'github', href: 'https://github.com/deepseek-ai/DeepSeek-V3/tree/main', label: 'deepseek-ai/DeepSeek-V3' },
    ]);
  });

  it('finds other URLs, ending at a `{`', () => {
    assert.deepEqual(linksOf('Fixed Point Diffusion Models'), [
      {
        kind: 'url',
        href: 'https://lukemelas.github.io/fixed-point-diffusion-models',
        label: 'lukemelas.github.io/fixed-point-diffusion-models',
      },
    ]);
    assert.deepEqual(linksOf('1.4 Million Open-Source Distilled Reasoning Dataset'), [
      {
        kind: 'url',
        href: 'https://huggingface.co/datasets/a-m-team/AM-DeepSeek-R1-Distilled-1.4M',
        label: 'huggingface.co/datasets/a-m-team/AM-DeepSeek-R1-Distilled-1.4M',
      },
    ]);
  });

  it('gives every link of the corpus an http(s) href', () => {
    const links = [...corpus.papers, ...corpus.posts].flatMap((record) => record.links);
    assert.ok(links.length > 60);
    for (const link of links) assert.match(link.href, /^https?:\/\/[^\s<>"{}]+$/u);
  });
});

describe('extractLinks', () => {
  it('reads `arXiv:` ids and versioned arXiv URLs as one arXiv link', () => {
    assert.deepEqual(extractLinks(['See arXiv:2401.00001 and https://arxiv.org/pdf/2401.00001v2.']), [
      { kind: 'arxiv', href: 'https://arxiv.org/abs/2401.00001', label: 'arXiv:2401.00001' },
    ]);
  });

  it('keeps balanced parentheses and drops a closing one that belongs to the prose', () => {
    assert.deepEqual(
      extractLinks(['(see https://en.wikipedia.org/wiki/Adam_(optimizer)).']).map((link) => link.href),
      ['https://en.wikipedia.org/wiki/Adam_(optimizer)'],
    );
    assert.deepEqual(
      extractLinks(['(at https://example.com/a)']).map((link) => link.href),
      ['https://example.com/a'],
    );
  });

  it('never makes a link of javascript:, data: or other schemes', () => {
    const texts = [
      'javascript:alert(1)',
      '[not a link](javascript:alert(1))',
      'data:text/html,<script>alert(1)</script>',
      'JaVaScRiPt:alert(1)',
      'vbscript:msgbox',
      'ftp://example.com/x',
      'https://javascript:alert(1)',
    ];
    assert.deepEqual(extractLinks(texts), []);
  });

  it('stays fast on a line of 100,000 closing parentheses or dots', () => {
    const started = performance.now();
    extractLinks([`https://x.example/${')'.repeat(100_000)}`, `https://x.example/${'.'.repeat(100_000)}a`]);
    assert.ok(performance.now() - started < 1000, 'under a second');
  });
});
