import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hashtagKey, topicForHashtag } from '../../src/taxonomy/hashtags.ts';
import { TOPICS } from '../../src/taxonomy/topics.ts';
import { HAZARD } from '../fixtures/hostile-strings.ts';

describe('author hashtags that name a topic', () => {
  it('reads the author’s hashtags as the topics they name', () => {
    const cases: [string, string | null][] = [
      ['rl', 'reinforcement-learning'],
      ['efficiency', 'inference-efficiency'],
      ['mechanistic-interpretation', 'interpretability'],
      ['reasoning', 'reasoning'],
      ['code', 'code'],
      ['Reasoning', 'reasoning'],
      ['mixture_of_experts', 'mixture-of-experts'],
      ['state-space-model', 'state-space-models'],
      ['scaling-law', 'scaling-laws'],
      ['강화학습', 'reinforcement-learning'],
      ['ml', null],
      ['gardening', null],
    ];
    for (const [hashtag, topic] of cases) assert.equal(topicForHashtag(hashtag)?.tag ?? null, topic, hashtag);
  });

  it('finds every topic under its tag, names and aliases, and each name belongs to one topic', () => {
    for (const topic of TOPICS) {
      for (const name of [topic.tag, topic.label, topic.labelKo, ...topic.aliases])
        assert.equal(topicForHashtag(name)?.tag, topic.tag, name);
    }
  });

  it('treats case, spaces, underscores and hyphens as one spelling', () => {
    assert.equal(hashtagKey('Mixture_of Experts'), 'mixture-of-experts');
    assert.equal(hashtagKey('KV cache'), hashtagKey('kv-cache'));
  });

  it('names no topic with hostile text', () => {
    for (const text of Object.values(HAZARD)) assert.equal(topicForHashtag(text), null, JSON.stringify(text));
  });
});
