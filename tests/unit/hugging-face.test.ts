import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { buildCorpus, type Corpus } from '../../src/loader/corpus.ts';
import type { Paper } from '../../src/schemas/index.ts';
import { corpusOf, DAILY_PAGE_CHROME, realDump, SEED } from './support.ts';

function daily(...entries: string[][]): string {
  return [...DAILY_PAGE_CHROME, 'Oct 29', '', ...entries.flatMap((lines) => [...lines, ''])].join('\n');
}

describe('Hugging Face daily page on the real seed', () => {
  let corpus: Corpus;
  before(async () => {
    corpus = buildCorpus([await realDump(SEED.daily)]);
  });
  const paper = (title: string): Paper => {
    const found = corpus.papers.find((candidate) => candidate.title.startsWith(title));
    assert.ok(found, title);
    return found;
  };

  it('takes the page date as the heading, with no year', () => {
    assert.equal(corpus.sources[0]?.heading, 'Oct 29');
    assert.deepEqual(corpus.sources[0].date, { text: 'Oct 29', year: null, month: 10, day: 29, sortKey: '0000-10-29' });
  });

  it('reads `• 11 authors` as an author count with no names', () => {
    const safety = paper('Safety Evaluation of DeepSeek Models in Chinese Contexts');
    assert.equal(safety.authorCount, 11);
    assert.deepEqual(safety.authors, []);
    assert.equal(safety.organisation, null);
    assert.equal(safety.date?.text, 'Feb 16');
    assert.equal(safety.upvotes, null);
    assert.match(safety.abstract[0] ?? '', /^Recently, the DeepSeek series of models/u);
  });

  it('reads the organisation line `deepseek-ai DeepSeek`', () => {
    const insights = paper('Insights into DeepSeek-V3');
    assert.deepEqual(insights.organisation, { handle: 'deepseek-ai', name: 'DeepSeek' });
    assert.equal(insights.authorCount, null);
    assert.deepEqual([insights.date?.text, insights.upvotes], ['May 14', 5]);
    assert.deepEqual(paper('De novo peptide sequencing').organisation, { handle: 'InstaDeepAI', name: 'InstaDeep Ltd' });
  });

  it('reads `May 23 2` as May 23 with 2 upvotes and leaves the year unknown', () => {
    const firstFinish = paper('First Finish Search');
    assert.deepEqual(firstFinish.date, { text: 'May 23', year: null, month: 5, day: 23, sortKey: '0000-05-23' });
    assert.equal(firstFinish.upvotes, 2);
    assert.equal(firstFinish.authorCount, 3);
  });

  it('reads `Jan 11, 2024 2` as a dated entry with 2 upvotes', () => {
    const deepSeekMoE = paper('DeepSeekMoE');
    assert.deepEqual(deepSeekMoE.date, { text: 'Jan 11, 2024', year: 2024, month: 1, day: 11, sortKey: '2024-01-11' });
    assert.equal(deepSeekMoE.upvotes, 2);
    assert.equal(deepSeekMoE.authorCount, 17);
  });

  it('reads entries without metadata and never invents a year', () => {
    const synLogic = paper('SynLogic');
    assert.deepEqual([synLogic.date, synLogic.upvotes, synLogic.authorCount, synLogic.organisation], [null, null, null, null]);
    assert.match(synLogic.abstract[0] ?? '', /^Recent advances such as OpenAI-o1/u);
    for (const each of corpus.papers) {
      if (each.date && each.date.year !== null) assert.match(each.date.text, new RegExp(`, ${each.date.year}$`, 'u'));
    }
  });
});

describe('Hugging Face daily page with no metadata at all', () => {
  it('reads the 49 entries of the second daily dump, each with an abstract', async () => {
    const corpus = buildCorpus([await realDump(SEED.dailyNoMeta)]);
    assert.equal(corpus.sources[0]?.heading, 'Mar 14');
    assert.equal(corpus.papers.length, 49);
    for (const paper of corpus.papers) {
      assert.equal(paper.abstract.length, 1, paper.title);
      assert.deepEqual([paper.date, paper.upvotes, paper.authorCount], [null, null, null]);
    }
    assert.equal(corpus.papers[0]?.title, 'Monet: Mixture of Monosemantic Experts for Transformers');
  });
});

