import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { buildCorpus, type Corpus } from '../../src/loader/corpus.ts';
import { parseAuthorLine } from '../../src/loader/parsers/digest.ts';
import type { Paper } from '../../src/schemas/index.ts';
import { corpusOf, realDump, SEED, seedErrorOf } from './support.ts';

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
    assert.deepEqual(corpus.sources[0].date, { text: DATE, year: 2025, month: 2, day: 26, sortKey: '2025-02-26' });
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
    assert.equal(deepGemm.date.sortKey, '2025-02-26');
    assert.deepEqual(
      deepGemm.sources.map((ref) => [ref.layout, ref.position, ref.line]),
      [['digest', 1, 2]],
    );
  });

  it('takes the English paragraph before the Korean as SWE-RL abstract', () => {
    const sweRl = paper('SWE-RL');
    assert.equal(sweRl.abstract.length, 1);
    assert.match(sweRl.abstract[0] ?? '', /^The recent DeepSeek-R1 release has demonstrated/u);
    assert.match(sweRl.abstract[0] ?? '', /medium-sized \(<100B\) LLMs/u);
    assert.deepEqual(sweRl.commentary.ko, ['GitHub PR 데이터를 사용한 추론 RL. 보상으로는 작성한 코드와 정답의 문자열 매칭을 사용했군요.']);
    assert.deepEqual(sweRl.commentary.en, [
      'Reasoning RL using GitHub PR data. For the reward, they used string matching between the generated code and the ground truth.',
    ]);
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

describe('digest prose split by its order, never by its length', () => {
  const fields = (paper: Paper) => [paper.abstract, paper.commentary.ko, paper.commentary.en];

  it('reads abstract, Korean, English in the usual order', () => {
    const paper = onlyPaper([DATE, 'Usual Order', '(A)', ABSTRACT, KO, EN, '#x'].join('\n'));
    assert.deepEqual(fields(paper), [[ABSTRACT], [KO], [EN]]);
  });

  it('keeps an abstract followed by Korean commentary only as the abstract, however short the abstract', () => {
    // A length ratio once read a short abstract here as English commentary.
    const short = 'A short abstract of two sentences. It is not much longer than the Korean.';
    for (const abstract of [ABSTRACT, short]) {
      const paper = onlyPaper([DATE, 'Korean Only', '(A)', abstract, KO, '#x'].join('\n'));
      assert.deepEqual(fields(paper), [[abstract], [KO], []]);
    }
  });

  it('reads all the English before the first Korean paragraph as the abstract', () => {
    assert.deepEqual(fields(onlyPaper([DATE, 'Two Before', '(A)', ABSTRACT, EN, KO, '#x'].join('\n'))), [[ABSTRACT, EN], [KO], []]);
    assert.deepEqual(fields(onlyPaper([DATE, 'One Before', '(A)', EN, KO, '#x'].join('\n'))), [[EN], [KO], []]);
  });

  it('reads English with no Korean at all as the abstract', () => {
    assert.deepEqual(fields(onlyPaper([DATE, 'English Only', '(A)', ABSTRACT, EN, '#x'].join('\n'))), [[ABSTRACT, EN], [], []]);
    assert.deepEqual(fields(onlyPaper([DATE, 'Lone English', '(A)', EN, '#x'].join('\n'))), [[EN], [], []]);
  });

  it('reads a lone Korean paragraph as Korean commentary', () => {
    assert.deepEqual(fields(onlyPaper([DATE, 'Lone Korean', '(A)', KO, '#x'].join('\n'))), [[], [KO], []]);
  });

  it('keeps commentary of several paragraphs in order, Korean and English interleaved or not', () => {
    const KO2 = '두 번째 문단도 한국어입니다.';
    const EN2 = 'The second paragraph is English too.';
    const usual = onlyPaper([DATE, 'Multi Usual', '(A)', ABSTRACT, KO, KO2, EN, EN2, '#x'].join('\n'));
    assert.deepEqual(fields(usual), [[ABSTRACT], [KO, KO2], [EN, EN2]]);
    const interleaved = onlyPaper([DATE, 'Multi Interleaved', '(A)', ABSTRACT, KO, EN, KO2, EN2, '#x'].join('\n'));
    assert.deepEqual(fields(interleaved), [[ABSTRACT], [KO, KO2], [EN, EN2]]);
  });
});

describe('digest entries run from a title to its #tags line', () => {
  it('keeps a commentary line written wholly in brackets as commentary, not a new paper', () => {
    const aside = '(업데이트: 코드가 공개되었습니다.)';
    const asideEn = '(Update: the code is out.)';
    const text = [DATE, 'With Asides', '(A, B)', ABSTRACT, KO, aside, EN, asideEn, '#x #y', 'Next', '(C)', KO, '#z'].join('\n');
    const { papers } = corpusOf(text);
    assert.deepEqual(
      papers.map((paper) => [paper.title, paper.authors, paper.abstract, paper.commentary.ko, paper.commentary.en, paper.tags]),
      [
        ['With Asides', ['A', 'B'], [ABSTRACT], [KO, aside], [EN, asideEn], ['x', 'y']],
        ['Next', ['C'], [], [KO], [], ['z']],
      ],
    );
  });

  it('reads a bracketed line right after the author line as prose', () => {
    const paper = onlyPaper([DATE, 'Aside First', '(A)', '(Equal contribution.)', KO, '#x'].join('\n'));
    assert.deepEqual([paper.authors, paper.abstract, paper.commentary.ko], [['A'], ['(Equal contribution.)'], [KO]]);
  });

  it('reports a title and author line inside an entry whose #tags line is missing, instead of guessing', () => {
    const error = seedErrorOf([DATE, 'First', '(A)', ABSTRACT, KO, EN, 'Second', '(B)', EN, '#y'].join('\n'), 'digest.txt');
    assert.equal(error.line, 8);
    assert.match(error.reason, /"Second" \(line 7\)/u);
    assert.match(
      error.reason,
      /expected a `#tags` line ending the entry of line 2 before a new title, or a finished sentence before an aside$/u,
    );
  });

  it('lets the last entry end with the file, without #tags', () => {
    const { papers } = corpusOf([DATE, 'First', '(A)', KO, '#x', 'Last', '(B)', KO].join('\n'));
    assert.deepEqual(
      papers.map((paper) => [paper.title, paper.tags]),
      [
        ['First', ['x']],
        ['Last', []],
      ],
    );
  });
});

describe('digest author lines', () => {
  it('reads a `(Team: A, B)` prefix as the team', () => {
    const qwen = parseAuthorLine('Qwen Team: An Yang, Baosong Yang');
    assert.deepEqual(qwen, { team: 'Qwen Team', authors: ['An Yang', 'Baosong Yang'], problem: null });
    const paper = onlyPaper([DATE, 'Team Paper', '(Qwen Team: An Yang, Baosong Yang, Beichen Zhang)', EN, '#x'].join('\n'));
    assert.equal(paper.team, 'Qwen Team');
    assert.deepEqual(paper.authors, ['An Yang', 'Baosong Yang', 'Beichen Zhang']);
    assert.equal(paper.authorCount, 3);
  });

  it('reads a team that itself holds commas', () => {
    const ling = parseAuthorLine('Codefuse, Ling Team: Wenting Cai, Yiming Hu');
    assert.deepEqual(ling, { team: 'Codefuse, Ling Team', authors: ['Wenting Cai', 'Yiming Hu'], problem: null });
    const paper = onlyPaper([DATE, 'Ling Paper', '(Codefuse, Ling Team: A, B)', KO, '#x'].join('\n'));
    assert.deepEqual([paper.team, paper.authors, paper.authorCount], ['Codefuse, Ling Team', ['A', 'B'], 2]);
  });

  it('reports an author line with an empty team or a second colon', () => {
    assert.match(seedErrorOf([DATE, 'T', '(: A, B)', KO, '#x'].join('\n')).reason, /^expected a team name before the `:`/u);
    assert.match(seedErrorOf([DATE, 'T', '(Team: A: B)', KO, '#x'].join('\n')).reason, /^expected one `:` in the author line/u);
  });

  it('splits `and`-separated authors, also mixed with commas', () => {
    assert.deepEqual(parseAuthorLine('Chenggang Zhao and Liang Zhao and Jiashi Li').authors, ['Chenggang Zhao', 'Liang Zhao', 'Jiashi Li']);
    assert.deepEqual(parseAuthorLine('A. Author, B. Author, and C. Author').authors, ['A. Author', 'B. Author', 'C. Author']);
    assert.deepEqual(parseAuthorLine('Alexandra Anderson and  Randall\tSand').authors, ['Alexandra Anderson', 'Randall Sand']);
  });

  it('keeps a single author and an empty author line', () => {
    assert.deepEqual(parseAuthorLine('Solo Author'), { team: null, authors: ['Solo Author'], problem: null });
    const paper = onlyPaper([DATE, 'Nobody', '()', EN, '#x'].join('\n'));
    assert.deepEqual([paper.authors, paper.authorCount], [[], null]);
  });
});
