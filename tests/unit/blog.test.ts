import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { buildCorpus, type Corpus } from '../../src/loader/corpus.ts';
import type { Post, PostBlock } from '../../src/schemas/index.ts';
import { corpusOf, realDump, SEED } from './support.ts';

type Block<T extends PostBlock['type']> = Extract<PostBlock, { type: T }>;

function blocksOf<T extends PostBlock['type']>(post: Post, type: T): Block<T>[] {
  return post.body.filter((block): block is Block<T> => block.type === type);
}

describe('blog tag page on the real seed', () => {
  let corpus: Corpus;
  before(async () => {
    corpus = buildCorpus([await realDump(SEED.blog)]);
  });
  const post = (title: string): Post => {
    const found = corpus.posts.find((candidate) => candidate.title === title);
    assert.ok(found, title);
    return found;
  };

  it('reads 15 posts in order, all tagged ml, and no papers', () => {
    assert.equal(corpus.posts.length, 15);
    assert.equal(corpus.papers.length, 0);
    assert.equal(corpus.sources[0]?.heading, 'Tag: ml');
    assert.deepEqual(corpus.posts.map((each) => each.title).slice(0, 3), [
      'Optimizers and Hessians',
      'Generative modelling in the latent space',
      'Scalably Solving Assistant Games',
    ]);
    assert.equal(corpus.posts.at(-1)?.title, 'Thunderkittens /GPUs go brr');
    for (const each of corpus.posts) assert.deepEqual(each.tags, ['ml']);
  });

  it('takes a bare URL that opens a post as its url, and only then', () => {
    assert.deepEqual(
      corpus.posts.filter((each) => each.url !== null).map((each) => [each.title, each.url]),
      [
        ['Optimizers and Hessians', 'https://arxiv.org/abs/2505.02809'],
        ['Pydantic Evals', 'https://ai.pydantic.dev/evals/'],
        ['Understanding R1-Zero-Like training', 'https://arxiv.org/abs/2503.20783'],
        ['Flow Matching', 'https://drscotthawley.github.io/blog/posts/FlowModels.html'],
        ['Deepseek V3', 'https://github.com/deepseek-ai/DeepSeek-V3/tree/main'],
        ['HuatuoGPT-o1, domain specific reasoning', 'https://arxiv.org/abs/2412.18925'],
      ],
    );
    const optimizers = post('Optimizers and Hessians');
    assert.equal(optimizers.body[0]?.type, 'paragraph');
    assert.match(optimizers.body[0].text, /^Optimizers are consistently one of the great areas/u);
    // A bare URL later in the body stays a paragraph.
    const kittens = post('Thunderkittens /GPUs go brr');
    assert.equal(kittens.url, null);
    assert.deepEqual(kittens.body[1], { type: 'paragraph', text: 'https://hazyresearch.stanford.edu/blog/2024-05-12-tk' });
  });

  it('keeps bulleted lists as lists', () => {
    const latent = blocksOf(post('Generative modelling in the latent space'), 'list');
    assert.equal(latent.length, 1);
    assert.equal(latent[0]?.ordered, false);
    assert.equal(latent[0].items.length, 3);
    assert.match(latent[0].items[0] ?? '', /^Latents add complexity/u);
    assert.deepEqual(blocksOf(post('Scalably Solving Assistant Games'), 'list')[0]?.items, [
      'the next assistant message (or tool call)',
      'the next human message in response to that',
      'how satisfied the human is with the response',
    ]);
  });

  it('keeps numbered lists with their start and joins wrapped lines into their item', () => {
    const vita = blocksOf(post('Vita 1.5 – how to train an end-to-end speech model'), 'list');
    assert.deepEqual(
      vita.map((list) => [list.ordered, list.start, list.items.length]),
      [
        [true, 1, 3],
        [true, 1, 2],
        [true, 1, 2],
      ],
    );
    const huatuo = blocksOf(post('HuatuoGPT-o1, domain specific reasoning'), 'list');
    assert.equal(huatuo[0]?.items.length, 7);
    assert.equal(huatuo[0].items[5], 'Fine tune the base model on the problem traces.');
    assert.match(
      huatuo[1]?.items[0] ?? '',
      /^Effectiveness of Complex CoTs: .* improves performance by an average of 4\.3 points\. .* models to refine their answers with reflection$/u,
    );
  });

  it('keeps the Pydantic Evals code blocks verbatim with their relative indentation', () => {
    const code = blocksOf(post('Pydantic Evals'), 'code');
    assert.equal(code[0]?.code, 'uv add pydantic-evals');
    const program = code[1]?.code.split('\n') ?? [];
    assert.equal(program[0], 'import os');
    assert.ok(program.includes('class FlexibleContains(Evaluator[object, object, object]):'));
    assert.ok(program.includes('        if not self.case_sensitive:'));
    assert.ok(program.includes('            return await loop.run_in_executor(None, generate_completion, inputs, model)'));
    assert.equal(program.at(-1), '    main()');
    assert.equal(program.length, 85);
    assert.match(code[2]?.code ?? '', /^Results for model: openrouter\/optimus-alpha\n=+\n/u);
    assert.ok(code[2]?.code.includes('│ Averages   │'));
  });

  it('keeps the Muon code blocks, the blank line inside the first included', () => {
    const code = blocksOf(post('Muon optimizer'), 'code');
    assert.deepEqual(
      code.map((block) => block.code),
      [
        [
          'from muon import Muon',
          '',
          'muon_params = [p for p in list(model.parameters()) if p.ndim > 2]',
          'muon_param_ids = {id(p) for p in muon_params}',
          'adamw_params = [p for p in model.parameters() if id(p) not in muon_param_ids]',
          '# Create the optimizer',
          'optimizers = [Muon(muon_params, lr=0.001),',
          'torch.optim.AdamW(adamw_params, lr=0.001)]',
        ].join('\n'),
        'for opt in optimizers:\n    opt.step()',
      ],
    );
  });

  it('keeps quoted passages of several lines as quotes, a line that ends a sentence keeping its break', () => {
    assert.deepEqual(blocksOf(post('Muon optimizer'), 'quote')[0]?.lines, [
      'Friendship ended with Adam, now Muon is my best friend.',
      'From Elie Bakouch’s great pretraining presentation',
    ]);
  });

  it('joins a quotation the source hard-wrapped mid-sentence into one line', () => {
    const pascal = blocksOf(post('Understanding R1-Zero-Like training'), 'quote');
    assert.deepEqual(pascal[0]?.lines, ['In Pascal’s Triangle, every row starts and ends with 1, …']);
    const deepseek = blocksOf(post('Deepseek V3'), 'quote');
    assert.equal(deepseek.length, 1);
    assert.equal(deepseek[0]?.lines.length, 1);
    const [quote = ''] = deepseek[0].lines;
    assert.match(quote, /^We aspire to see future vendors developing hardware /u);
    assert.ok(quote.includes('serving as a GPU co-processor or a network co-processor like NVIDIA SHARP Graham et al. (2016).'), quote);
    assert.ok(quote.includes('unify the IB (scale-out) and NVLink (scale-up) networks from the perspective of the computation'), quote);
    assert.match(quote, /computation units\.$/u);
  });
});

