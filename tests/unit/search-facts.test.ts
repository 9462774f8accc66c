import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { paperSearchFacts, postSearchFacts, UNDATED_SORT_KEY } from '../../src/components/search/facts.ts';
import { buildCorpus } from '../../src/loader/corpus.ts';
import { readSeedDir } from '../../src/loader/read-seeds.ts';

const corpus = buildCorpus(await readSeedDir('content/seeds'));

function paper(slug: string) {
  const found = corpus.papers.find((candidate) => candidate.slug === slug);
  assert.ok(found, `seed paper ${slug}`);
  return found;
}

describe('search facts of the seed corpus', () => {
  it('gives DeepGEMM its author tag before its topics, its dump, layout, both commentary languages and its date', () => {
    const facts = paperSearchFacts(paper('deepgemm'));
    assert.equal(facts.filters.tag?.[0], 'efficiency');
    assert.ok(facts.filters.tag?.includes('quantization'));
    assert.deepEqual(facts.filters.source, ['000_1c9f1cf836b27124']);
    assert.deepEqual(facts.filters.layout, ['digest']);
    assert.deepEqual(facts.filters.commentary, ['ko', 'en']);
    assert.deepEqual(facts.sort, { date: '2025-02-26' });
    assert.deepEqual(facts.meta, { date: '2025년 2월 26일' });
  });

  it('gives every paper and post a tag, a source, a layout and a sort key, without repeats', () => {
    const all = [...corpus.papers.map(paperSearchFacts), ...corpus.posts.map(postSearchFacts)];
    for (const facts of all) {
      for (const name of ['tag', 'source', 'layout'] as const) {
        const values = facts.filters[name] ?? [];
        assert.ok(values.length > 0, name);
        assert.equal(new Set(values).size, values.length, `${name} repeats: ${values.join(', ')}`);
      }
      assert.match(facts.sort.date ?? '', /^\d{4}-\d{2}-\d{2}$/u);
    }
  });

  it('sorts undated papers last and shows no date for them', () => {
    const undated = corpus.papers.filter((entry) => entry.date === null);
    assert.ok(undated.length > 0, 'the seeds have undated papers');
    for (const entry of undated) {
      const facts = paperSearchFacts(entry);
      assert.equal(facts.sort.date, UNDATED_SORT_KEY);
      assert.deepEqual(facts.meta, {});
    }
  });

  it('gives a Hugging Face paper without commentary no commentary language', () => {
    const facts = paperSearchFacts(paper('monet-mixture-of-monosemantic-experts-for-transformers'));
    assert.deepEqual(facts.filters.commentary, []);
    assert.deepEqual(facts.filters.layout, ['hf-daily']);
  });
});
