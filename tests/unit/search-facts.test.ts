import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { paperSearchFacts, postSearchFacts } from '../../src/components/search/facts.ts';
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
    assert.ok(facts.filters.tag?.includes('inference-efficiency'));
    assert.deepEqual(facts.filters.source, ['000_1c9f1cf836b27124']);
    assert.deepEqual(facts.filters.layout, ['digest']);
    assert.deepEqual(facts.filters.commentary, ['ko', 'en']);
    assert.deepEqual(facts.meta, { date: '2025년 2월 26일', day: '2025-02-26' });
  });

  it('gives every paper and post its tags, a source and a layout without repeats, and every dated paper its day', () => {
    const all = [...corpus.papers.map(paperSearchFacts), ...corpus.posts.map(postSearchFacts)];
    for (const facts of all) {
      for (const name of ['tag', 'source', 'layout'] as const) {
        const values = facts.filters[name] ?? [];
        // A paper that earns no topic and has no hashtag has no tag to filter by.
        if (name !== 'tag') assert.ok(values.length > 0, name);
        assert.equal(new Set(values).size, values.length, `${name} repeats: ${values.join(', ')}`);
      }
    }
    for (const paper of corpus.papers) assert.deepEqual(paperSearchFacts(paper).filters.tag ?? [], [...new Set([...paper.tags, ...paper.topics])], paper.slug);
    for (const post of corpus.posts) assert.ok(post.tags.every((tag) => postSearchFacts(post).filters.tag?.includes(tag)), post.slug);
    for (const entry of corpus.papers.filter((candidate) => candidate.date !== null)) {
      assert.equal(paperSearchFacts(entry).meta['day'], entry.date?.sortKey, entry.slug);
      assert.match(paperSearchFacts(entry).meta['day'] ?? '', /^\d{4}-\d{2}-\d{2}$/u);
    }
  });

  it('gives undated papers neither a shown date nor a day, so they sort last', () => {
    const undated = corpus.papers.filter((entry) => entry.date === null);
    assert.ok(undated.length > 0, 'the seeds have undated papers');
    for (const entry of undated) {
      const facts = paperSearchFacts(entry);
      assert.deepEqual(facts.meta, {});
    }
  });

  it('gives a Hugging Face paper without commentary no commentary language', () => {
    const facts = paperSearchFacts(paper('monet-mixture-of-monosemantic-experts-for-transformers'));
    assert.deepEqual(facts.filters.commentary, []);
    assert.deepEqual(facts.filters.layout, ['hf-daily']);
  });
});
