import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { before, describe, it } from 'node:test';
import { buildCorpus, type Corpus } from '../../src/loader/corpus.ts';
import { closestTitles } from '../../src/lib/closest.ts';
import { paperFinder } from '../../src/lib/notes.ts';
import { rawFrontmatterValue } from '../../src/notes/raw-frontmatter.ts';
import { noteSchema } from '../../src/schemas/index.ts';
import { realDumps } from './support.ts';

describe('note frontmatter', () => {
  const valid = { title: 'A note', date: '2025-03-01' };

  it('accepts a minimal note and fills in no papers and no tags', () => {
    assert.deepEqual(noteSchema.parse(valid), { ...valid, papers: [], tags: [] });
  });

  it('accepts real days and refuses impossible or malformed ones', () => {
    for (const date of ['2024-02-29', '2025-12-31', '2025-01-01'])
      assert.equal(noteSchema.safeParse({ ...valid, date }).success, true, date);
    for (const date of ['2025-02-30', '2023-02-29', '2025-13-01', '2025-00-10', '2025-3-1', '1 March 2025', '']) {
      assert.equal(noteSchema.safeParse({ ...valid, date }).success, false, date);
    }
    assert.equal(noteSchema.safeParse({ ...valid, date: new Date('2025-03-01') }).success, false);
  });

  it('refuses unknown keys, so a misspelt field is reported', () => {
    const result = noteSchema.safeParse({ ...valid, paper: ['DeepGEMM'] });
    assert.equal(result.success, false);
    assert.match(JSON.stringify(result.error.issues), /paper/u);
  });

  it('reads the date as written, quoted or not, before YAML turns it into another day', () => {
    const file = (line: string) => `---\ntitle: x\n${line}\ntags: [a]\n---\nbody date: 1999-01-01\n`;
    assert.equal(rawFrontmatterValue(file('date: 2025-02-30'), 'date'), '2025-02-30');
    assert.equal(rawFrontmatterValue(file('date: "2025-02-30"'), 'date'), '2025-02-30');
    assert.equal(rawFrontmatterValue(file("date: '2025-03-01' # started"), 'date'), '2025-03-01');
    assert.equal(rawFrontmatterValue(file('date: 2025-03-01 # started'), 'date'), '2025-03-01');
    assert.equal(rawFrontmatterValue(file('dated: 2025-03-01'), 'date'), null);
    assert.equal(rawFrontmatterValue('no frontmatter\ndate: 2025-03-01\n', 'date'), null);
  });
});

describe('papers named by notes', () => {
  let corpus: Corpus;
  before(async () => {
    corpus = buildCorpus(await realDumps());
  });

  it('finds a paper by its title in any case and spacing, or by its slug', () => {
    const finder = paperFinder(corpus.papers);
    assert.equal(finder.find('DeepGEMM')?.slug, 'deepgemm');
    assert.equal(finder.find('  deepgemm ')?.slug, 'deepgemm');
    assert.equal(
      finder.find('Accurate block quantization in LLMs, with outliers')?.slug,
      'accurate-block-quantization-in-llms-with-outliers',
    );
    assert.equal(
      finder.find('accurate-block-quantization-in-llms-with-outliers')?.title,
      'Accurate Block Quantization in LLMs with Outliers',
    );
    assert.equal(finder.find('DeepGEMM 2'), undefined);
    assert.equal(finder.find('Accurate Block Quantization'), undefined);
  });

  it('suggests the closest titles for a misspelt or shortened one', () => {
    const titles = corpus.papers.map((paper) => paper.title);
    assert.equal(closestTitles('Deep GEM', titles)[0], 'DeepGEMM');
    assert.equal(closestTitles('Accurate Block Quantisation in LLMs', titles)[0], 'Accurate Block Quantization in LLMs with Outliers');
    assert.equal(closestTitles('Deep GEM', titles).length, 3);
    assert.deepEqual(closestTitles('Deep GEM', []), []);
  });
});

describe('the README', () => {
  it('shows the fixture note the tests build as its complete example, word for word', async () => {
    const readme = await readFile('README.md', 'utf8');
    const example = /\n````mdx\n([\s\S]*?)````\n/u.exec(readme)?.[1];
    assert.equal(example, await readFile('tests/fixtures/notes/kv-cache-quantization.mdx', 'utf8'));
  });
});
