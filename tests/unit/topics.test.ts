import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildCorpus } from '../../src/loader/corpus.ts';
import { readSeedDir } from '../../src/loader/read-seeds.ts';
import { MAX_TOPICS, topicEvidence, topicsFor } from '../../src/taxonomy/assign.ts';
import { TOPICS } from '../../src/taxonomy/topics.ts';
import { researcherTable } from '../topics/evaluation.ts';
import { SEEDS_DIR } from './support.ts';

const corpus = buildCorpus(await readSeedDir(SEEDS_DIR));

function seedPaper(slugStart: string) {
  const found = corpus.papers.filter((paper) => paper.slug.startsWith(slugStart));
  assert.equal(found.length, 1, `one seed paper's slug starts with ${slugStart}`);
  return found[0] as (typeof corpus.papers)[number];
}

/** Title and abstract only, as papers from Hugging Face arrive. */
function titleAndAbstract(slugStart: string): string[] {
  const paper = seedPaper(slugStart);
  return [paper.title, ...paper.abstract];
}

describe('topic rules on real papers', () => {
  it('no longer puts Multimodal on a paper about Bessel functions on GPUs, nor Diffusion on symbolic numerics', () => {
    assert.ok(!topicsFor(titleAndAbstract('accurate-computation-of-the-logarithm-of-modified-bessel')).includes('multimodal'));
    assert.ok(!topicsFor(titleAndAbstract('high-performance-symbolic-numerics')).includes('diffusion'));
  });

  it('reads vector quantization as tokenization, not quantization', () => {
    const qlip = researcherTable().find((paper) => paper.title.startsWith('QLIP'));
    assert.ok(qlip, 'QLIP is in the researcher table');
    assert.match(qlip.abstract, /quantization-based autoencoder/u);
    const topics = topicsFor([qlip.title, qlip.abstract]);
    assert.ok(topics.includes('tokenization'), topics.join(' '));
    assert.ok(!topics.includes('quantization'), topics.join(' '));
  });

  it('gives Code to code papers, not to a paper whose abstract only says its code is available', () => {
    const realhf = titleAndAbstract('realhf-optimized-rlhf-training');
    assert.match(realhf.join(' '), /code/iu);
    assert.ok(!topicsFor(realhf).includes('code'));
    assert.ok(topicsFor(titleAndAbstract('self-infilling-code-generation')).includes('code'));
  });

  it('gives Step-3 at most three topics, its subject first', () => {
    const step3 = seedPaper('step-3-is-large-yet-affordable');
    const topics = topicsFor([step3.title, ...step3.abstract, ...step3.commentary.en]);
    assert.ok(topics.length <= MAX_TOPICS, topics.join(' '));
    assert.equal(topics[0], 'inference-efficiency');
  });

  it('earns a topic from its name in the title alone', () => {
    assert.deepEqual(topicsFor([seedPaper('accurate-block-quantization').title]), ['quantization']);
    assert.deepEqual(topicsFor([seedPaper('deepseekmoe').title]), ['mixture-of-experts']);
  });

  it('does not give a topic for one passing mention in the abstract', () => {
    // Each names the topic in one sentence about something else: a code model quantized for desktops, a
    // training tool that also runs RL, a layer-dropping method compared with quantization.
    const cases: [string, string, RegExp][] = [
      ['narrow-transformer-starcoder-based-java-lm', 'quantization', /quantiz/iu],
      ['redco-a-lightweight-tool', 'reinforcement-learning', /reinforcement learning/u],
      ['trimllm-progressive-layer-dropping', 'quantization', /quantization and pruning/u],
    ];
    for (const [slug, tag, mention] of cases) {
      const texts = titleAndAbstract(slug);
      assert.match(texts.join(' '), mention);
      const evidence = topicEvidence(texts).find((candidate) => candidate.tag === tag);
      assert.equal(evidence?.terms.length, 1, `${slug}: ${tag}`);
      assert.equal(evidence.earned, false, `${slug}: ${tag}`);
      assert.ok(!topicsFor(texts).includes(tag));
    }
  });

  it('has no catch-all: no topic is on more than a quarter of the seed papers', () => {
    const counts = new Map<string, number>();
    for (const paper of corpus.papers) for (const topic of paper.topics) counts.set(topic, (counts.get(topic) ?? 0) + 1);
    for (const [topic, count] of counts) assert.ok(count <= corpus.papers.length / 4, `${topic} is on ${count} of ${corpus.papers.length}`);
    assert.ok(!counts.has('language-models') && !counts.has('general'));
  });

  it('gives every seed paper at most three topics, and some papers honestly none', () => {
    for (const paper of corpus.papers) assert.ok(paper.topics.length <= MAX_TOPICS, `${paper.slug}: ${paper.topics.join(' ')}`);
    assert.ok(corpus.papers.some((paper) => paper.topics.length === 0));
    assert.deepEqual(topicsFor(['Notes on gardening', 'Tomatoes want sun and water.']), []);
  });

  it('gives long-form notes topics from their text', () => {
    const topicsOf = (slug: string) => corpus.posts.find((post) => post.slug === slug)?.topics ?? [];
    assert.ok(topicsOf('muon-optimizer').includes('optimizers'));
    assert.ok(topicsOf('optimizers-and-hessians').includes('optimizers'));
    assert.ok(topicsOf('grouped-gemms-and-moe').includes('mixture-of-experts'));
    const r1 = topicsOf('understanding-r1-zero-like-training');
    assert.ok(r1.includes('reinforcement-learning') && r1.includes('reasoning'), r1.join(' '));
  });

  it('is deterministic and ranks the strongest evidence first', () => {
    const texts = titleAndAbstract('swe-rl-advancing-llm-reasoning');
    assert.deepEqual(topicsFor(texts), topicsFor([...texts]));
    const scores = topicsFor(texts).map((tag) => topicEvidence(texts).find((evidence) => evidence.tag === tag)?.score ?? 0);
    assert.deepEqual(
      scores,
      [...scores].sort((a, b) => b - a),
    );
  });

  it('stays fast on lines of 100,000 characters', () => {
    const started = performance.now();
    for (const word of ['inference ', 'code ', 'align human ', 'language model image ']) {
      const line = word.repeat(Math.ceil(100_000 / word.length));
      topicsFor([line, line, `${line}speed`]);
    }
    assert.ok(performance.now() - started < 2000, 'four hostile papers in under two seconds');
  });
});

