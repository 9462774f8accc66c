import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { buildCorpus, type Corpus } from '../../src/loader/corpus.ts';
import { sourceName, sourceNames } from '../../src/lib/source-names.ts';
import type { Source } from '../../src/schemas/index.ts';
import { realDumps, SEED } from './support.ts';

function source(fields: Partial<Source> & Pick<Source, 'id' | 'layout'>): Source {
  return { file: `${fields.id}.txt`, heading: null, date: null, lineCount: 10, entries: [], ...fields };
}

const paper = (title: string, line: number) => ({ kind: 'paper' as const, slug: title.toLowerCase().replace(/\W+/gu, '-'), title, line });

describe('source names from the real seeds', () => {
  let corpus: Corpus;
  before(async () => {
    corpus = buildCorpus(await realDumps());
  });
  const nameOf = (file: string) => {
    const found = corpus.sources.find((each) => each.file === file);
    assert.ok(found, file);
    return sourceNames(corpus.sources).get(found.id);
  };

  it('names a digest by its date in the site’s style', () => {
    assert.equal(nameOf(SEED.digest), 'Notes digest — 26 Feb 2025');
  });
  it('names a daily page by its yearless date, without a year', () => {
    assert.equal(nameOf(SEED.daily), 'Hugging Face Daily Papers — 29 Oct');
  });
  it('names a blog dump by its tag', () => {
    assert.equal(nameOf(SEED.blog), 'Blog posts tagged “ml”');
  });
  it('names an undated list by what it holds', () => {
    assert.equal(nameOf(SEED.list), 'Hugging Face paper list — 213 papers');
  });
  it('never uses a file name', () => {
    for (const name of sourceNames(corpus.sources).values()) assert.doesNotMatch(name, /\.txt|\d{3}_[0-9a-f]{16}/u);
  });
});

describe('source names', () => {
  it('keeps a heading that is not a date', () => {
    const named = sourceName(source({ id: 'a', layout: 'hf-daily', heading: 'Trending   this week' }));
    assert.equal(named, 'Hugging Face Daily Papers — Trending this week');
  });

  it('counts papers and blog posts of a dump with no heading', () => {
    const entries = [paper('One', 1), { kind: 'post' as const, slug: 'n', title: 'Note', line: 3 }];
    assert.equal(sourceName(source({ id: 'b', layout: 'hf-list', entries })), 'Hugging Face paper list — 1 paper, 1 blog post');
    assert.equal(sourceName(source({ id: 'c', layout: 'hf-list' })), 'Hugging Face paper list — no entries');
  });

  it('tells dumps that would share a name apart by their first entry, then by file order', () => {
    const date = { text: 'Oct 29', year: null, month: 10, day: 29, sortKey: '0000-10-29' };
    const names = sourceNames([
      source({ id: '010_b', layout: 'hf-daily', date, entries: [paper('Second paper', 2)] }),
      source({ id: '009_a', layout: 'hf-daily', date, entries: [paper('First paper', 2)] }),
      source({ id: '011_c', layout: 'hf-list', entries: [paper('Same', 1)] }),
      source({ id: '012_d', layout: 'hf-list', entries: [paper('Same', 1)] }),
    ]);
    assert.deepEqual(Object.fromEntries(names), {
      '009_a': 'Hugging Face Daily Papers — 29 Oct, starting with “First paper”',
      '010_b': 'Hugging Face Daily Papers — 29 Oct, starting with “Second paper”',
      '011_c': 'Hugging Face paper list — 1 paper (1 of 2)',
      '012_d': 'Hugging Face paper list — 1 paper (2 of 2)',
    });
  });
});
