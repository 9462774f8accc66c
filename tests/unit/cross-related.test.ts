import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { crossRelated, type CrossRelated } from '../../src/lib/cross-related.ts';
import { buildCorpus, type Corpus } from '../../src/loader/corpus.ts';
import type { Post } from '../../src/schemas/index.ts';
import { realDumps } from './support.ts';

const blockProse = (block: Post['body'][number]): readonly string[] =>
  block.type === 'paragraph' ? [block.text] : block.type === 'list' ? block.items : block.type === 'quote' ? block.lines : [];
const prose = (post: Post) => post.body.flatMap(blockProse);

describe('related notes and papers in the real seeds', () => {
  let corpus: Corpus;
  let related: CrossRelated;
  before(async () => {
    corpus = buildCorpus(await realDumps());
    related = crossRelated(
      corpus.papers.map((paper) => ({ title: paper.title, body: [...paper.abstract, ...paper.commentary.en, ...paper.commentary.ko] })),
      corpus.posts.map((post) => ({ title: post.title, body: prose(post) })),
      { perNote: 6, perPaper: 3 },
    );
  });
  const paperTitles = (noteTitle: string) => {
    const note = corpus.posts.findIndex((post) => post.title === noteTitle);
    assert.ok(note >= 0, noteTitle);
    return related.papersForNote(note).map((at) => corpus.papers[at]?.title);
  };

  it('puts DeepGEMM among the papers closest to the Deepseek V3 note, and the note among DeepGEMM’s', () => {
    assert.ok(paperTitles('Deepseek V3').includes('DeepGEMM'));
    const deepgemm = corpus.papers.findIndex((paper) => paper.title === 'DeepGEMM');
    assert.ok(
      related
        .notesForPaper(deepgemm)
        .map((at) => corpus.posts[at]?.title)
        .includes('Deepseek V3'),
    );
  });

  it('finds mixture-of-experts papers for the grouped GEMM note', () => {
    const titles = paperTitles('Grouped GEMMs and MoE');
    assert.ok(
      titles.some((title) => /Mixture-of-Experts|MoE/u.test(title ?? '')),
      titles.join('; '),
    );
  });

  it('gives every note some related papers, and never more than asked', () => {
    corpus.posts.forEach((post, note) => {
      const count = related.papersForNote(note).length;
      assert.ok(count > 0 && count <= 6, `${post.title}: ${count}`);
    });
  });
});

describe('closeness', () => {
  const papers = [
    { title: 'Grouped GEMM kernels for mixture of experts', body: ['Grouped GEMM kernels launch once for every expert.'] },
    { title: 'Protein folding with diffusion', body: ['Protein structures from diffusion models.'] },
  ];
  const notes = [{ title: 'Why grouped GEMM matters', body: ['Small experts need grouped GEMM kernels.'] }];

  it('ranks the paper sharing distinctive words first and leaves out papers sharing none', () => {
    const related = crossRelated(papers, notes, { perNote: 5, perPaper: 2 });
    assert.deepEqual(related.papersForNote(0), [0]);
    assert.deepEqual(related.notesForPaper(0), [0]);
    assert.deepEqual(related.notesForPaper(1), []);
  });
});
