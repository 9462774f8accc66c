/**
 * Notes in the four layouts as a researcher writes them on days the five seeds do not show: each case
 * once put text in the wrong place without a word. Each must now come out exact, or fail at its line.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildCorpus, type Dump } from '../../src/loader/corpus.ts';
import type { Paper } from '../../src/schemas/index.ts';
import { corpusOf, DAILY_PAGE_CHROME, seedErrorOf, seedErrorsOf } from './support.ts';

const DATE = '2025년 3월 4일';
const LIST_HEAD = ['Get trending papers in your email inbox once a day!', 'Get trending papers in your email inbox!'];
const DAILY_HEAD = [...DAILY_PAGE_CHROME, 'Mar 4', ''];

/** Abstract-length prose, different for each paper. */
function abstractOf(topic: string): string {
  return (
    `We study ${topic} in large language models across a range of model sizes and tasks. ` +
    `Our experiments show that ${topic} changes what the models learn, and we release code and data for others to build on.`
  );
}

function list(...entries: string[][]): string {
  const lines = entries.flat();
  return [...LIST_HEAD, `Subscribe${lines[0] ?? ''}`, ...lines.slice(1)].join('\n');
}

function daily(...entries: string[][]): string {
  return [...DAILY_HEAD, ...entries.flatMap((lines) => [...lines, ''])].join('\n');
}

function paperTitled(papers: readonly Paper[], title: string): Paper {
  const found = papers.find((paper) => paper.title === title);
  assert.ok(found, `${title} among ${papers.map((paper) => paper.title).join(' | ')}`);
  return found;
}

describe('an abstract with Korean commentary and no English commentary', () => {
  const ABSTRACT = 'We present a short abstract. It is about as long as the Korean commentary.';
  const KO = '짧은 초록이지만 한국어 코멘트만 달았습니다. 영어 번역은 없습니다.';

  it('keeps the abstract as the abstract, whatever its length', () => {
    const paper = corpusOf([DATE, 'Short Abstract Paper', '(A. Author)', ABSTRACT, KO, '#x'].join('\n')).papers[0];
    assert.deepEqual([paper?.abstract, paper?.commentary.ko, paper?.commentary.en], [[ABSTRACT], [KO], []]);
  });

  it('shows it once when a Hugging Face page has the same abstract', () => {
    const corpus = buildCorpus([
      { file: 'digest.txt', text: [DATE, 'Short Abstract Paper', '(A. Author)', ABSTRACT, KO, '#x'].join('\n') },
      { file: 'list.txt', text: list(['Short Abstract Paper', ABSTRACT]) },
    ]);
    assert.equal(corpus.papers.length, 1);
    assert.deepEqual([corpus.papers[0]?.abstract, corpus.papers[0]?.commentary.en], [[ABSTRACT], []]);
  });
});

describe('Hugging Face list pages with missing abstracts', () => {
  it('reports one missing abstract at its own title, and reads the entries after it in place', () => {
    const text = list(['First Title', abstractOf('first')], ['Second Title'], ['Third Title', abstractOf('third')]);
    const error = seedErrorOf(text, 'list.txt');
    assert.equal(error.line, 5, error.message);
    assert.match(error.reason, /^expected an abstract line after this title; the next line "Third Title" reads as a title/u);
  });

  it('reports two missing abstracts at both titles and never swaps a title for an abstract', () => {
    const text = list(['First Title', abstractOf('first')], ['Second Title'], ['Third Title'], ['Fourth Title', abstractOf('fourth')]);
    const errors = seedErrorsOf(() => corpusOf(text, 'list.txt'));
    assert.deepEqual(
      errors.map((error) => error.line),
      [5, 6],
    );
  });

  it('reports an abstract with no title above it at the abstract', () => {
    const text = list(['First Title', abstractOf('first'), abstractOf('stray')], ['Fourth Title', abstractOf('fourth')]);
    const error = seedErrorOf(text, 'list.txt');
    assert.equal(error.line, 5);
    assert.match(error.reason, /^expected a paper title; this line reads as an abstract/u);
  });
});

