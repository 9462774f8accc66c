import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { buildCorpus, type Corpus, type Dump } from '../../src/loader/corpus.ts';
import { readSeedDir } from '../../src/loader/read-seeds.ts';
import { slugFor, titleKey } from '../../src/loader/slugs.ts';
import { HOSTILE_DIR, realDumps, SEED, seedErrorsOf } from './support.ts';

const LIST = 'Get trending papers in your email inbox!\nSubscribe';
const DAILY = 'new\n\nSubscribe\n\nOct 29\n';

describe('merging the same paper from several dumps', () => {
  let corpus: Corpus;
  before(async () => {
    corpus = buildCorpus(await realDumps());
  });

  it('keeps the daily page’s date and author count and lists both sources in file order', () => {
    const paper = corpus.papers.find((candidate) => candidate.title === 'Let the Code LLM Edit Itself When You Edit the Code');
    assert.ok(paper);
    assert.deepEqual(
      paper.sources.map((ref) => [ref.file, ref.layout]),
      [
        [SEED.list, 'hf-list'],
        [SEED.daily, 'hf-daily'],
      ],
    );
    assert.equal(paper.date?.text, 'Jul 3, 2024');
    assert.equal(paper.authorCount, 6);
    assert.equal(paper.abstract.length, 1);
  });

  it('matches titles across case, whitespace and punctuation, keeping the richest value of each field', () => {
    const merged = buildCorpus([
      { file: 'a.txt', text: `${LIST}Scaling Laws:  A Survey\nA short abstract.\n` },
      {
        file: 'b.txt',
        text: `${DAILY}\nscaling laws — a survey!\n\nA much longer abstract that says more about scaling laws.\n\n  • 7 authors\n·\nMay 23 3\n`,
      },
      { file: 'c.txt', text: `${DAILY}\nSCALING LAWS: A SURVEY\n\nShort.\n\nopenbmb OpenBMB\n·\nJan 2, 2024 5\n` },
    ]);
    assert.equal(merged.papers.length, 1);
    const paper = merged.papers[0];
    assert.equal(paper?.title, 'Scaling Laws: A Survey');
    assert.deepEqual(paper.abstract, ['A much longer abstract that says more about scaling laws.']);
    assert.equal(paper.authorCount, 7);
    assert.deepEqual(paper.organisation, { handle: 'openbmb', name: 'OpenBMB' });
    assert.equal(paper.date?.text, 'Jan 2, 2024', 'a date with a year beats one without');
    assert.equal(paper.upvotes, 5);
    assert.deepEqual(
      paper.sources.map((ref) => [ref.file, ref.line]),
      [
        ['a.txt', 2],
        ['b.txt', 7],
        ['c.txt', 7],
      ],
    );
    assert.deepEqual(
      merged.sources.map((source) => source.entries[0]?.slug),
      ['scaling-laws-a-survey', 'scaling-laws-a-survey', 'scaling-laws-a-survey'],
    );
  });
});

describe('titles without letters', () => {
  it('keep papers apart when their symbols differ, and merge the same title', () => {
    const corpus = buildCorpus([
      { file: 'a.txt', text: `${LIST}---\nThe first abstract.\n???\nThe second abstract.\n` },
      { file: 'b.txt', text: `${LIST}---\nThe first abstract, again.\n` },
    ]);
    assert.deepEqual(
      corpus.papers.map((paper) => [paper.title, paper.sources.map((ref) => ref.file)]),
      [
        ['---', ['a.txt', 'b.txt']],
        ['???', ['a.txt']],
      ],
    );
    const slugs = corpus.papers.map((paper) => paper.slug);
    assert.equal(new Set(slugs).size, 2);
    for (const slug of slugs) assert.match(slug, /^untitled-[0-9a-f]{8}$/u);
  });
});

describe('slugs', () => {
  it('are readable: the title’s words, lower case, joined by hyphens', () => {
    assert.equal(slugFor(titleKey('DeepGEMM')), 'deepgemm');
    assert.equal(
      slugFor(titleKey('Jacobian Sparse Autoencoders: Sparsify Computations, Not Just Activations')),
      'jacobian-sparse-autoencoders-sparsify-computations-not-just-activations',
    );
    assert.equal(slugFor(titleKey('한국어 논문 제목: {중괄호}')), '한국어-논문-제목-중괄호');
  });

  it('cut long titles at a word and add a hash of the whole title', () => {
    const slug = slugFor(titleKey('SWE-RL: Advancing LLM Reasoning via Reinforcement Learning on Open Software Evolution'));
    assert.match(slug, /^swe-rl-advancing-llm-reasoning-via-reinforcement-learning-on-open-software-[0-9a-f]{8}$/u);
    const other = slugFor(titleKey('SWE-RL: Advancing LLM Reasoning via Reinforcement Learning on Open Software Evolution, Revisited'));
    assert.notEqual(other, slug);
  });

  it('are unique across the real corpus', async () => {
    const corpus = buildCorpus(await realDumps());
    assert.equal(new Set(corpus.papers.map((paper) => paper.slug)).size, corpus.papers.length);
    assert.equal(new Set(corpus.posts.map((post) => post.slug)).size, corpus.posts.length);
  });

  it('do not change when another dump is added or removed', async () => {
    const dumps = await realDumps();
    const slugsOf = (some: readonly Dump[]) => new Map(buildCorpus(some).papers.map((paper) => [titleKey(paper.title), paper.slug]));
    const all = slugsOf(dumps);
    const variants: Dump[][] = [
      ...dumps.map((_, index) => dumps.filter((__, other) => other !== index)),
      [...dumps, ...(await readSeedDir(HOSTILE_DIR))],
      [...dumps].reverse(),
    ];
    for (const variant of variants) {
      for (const [key, slug] of slugsOf(variant)) {
        if (all.has(key)) assert.equal(slug, all.get(key), key);
      }
    }
  });

  it('make two titles that would share a slug an error, not a silent replacement', () => {
    const emptyKeySlug = slugFor(titleKey('---'));
    const clash = emptyKeySlug.replace(/-/gu, ' ');
    const errors = seedErrorsOf(() =>
      buildCorpus([{ file: 'clash.txt', text: `${LIST}---\nFirst abstract.\n${clash}\nSecond abstract.\n` }]),
    );
    assert.equal(errors.length, 1);
    assert.match(
      errors[0]?.message ?? '',
      new RegExp(`^clash\\.txt:4: expected a title whose slug \`${emptyKeySlug}\` is not already taken by "---" \\(clash\\.txt:2\\)`, 'u'),
    );
  });
});
