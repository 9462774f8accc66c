import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { arxivSearch, huggingFaceSearch, linksOut } from '../../src/lib/links-out.ts';
import type { Paper } from '../../src/schemas/index.ts';
import { paperRecord } from './support.ts';

const base: Paper = paperRecord({
  slug: 'zero',
  title: 'ZeRO: Memory Optimizations & More',
  sources: [{ source: 's', file: 's.txt', layout: 'hf-list', position: 1, line: 1 }],
});

describe('links out of a paper page', () => {
  it('searches arXiv titles and Hugging Face Papers when no arXiv id is known', () => {
    const out = linksOut(base);
    assert.equal(out.searched, true);
    assert.deepEqual(
      out.paper.map((link) => link.href),
      [
        'https://arxiv.org/search/?query=ZeRO%3A+Memory+Optimizations+%26+More&searchtype=title',
        'https://huggingface.co/papers?q=ZeRO%3A+Memory+Optimizations+%26+More',
      ],
    );
  });

  it('goes to the abstract, PDF and Hugging Face page by arXiv id, and lists code and other pages', () => {
    const out = linksOut({
      ...base,
      links: [
        { kind: 'arxiv', href: 'https://arxiv.org/abs/1910.02054', label: 'arXiv:1910.02054' },
        { kind: 'github', href: 'https://github.com/deepspeedai/DeepSpeed', label: 'deepspeedai/DeepSpeed' },
        { kind: 'url', href: 'https://www.deepspeed.ai/', label: 'www.deepspeed.ai' },
        { kind: 'arxiv', href: 'https://arxiv.org/abs/2104.07857', label: 'arXiv:2104.07857' },
      ],
    });
    assert.equal(out.searched, false);
    assert.deepEqual(
      out.paper.map((link) => link.href),
      ['https://arxiv.org/abs/1910.02054', 'https://arxiv.org/pdf/1910.02054', 'https://huggingface.co/papers/1910.02054'],
    );
    assert.deepEqual(
      out.code.map((link) => link.href),
      ['https://github.com/deepspeedai/DeepSpeed'],
    );
    assert.deepEqual(
      out.web.map((link) => link.href),
      ['https://arxiv.org/abs/2104.07857', 'https://www.deepspeed.ai/'],
    );
  });

  it('builds search links that carry any title safely as one query value', () => {
    const hostile = 'a&b=c#d <script>';
    assert.equal(new URL(arxivSearch(hostile, 'author')).searchParams.get('query'), hostile);
    assert.equal(new URL(huggingFaceSearch(hostile)).searchParams.get('q'), hostile);
  });
});
