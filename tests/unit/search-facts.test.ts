import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { paperSearchFacts, postSearchFacts } from '../../src/search/facts.ts';
import { buildCorpus } from '../../src/loader/corpus.ts';
import { readSeedDir } from '../../src/loader/read-seeds.ts';
import { TOPICS } from '../../src/loader/topics.ts';
import { topicForHashtag } from '../../src/taxonomy/hashtags.ts';

const corpus = buildCorpus(await readSeedDir('content/seeds'));

function paper(slug: string) {
  const found = corpus.papers.find((candidate) => candidate.slug === slug);
  assert.ok(found, `seed paper ${slug}`);
  return found;
}

describe('search facts of the seed corpus', () => {
  it('gives DeepGEMM its topic (which its hashtag names), its dump, layout, both commentary languages and its date', () => {
    const facts = paperSearchFacts(paper('deepgemm'));
    // `#efficiency` leads to the Inference efficiency topic, so it filters as that topic, not as a second tag.
    assert.deepEqual(facts.filters.tag, ['inference-efficiency']);
    assert.deepEqual(facts.filters.source, ['000_1c9f1cf836b27124']);
    assert.deepEqual(facts.filters.layout, ['digest']);
    assert.deepEqual(facts.filters.commentary, ['ko', 'en']);
    // The site's date style, as every page shows it; the digest wrote `2025년 2월 26일`.
    assert.equal(facts.meta.date, '26 Feb 2025');
    assert.deepEqual(facts.order, { day: '2025-02-26' });
  });

  it('shows DeepGEMM’s topics by their English names and finds it by their Korean names and aliases', () => {
    const facts = paperSearchFacts(paper('deepgemm'));
    assert.equal(facts.meta.topics, 'Inference efficiency');
    const keywords = (facts.meta.keywords ?? '').toLowerCase().split(' ');
    for (const tag of ['inference-efficiency']) {
      const topic = TOPICS.find((candidate) => candidate.tag === tag);
      assert.ok(topic);
      for (const name of [topic.labelKo, ...topic.aliases]) {
        for (const word of name.toLowerCase().split(/\s+/u)) assert.ok(keywords.includes(word), `${tag}: ${name}`);
      }
    }
    // The author's hashtag finds it too.
    assert.ok(keywords.includes('efficiency'));
  });

  it('counts Korean names twice only for the topics the title names', () => {
    const titled = paperSearchFacts(paper('an-empirical-study-of-qwen3-quantization'));
    assert.match(titled.meta.title_keywords ?? '', /양자화/u);
    // This title names none of its topics (reasoning and code come from the abstract).
    const untitled = paperSearchFacts(paper('learning-how-hard-to-think-input-adaptive-allocation-of-lm-computation'));
    assert.notEqual(untitled.meta.keywords, undefined);
    assert.equal(untitled.meta.title_keywords, undefined);
  });

  it('lists each keyword once, whatever its case', () => {
    // The taxonomy names mixture of experts `전문가 혼합` and `전문가 혼합 모델`, and the hashtag may repeat an alias.
    const moe = paperSearchFacts(paper('deepseekmoe-towards-ultimate-expert-specialization-in-mixture-of-experts-7095558f'));
    const words = (moe.meta.keywords ?? '').toLowerCase().split(' ');
    assert.ok(words.includes('전문가') && words.includes('moe'), moe.meta.keywords);
    assert.equal(new Set(words).size, words.length, moe.meta.keywords);
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
    for (const paper of corpus.papers) {
      const values = paperSearchFacts(paper).filters.tag ?? [];
      for (const topic of paper.topics) assert.ok(values.includes(topic), `${paper.slug}: ${topic}`);
      for (const hashtag of paper.tags) {
        // A hashtag that names a topic filters as that topic, as it leads to its page; any other as written.
        const topic = topicForHashtag(hashtag)?.tag;
        assert.ok(values.includes(topic ?? hashtag), `${paper.slug}: #${hashtag}`);
        if (topic && topic !== hashtag) assert.ok(!values.includes(hashtag), `${paper.slug}: #${hashtag} shown beside ${topic}`);
      }
    }
    for (const post of corpus.posts)
      assert.ok(
        post.tags.every((tag) => postSearchFacts(post).filters.tag?.includes(tag)),
        post.slug,
      );
    for (const entry of corpus.papers.filter((candidate) => candidate.date !== null)) {
      assert.equal(paperSearchFacts(entry).order.day, entry.date?.sortKey, entry.slug);
      assert.match(paperSearchFacts(entry).order.day ?? '', /^\d{4}-\d{2}-\d{2}$/u);
    }
  });

  it('gives undated papers neither a shown date nor a day, so they sort last', () => {
    const undated = corpus.papers.filter((entry) => entry.date === null);
    assert.ok(undated.length > 0, 'the seeds have undated papers');
    for (const entry of undated) {
      const facts = paperSearchFacts(entry);
      assert.equal(facts.meta.date, undefined);
      assert.equal(facts.order.day, undefined);
    }
  });

  it('gives papers with upvotes their count as an order key and others none', () => {
    const voted = corpus.papers.filter((entry) => entry.upvotes !== null);
    assert.ok(voted.length > 0, 'the seeds have upvoted papers');
    for (const entry of corpus.papers) {
      assert.equal(paperSearchFacts(entry).order.upvotes, entry.upvotes === null ? undefined : String(entry.upvotes));
    }
  });

  it('keeps days and counts out of the searchable metadata', () => {
    for (const entry of corpus.papers) {
      const meta = Object.values(paperSearchFacts(entry).meta).join(' ');
      if (entry.date) assert.ok(!meta.includes(entry.date.sortKey), entry.slug);
    }
  });

  it('gives a Hugging Face paper without commentary no commentary language', () => {
    const facts = paperSearchFacts(paper('monet-mixture-of-monosemantic-experts-for-transformers'));
    assert.deepEqual(facts.filters.commentary, []);
    assert.deepEqual(facts.filters.layout, ['hf-daily']);
  });
});
