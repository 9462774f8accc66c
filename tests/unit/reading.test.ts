import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { itemTags } from '../../src/lib/item-tags.ts';
import { shortUrl } from '../../src/lib/short-url.ts';
import { isLinkedPageTitle, postSummary } from '../../src/lib/text.ts';
import { isChartable, topicTimeline } from '../../src/lib/topic-timeline.ts';
import { buildCorpus } from '../../src/loader/corpus.ts';
import { readSeedDir } from '../../src/loader/read-seeds.ts';
import { topicsFor } from '../../src/taxonomy/assign.ts';
import { SEEDS_DIR } from './support.ts';

/** What readers see of the seed corpus in lists and side columns, beyond the loader's records. */
const corpus = buildCorpus(await readSeedDir(SEEDS_DIR));
const linked = buildCorpus(await readSeedDir('tests/fixtures/linked-seeds'));

function post(title: string) {
  const found = corpus.posts.find((candidate) => candidate.title === title);
  assert.ok(found, `seed post “${title}”`);
  return found;
}

describe('an item’s tags, shown once each', () => {
  it('shows a hashtag that names a topic as that topic, with the hashtag as written beside it', () => {
    const deepgemm = corpus.papers.find((paper) => paper.slug === 'deepgemm');
    assert.ok(deepgemm);
    const shown = itemTags(deepgemm.topics, deepgemm.tags);
    assert.deepEqual(
      shown.topics.map((topic) => [topic.label, topic.writtenAs]),
      [['Inference efficiency', ['efficiency']]],
    );
    assert.deepEqual(shown.own, []);
  });

  it('adds the topic a tag names when the text earned none, and keeps other tags as written', () => {
    const shown = itemTags([], ['kv-cache', 'RL', 'my_own-tag']);
    const topics = shown.topics.map((topic) => [topic.tag, topic.writtenAs]);
    assert.deepEqual(topics, [
      ['kv-cache', ['kv-cache']],
      ['reinforcement-learning', ['RL']],
    ]);
    assert.deepEqual(
      shown.own.map((tag) => tag.name),
      ['my_own-tag'],
    );
  });

  it('keeps the text’s topics first, in their order', () => {
    const shown = itemTags(['reasoning', 'code'], ['rl']);
    assert.deepEqual(
      shown.topics.map((topic) => topic.tag),
      ['reasoning', 'code', 'reinforcement-learning'],
    );
  });
});

describe('topics of British-spelled text', () => {
  it('gives quantisation and optimisers the topics their American spellings get', () => {
    assert.deepEqual(topicsFor(['What to read next on quantisation']), topicsFor(['What to read next on quantization']));
    assert.ok(topicsFor(['What to read next on quantisation']).includes('quantization'));
    assert.ok(topicsFor(['A better optimiser for hidden layers']).includes('optimizers'));
  });

  it('leaves words that only end like them alone', () => {
    assert.deepEqual(topicsFor(['A precise and otherwise concise exercise']), []);
  });
});

describe('blog post summaries', () => {
  it('skip a first paragraph that is only the title of the page the post links to', () => {
    assert.ok(isLinkedPageTitle('Scalably Solving Assistance Games | OpenReview'));
    assert.ok(isLinkedPageTitle('Generative modelling in latent space – Sander Dieleman'));
    assert.ok(isLinkedPageTitle('[2412.09871] Byte Latent Transformer: Patches Scale Better Than Tokens'));
    assert.match(postSummary(post('Scalably Solving Assistant Games'))?.text ?? '', /^Assistant games are an RL approach/u);
    assert.match(postSummary(post('Ping-Pong Kernels on Hopper'))?.text ?? '', /^A useful deep dive/u);
  });

  it('keep an opening sentence, even a short one', () => {
    assert.equal(isLinkedPageTitle('Who needs a tokenizer anyway!'), false);
    assert.equal(postSummary(post('Byte-Latent Transformers'))?.text, 'Who needs a tokenizer anyway!');
    assert.match(postSummary(post('Pydantic Evals'))?.text ?? '', /^Ed Yang was recently recommending/u);
  });
});

describe('a URL as link text', () => {
  it('drops the scheme and cuts a long path after the segments that fit', () => {
    assert.equal(shortUrl('https://github.com/deepseek-ai/DeepSeek-V3/tree/main'), 'github.com/deepseek-ai/DeepSeek-V3/…');
    assert.equal(shortUrl('https://arxiv.org/abs/2503.20783'), 'arxiv.org/abs/2503.20783');
    assert.equal(shortUrl('https://www.example.org/'), 'example.org');
  });
});

describe('the topics-over-time chart', () => {
  it('is left out when few papers have a full date, and drawn when most do', () => {
    const seeds = topicTimeline(corpus.papers, 8);
    assert.ok(seeds.dated < seeds.undated, 'most seed papers have no year');
    assert.equal(isChartable(seeds), false);
    assert.equal(isChartable(topicTimeline(linked.papers, 8)), true);
  });

  it('can be counted by year for a narrow screen', () => {
    const yearly = topicTimeline(linked.papers, 8, 'year');
    assert.deepEqual(yearly.periods, ['2024', '2025']);
    assert.equal(yearly.series.reduce((sum, each) => sum + each.total, 0) > 0, true);
  });
});