describe('Hugging Face daily pages', () => {
  it('keeps an organisation line right after a title with no abstract as the organisation', () => {
    const { papers } = corpusOf(
      daily(['No Abstract Here'], ['deepseek-ai DeepSeek', '·', 'May 14 5'], ['Next Title'], [abstractOf('next')]),
    );
    const paper = paperTitled(papers, 'No Abstract Here');
    assert.deepEqual(
      [paper.abstract, paper.organisation, paper.date?.text, paper.upvotes],
      [[], { handle: 'deepseek-ai', name: 'DeepSeek' }, 'May 14', 5],
    );
    assert.deepEqual(paperTitled(papers, 'Next Title').abstract, [abstractOf('next')]);
  });

  it('reads a title followed by `·` and its date after a blank line', () => {
    const { papers } = corpusOf(daily(['Dated Title'], ['·', 'Jan 11, 2024 2'], ['Next Title'], [abstractOf('next')]));
    const paper = paperTitled(papers, 'Dated Title');
    assert.deepEqual([paper.abstract, paper.date?.text, paper.upvotes], [[], 'Jan 11, 2024', 2]);
  });

  it('keeps the first word of a first title that starts with "Subscribe"', () => {
    const { papers } = corpusOf(daily(['Subscriber Churn Prediction with Language Models'], [abstractOf('churn')]));
    assert.deepEqual(
      papers.map((paper) => paper.title),
      ['Subscriber Churn Prediction with Language Models'],
    );
    const glued = corpusOf(list(['Subscriber Churn Prediction with Language Models', abstractOf('churn')])).papers;
    assert.deepEqual(
      glued.map((paper) => paper.title),
      ['Subscriber Churn Prediction with Language Models'],
    );
  });

  it('accepts a title with no abstract when the next title and its abstract follow', () => {
    const { papers } = corpusOf(daily(['Only A Title'], ['Next Title'], [abstractOf('next')]));
    assert.deepEqual(
      papers.map((paper) => [paper.title, paper.abstract.length]),
      [
        ['Only A Title', 0],
        ['Next Title', 1],
      ],
    );
  });

  it('reports a line that could be an abstract or the next title', () => {
    const error = seedErrorOf(daily(['First Title'], ['Maybe A Title'], ['·', 'May 2']), 'daily.txt');
    assert.equal(error.line, 15);
    assert.match(error.reason, /^cannot tell whether this line is the abstract of the title on line 13 or a new title/u);
  });
});

describe('merging one paper across dumps', () => {
  const LONG_AUTHORS = Array.from({ length: 12 }, (_, index) => `Author ${String.fromCharCode(65 + index)}`);

  it('keeps a team from one dump and the author count of another', () => {
    const corpus = buildCorpus([
      {
        file: 'a.txt',
        text: [DATE, 'Big Team Report', '(Qwen Team: An Yang, Baosong Yang)', '큰 팀의 보고서입니다.', '#scaling'].join('\n'),
      },
      { file: 'b.txt', text: daily(['Big Team Report'], [abstractOf('big teams')], ['  • 127 authors', '·', 'Jul 15, 2024 9']) },
    ]);
    const paper = corpus.papers[0];
    assert.deepEqual([paper?.team, paper?.authors, paper?.authorCount], ['Qwen Team', ['An Yang', 'Baosong Yang'], 127]);
  });

  it('stores the larger count beside the names listed', () => {
    const corpus = buildCorpus([
      { file: 'a.txt', text: [DATE, 'Counted Twice', `(${LONG_AUTHORS.join(', ')})`, '저자가 많습니다.', '#x'].join('\n') },
      { file: 'b.txt', text: daily(['Counted Twice'], [abstractOf('counting')], ['  • 17 authors', '·', 'Jul 15, 2024']) },
    ]);
    assert.deepEqual([corpus.papers[0]?.authors.length, corpus.papers[0]?.authorCount], [12, 17]);
  });

  it('keeps the date of the note and the date of the listing, labelled, and sorts by the note', () => {
    const corpus = buildCorpus([
      { file: 'z-daily.txt', text: daily(['Twice Dated'], [abstractOf('dates')], ['·', 'Jan 11, 2024 2']) },
      { file: 'a-digest.txt', text: [DATE, 'Twice Dated', '(A)', '두 날짜가 있습니다.', '#x'].join('\n') },
      { file: 'm-yearless.txt', text: daily(['Twice Dated'], [abstractOf('dates')], ['·', 'Jan 12']) },
    ]);
    const paper = corpus.papers[0];
    assert.deepEqual(
      paper?.dates.map((entry) => [entry.kind, entry.date.text, entry.sources]),
      [
        ['noted', DATE, ['a-digest']],
        ['listed', 'Jan 11, 2024', ['z-daily']],
        ['listed', 'Jan 12', ['m-yearless']],
      ],
    );
    assert.equal(paper.date?.text, DATE);
  });

  it('gives the same records whatever the order and names of the files', () => {
    const texts = [
      [
        DATE,
        'Scaling Laws: A Survey',
        '(Ada Lovelace: B. One, C. Two)',
        abstractOf('short'),
        '스케일링 법칙 정리.',
        'A survey of scaling laws.',
        '#scaling',
      ].join('\n'),
      daily(
        ['scaling laws — a survey!'],
        [abstractOf('a much longer abstract that says more about scaling')],
        ['  • 7 authors', '·', 'May 23 3'],
      ),
      daily(['SCALING LAWS: A SURVEY'], [abstractOf('scaling')], ['openbmb OpenBMB', '·', 'Jan 2, 2024 5']),
      list(['Scaling Laws:  A Survey', abstractOf('list')]),
      [DATE.replace('4일', '9일'), 'Scaling laws: a survey', '(Solo)', '두 번째 메모입니다.', 'A second note.', '#survey'].join('\n'),
    ];
    const names = ['a.txt', 'b.txt', 'c.txt', 'd.txt', 'e.txt'];
    /** Everything but the names of the sources, which follow the files. */
    const content = (dumps: Dump[]) =>
      buildCorpus(dumps).papers.map((paper) => ({
        ...paper,
        sources: paper.sources.length,
        dates: paper.dates.map((entry) => [entry.kind, entry.date]),
      }));
    const expected = content(texts.map((text, index) => ({ file: names[index] as string, text })));
    const orders = [
      [4, 3, 2, 1, 0],
      [2, 0, 4, 1, 3],
      [1, 4, 0, 3, 2],
    ];
    for (const order of orders) {
      const renamed = order.map((from, index) => ({ file: names[index] as string, text: texts[from] as string }));
      assert.deepEqual(content(renamed), expected, `order ${order.join(',')}`);
    }
    assert.equal(expected.length, 1);
    assert.equal(expected[0]?.title, 'Scaling Laws: A Survey');
    assert.deepEqual(expected[0].commentary.en, ['A survey of scaling laws.', 'A second note.']);
  });
});