describe('blog structure, inline', () => {
  const page = (...body: string[]) => corpusOf(['Tag: ml', '', '  • Inline Post', '', ...body].join('\n'), 'blog.txt').posts[0] as Post;

  it('keeps a numbered list that starts above 1', () => {
    assert.deepEqual(page('    3. third', '    4. fourth').body, [{ type: 'list', ordered: true, start: 3, items: ['third', 'fourth'] }]);
  });

  it('reads paragraph, list, code, quote and paragraph in order', () => {
    const post = page(
      '    Intro line.',
      '',
      '    • one',
      '    • two',
      '',
      '    def f(x):',
      '        return x',
      '',
      '    Quoted first line,',
      '    wrapped mid-sentence.',
      '    A second sentence.',
      '',
      '    Outro.',
    );
    assert.deepEqual(post.body, [
      { type: 'paragraph', text: 'Intro line.' },
      { type: 'list', ordered: false, start: 1, items: ['one', 'two'] },
      { type: 'code', code: 'def f(x):\n    return x', lang: null },
      { type: 'quote', lines: ['Quoted first line, wrapped mid-sentence.', 'A second sentence.'] },
      { type: 'paragraph', text: 'Outro.' },
    ]);
  });

  it('reads several tags from the heading and a post with an empty body', () => {
    const corpus = corpusOf('Tag: ml, systems\n\n  • Empty\n  • Full\n\n    Body.\n', 'blog.txt');
    assert.deepEqual(
      corpus.posts.map((post) => [post.title, post.tags, post.body.length, post.sources[0]?.line]),
      [
        ['Empty', ['ml', 'systems'], 0, 3],
        ['Full', ['ml', 'systems'], 1, 4],
      ],
    );
  });
});
