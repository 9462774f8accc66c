import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FALLBACK_TOPIC, topicsFor } from '../../src/loader/topics.ts';

describe('topic matching', () => {
  it('tags inference efficiency when a speed word follows `inference` on the same line only', () => {
    assert.ok(topicsFor(['We cut inference latency in half.']).includes('inference-efficiency'));
    assert.ok(topicsFor(['Inference, batching and caching improve throughput.']).includes('inference-efficiency'));
    assert.ok(!topicsFor(['Latency matters before inference.']).includes('inference-efficiency'));
    assert.ok(!topicsFor(['About inference.', 'About throughput.']).includes('inference-efficiency'));
  });

  it('falls back to `general` when nothing matches', () => {
    assert.deepEqual(topicsFor(['Notes on gardening']), [FALLBACK_TOPIC]);
  });

  it('stays fast on a line of 100,000 characters full of `inference`', () => {
    const started = performance.now();
    topicsFor(['inference '.repeat(10_000), `${'inference '.repeat(10_000)}speed`]);
    assert.ok(performance.now() - started < 500, 'under half a second');
  });
});