describe('the merge key', () => {
  it('keeps titles apart that differ only by a meaningful symbol', () => {
    const corpus = buildCorpus([
      {
        file: 'a.txt',
        text: list(
          ['C++ Program Synthesis', abstractOf('C++')],
          ['ZeRO++: Extremely Efficient Collective Communication', abstractOf('ZeRO++')],
        ),
      },
      {
        file: 'b.txt',
        text: list(['C Program Synthesis', abstractOf('C')], ['ZeRO: Extremely Efficient Collective Communication', abstractOf('ZeRO')]),
      },
    ]);
    assert.equal(corpus.papers.length, 4);
    assert.deepEqual(paperTitled(corpus.papers, 'C++ Program Synthesis').abstract, [abstractOf('C++')]);
    assert.deepEqual(paperTitled(corpus.papers, 'C Program Synthesis').abstract, [abstractOf('C')]);
    assert.equal(new Set(corpus.papers.map((paper) => paper.slug)).size, 4);
  });

  it('merges titles that differ by Unicode form, case folding or Latin accents', () => {
    const corpus = buildCorpus([
      { file: 'a.txt', text: list(['Café Straße Models', abstractOf('one')]) },
      { file: 'b.txt', text: list(['CAFE\u0301 STRASSE MODELS', abstractOf('two')]) },
      { file: 'c.txt', text: list(['Cafe Strasse Models', abstractOf('three')]) },
    ]);
    assert.equal(corpus.papers.length, 1, corpus.papers.map((paper) => paper.title).join(' | '));
    assert.equal(corpus.papers[0]?.sources.length, 3);
  });
});

describe('impossible dates', () => {
  it('rejects a digest date that is not on the calendar', () => {
    const error = seedErrorOf(['2025년 2월 31일', 'Title', '(A)', '한국어 코멘트입니다.', '#x'].join('\n'), 'digest.txt');
    assert.equal(error.line, 1);
    assert.match(error.reason, /`2025년 2월 31일` is not a day of the calendar$/u);
  });

  it('rejects Feb 31 on a daily page and accepts a yearless Feb 29', () => {
    const error = seedErrorOf(daily(['Title'], [abstractOf('dates')], ['·', 'Feb 31']), 'daily.txt');
    assert.equal(error.line, 18);
    assert.match(error.reason, /`Feb 31` is not a day of the calendar$/u);
    assert.equal(corpusOf(daily(['Title'], [abstractOf('dates')], ['·', 'Feb 29'])).papers[0]?.date?.text, 'Feb 29');
    assert.match(seedErrorOf(daily(['Title'], [abstractOf('dates')], ['·', 'Feb 29, 2025'])).reason, /`Feb 29, 2025` is not a day/u);
  });
});
