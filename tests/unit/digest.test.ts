import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { buildCorpus, type Corpus } from '../../src/loader/corpus.ts';
import { parseAuthorLine } from '../../src/loader/parsers/digest.ts';
import type { Paper } from '../../src/schemas/index.ts';
import { corpusOf, realDump, SEED } from './support.ts';

const DATE = '2025년 2월 26일';
const ABSTRACT =
  'We study how large language models allocate computation across layers when solving multi-step problems. Using a suite of synthetic and natural tasks, we show that the later layers refine answers proposed early, and that skipping them costs little accuracy on easy inputs while hurting hard ones. We release code and data.';
const KO = '긴 추론 문제에서 뒤쪽 레이어가 답을 다듬는다는 관찰이네요.';
const EN = 'An observation that later layers refine the answer on long reasoning problems.';

function onlyPaper(text: string): Paper {
  const { papers } = corpusOf(text, 'digest.txt');
  assert.equal(papers.length, 1);
  return papers[0] as Paper;
}

describe('digest fields on the real seed', () => {
  let corpus: Corpus;
  before(async () => {
    corpus = buildCorpus([await realDump(SEED.digest)]);
  });
  const paper = (title: string) => {
    const found = corpus.papers.find((candidate) => candidate.title.startsWith(title));
    assert.ok(found, title);
    return found;
  };

  it('carries the heading date on the source', () => {
    assert.equal(corpus.sources[0]?.heading, DATE);
    assert.deepEqual(corpus.sources[0]?.date, { text: DATE, year: 2025, month: 2, day: 26, sortKey: '2025-02-26' });
  });

  it('reads DeepGEMM: authors, no abstract, Korean and English commentary, tag, date', () => {
    const deepGemm = paper('DeepGEMM');
    assert.equal(deepGemm.title, 'DeepGEMM');
    assert.deepEqual(deepGemm.authors, ['Chenggang Zhao', 'Liang Zhao', 'Jiashi Li', 'Zhean Xu']);
    assert.equal(deepGemm.authorCount, 4);
    assert.equal(deepGemm.team, null);
    assert.deepEqual(deepGemm.abstract, []);
    assert.equal(deepGemm.commentary.ko.length, 1);
    assert.match(deepGemm.commentary.ko[0] ?? '', /^DeepSeek이 오늘 공개한 건 FP8 GEMM 커널이군요\./u);
    assert.equal(deepGemm.commentary.en.length, 1);
    assert.match(deepGemm.commentary.en[0] ?? '', /^Today's opensource release from DeepSeek is an FP8 GEMM kernel\./u);
    assert.deepEqual(deepGemm.tags, ['efficiency']);
    assert.equal(deepGemm.date?.text, DATE);
    assert.equal(deepGemm.date?.sortKey, '2025-02-26');
    assert.deepEqual(deepGemm.sources.map((ref) => [ref.layout, ref.position, ref.line]), [['digest', 1, 2]]);
  });

  it('takes the English paragraph before the Korean as SWE-RL abstract', () => {
    const sweRl = paper('SWE-RL');
    assert.equal(sweRl.abstract.length, 1);
    assert.match(sweRl.abstract[0] ?? '', /^The recent DeepSeek-R1 release has demonstrated/u);
    assert.match(sweRl.abstract[0] ?? '', /medium-sized \(<100B\) LLMs/u);
    assert.deepEqual(sweRl.commentary.ko, ['GitHub PR 데이터를 사용한 추론 RL. 보상으로는 작성한 코드와 정답의 문자열 매칭을 사용했군요.']);
    assert.deepEqual(sweRl.commentary.en, ['Reasoning RL using GitHub PR data. For the reward, they used string matching between the generated code and the ground truth.']);
    assert.deepEqual(sweRl.tags, ['reasoning', 'rl', 'code']);
    assert.equal(sweRl.authors.length, 9);
    assert.equal(sweRl.authors.at(-1), 'Sida I. Wang');
  });

  it('keeps the Korean commentary that mixes in English terms Korean', () => {
    const jacobian = paper('Jacobian Sparse Autoencoders');
    assert.match(jacobian.commentary.ko[0] ?? '', /^Sparse Autoencoder로 Latent를 분해하는/u);
    assert.match(jacobian.commentary.en[0] ?? '', /^This paper presents an idea/u);
    assert.deepEqual(jacobian.tags, ['mechanistic-interpretation']);
  });
});

describe('digest commentary decided by script', () => {
  it('reads abstract, Korean, English in the usual order', () => {
    const paper = onlyPaper([DATE, 'Usual Order', '(A)', ABSTRACT, KO, EN, '#x'].join('\n'));
    assert.deepEqual([paper.abstract, paper.commentary.ko, paper.commentary.en], [[ABSTRACT], [KO], [EN]]);
  });

  it('reads English commentary written before the Korean as commentary, with an abstract', () => {
    const paper = onlyPaper([DATE, 'Swapped With Abstract', '(A)', ABSTRACT, EN, KO, '#x'].join('\n'));
    assert.deepEqual([paper.abstract, paper.commentary.ko, paper.commentary.en], [[ABSTRACT], [KO], [EN]]);
  });

  it('reads English commentary written before the Korean as commentary, without an abstract', () => {
    const paper = onlyPaper([DATE, 'Swapped No Abstract', '(A)', EN, KO, '#x'].join('\n'));
    assert.deepEqual([paper.abstract, paper.commentary.ko, paper.commentary.en], [[], [KO], [EN]]);
  });

  it('keeps an abstract followed by Korean commentary only as the abstract', () => {
    const paper = onlyPaper([DATE, 'Korean Only', '(A)', ABSTRACT, KO, '#x'].join('\n'));
    assert.deepEqual([paper.abstract, paper.commentary.ko, paper.commentary.en], [[ABSTRACT], [KO], []]);
  });

  it('reads an abstract and English commentary with no Korean', () => {
    const paper = onlyPaper([DATE, 'English Only', '(A)', ABSTRACT, EN, '#x'].join('\n'));
    assert.deepEqual([paper.abstract, paper.commentary.ko, paper.commentary.en], [[ABSTRACT], [], [EN]]);
  });

  it('reads a lone English paragraph as commentary and a lone Korean one as Korean commentary', () => {
    const en = onlyPaper([DATE, 'Lone English', '(A)', EN, '#x'].join('\n'));
    assert.deepEqual([en.abstract, en.commentary.ko, en.commentary.en], [[], [], [EN]]);
    const ko = onlyPaper([DATE, 'Lone Korean', '(A)', KO, '#x'].join('\n'));
    assert.deepEqual([ko.abstract, ko.commentary.ko, ko.commentary.en], [[], [KO], []]);
  });

  it('keeps commentary of several paragraphs in order, in either language order', () => {
    const KO2 = '두 번째 문단도 한국어입니다.';
    const EN2 = 'The second paragraph is English too.';
    const usual = onlyPaper([DATE, 'Multi Usual', '(A)', ABSTRACT, KO, KO2, EN, EN2, '#x'].join('\n'));
    assert.deepEqual([usual.abstract, usual.commentary.ko, usual.commentary.en], [[ABSTRACT], [KO, KO2], [EN, EN2]]);
    const interleaved = onlyPaper([DATE, 'Multi Interleaved', '(A)', ABSTRACT, KO, EN, KO2, EN2, '#x'].join('\n'));
    assert.deepEqual([interleaved.abstract, interleaved.commentary.ko, interleaved.commentary.en], [[ABSTRACT], [KO, KO2], [EN, EN2]]);
    const swapped = onlyPaper([DATE, 'Multi Swapped', '(A)', ABSTRACT, EN, EN2, KO, KO2, '#x'].join('\n'));
    assert.deepEqual([swapped.abstract, swapped.commentary.ko, swapped.commentary.en], [[ABSTRACT], [KO, KO2], [EN, EN2]]);
  });

  it('reads an entry with no tags line, ended by the next title and its author line', () => {
    const { papers } = corpusOf([DATE, 'First', '(A)', ABSTRACT, KO, EN, 'Second', '(B)', EN, '#y'].join('\n'));
    assert.deepEqual(papers.map((paper) => [paper.title, paper.tags, paper.commentary.en]), [
      ['First', [], [EN]],
      ['Second', ['y'], [EN]],
    ]);
  });
});

describe('digest author lines', () => {
  it('reads a `(Team: A, B)` prefix as the team', () => {
    assert.deepEqual(parseAuthorLine('Qwen Team: An Yang, Baosong Yang'), { team: 'Qwen Team', authors: ['An Yang', 'Baosong Yang'] });
    const paper = onlyPaper([DATE, 'Team Paper', '(Qwen Team: An Yang, Baosong Yang, Beichen Zhang)', EN, '#x'].join('\n'));
    assert.equal(paper.team, 'Qwen Team');
    assert.deepEqual(paper.authors, ['An Yang', 'Baosong Yang', 'Beichen Zhang']);
    assert.equal(paper.authorCount, 3);
  });

  it('splits `and`-separated authors, also mixed with commas', () => {
    assert.deepEqual(parseAuthorLine('Chenggang Zhao and Liang Zhao and Jiashi Li'), { team: null, authors: ['Chenggang Zhao', 'Liang Zhao', 'Jiashi Li'] });
    assert.deepEqual(parseAuthorLine('A. Author, B. Author, and C. Author'), { team: null, authors: ['A. Author', 'B. Author', 'C. Author'] });
    assert.deepEqual(parseAuthorLine('Alexandra Anderson and  Randall\tSand'), { team: null, authors: ['Alexandra Anderson', 'Randall Sand'] });
  });

  it('keeps a single author and an empty author line', () => {
    assert.deepEqual(parseAuthorLine('Solo Author'), { team: null, authors: ['Solo Author'] });
    const paper = onlyPaper([DATE, 'Nobody', '()', EN, '#x'].join('\n'));
    assert.deepEqual([paper.authors, paper.authorCount], [[], null]);
  });
});