describe('Hugging Face list layout', () => {
  it('splits the first title from `Subscribe` it is glued to', async () => {
    const corpus = buildCorpus([await realDump(SEED.list)]);
    const first = corpus.papers[0];
    assert.equal(first?.title, 'Fixed Point Diffusion Models');
    assert.equal(first.sources[0]?.line, 3);
    assert.match(first.abstract[0] ?? '', /^We introduce the Fixed Point Diffusion Model \(FPDM\)/u);
    assert.equal(corpus.papers[1]?.title, 'Learning How Hard to Think: Input-Adaptive Allocation of LM Computation');
    assert.equal(corpus.sources[0]?.heading, null);
    assert.ok(corpus.papers.every((paper) => paper.abstract.length === 1 && paper.date === null));
  });

  it('keeps a chrome line with text glued on as content rather than skipping it', () => {
    const { papers } = corpusOf(
      'Get trending papers in your email inbox once a day!\nGet trending papers in your email inbox!SubscribeAlpha Title\nAlpha abstract.\n',
    );
    assert.deepEqual(
      papers.map((paper) => [paper.title, paper.abstract]),
      [['Get trending papers in your email inbox!SubscribeAlpha Title', ['Alpha abstract.']]],
    );
  });

  it('reads an inline list of title and abstract lines back to back', () => {
    const { papers, sources } = corpusOf(
      'Get trending papers in your email inbox!\nSubscribeAlpha Title\nAlpha abstract.\nBeta Title\nBeta abstract.\n',
    );
    assert.equal(sources[0]?.layout, 'hf-list');
    assert.deepEqual(
      papers.map((paper) => [paper.title, paper.abstract, paper.sources[0]?.line]),
      [
        ['Alpha Title', ['Alpha abstract.'], 2],
        ['Beta Title', ['Beta abstract.'], 4],
      ],
    );
  });
});

describe('Hugging Face daily metadata, inline', () => {
  it('reads each shape of the metadata group', () => {
    const { papers } = corpusOf(
      daily(
        ['Counted', '', 'Counted abstract.', '', '  • 1 author', '·', 'May 23 2'],
        ['Organised', '', 'Organised abstract.', '', 'openbmb OpenBMB', '·', 'Jun 9'],
        ['Dated Only', '', 'Dated abstract.', '', '·', 'Jan 11, 2024 2'],
        ['Bare', '', 'Bare abstract.'],
      ),
    );
    assert.deepEqual(
      papers.map((paper) => [
        paper.title,
        paper.abstract[0],
        paper.authorCount,
        paper.organisation?.handle ?? null,
        paper.date?.text ?? null,
        paper.upvotes,
      ]),
      [
        ['Counted', 'Counted abstract.', 1, null, 'May 23', 2],
        ['Organised', 'Organised abstract.', null, 'openbmb', 'Jun 9', null],
        ['Dated Only', 'Dated abstract.', null, null, 'Jan 11, 2024', 2],
        ['Bare', 'Bare abstract.', null, null, null, null],
      ],
    );
  });

  it('reads an entry with an author count but no abstract', () => {
    const { papers } = corpusOf(daily(['No Abstract', '', '  • 3 authors', '·', 'May 23']));
    assert.deepEqual([papers[0]?.abstract, papers[0]?.authorCount, papers[0]?.date?.text], [[], 3, 'May 23']);
  });

  it('reads an organisation named by its handle alone', () => {
    const { papers } = corpusOf(daily(['Handle Only', '', 'Abstract.', '', 'nvidia', '·', 'Oct 16']));
    assert.deepEqual(papers[0]?.organisation, { handle: 'nvidia', name: 'nvidia' });
  });
});