describe('the taxonomy', () => {
  it('names every topic in English and Korean, with a description and other names', () => {
    for (const topic of TOPICS) {
      assert.match(topic.tag, /^[a-z]+(-[a-z]+)*$/u, topic.tag);
      assert.match(topic.labelKo, /\p{Script=Hangul}/u, topic.tag);
      assert.ok(topic.label.length > 0 && topic.description.length > 0 && topic.aliases.length > 0, topic.tag);
      assert.ok(topic.rules.title.length > 0 && topic.rules.terms.length >= 2, topic.tag);
    }
    assert.equal(new Set(TOPICS.map((topic) => topic.tag)).size, TOPICS.length);
  });

  it('has Korean names readers search for', () => {
    const names = (tag: string) => {
      const topic = TOPICS.find((candidate) => candidate.tag === tag);
      return [topic?.labelKo, ...(topic?.aliases ?? [])];
    };
    assert.ok(names('reinforcement-learning').includes('강화학습'));
    assert.ok(names('quantization').includes('양자화'));
    assert.ok(names('reasoning').includes('추론'));
    assert.ok(names('inference-efficiency').includes('커널'));
    assert.ok(names('mixture-of-experts').includes('전문가 혼합'));
  });

  it('covers the concepts the field names most', () => {
    const tags = new Set(TOPICS.map((topic) => topic.tag));
    for (const tag of ['state-space-models', 'distillation', 'scaling-laws', 'tokenization', 'image-generation', 'video', 'speech-audio']) {
      assert.ok(tags.has(tag), tag);
    }
  });
});
