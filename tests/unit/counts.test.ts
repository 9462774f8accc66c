import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { buildCorpus, parseDump, type Corpus, type Dump } from '../../src/loader/corpus.ts';
import { titleKey } from '../../src/loader/slugs.ts';
import { assertEveryEntryMapped, assertTextKept, realDumps, SEED } from './support.ts';

describe('counts from the five real seeds', () => {
  let dumps: Dump[];
  let corpus: Corpus;
  before(async () => {
    dumps = await realDumps();
    corpus = buildCorpus(dumps);
  });

  const entriesOf = (file: string) => corpus.sources.find((source) => source.file === file)?.entries ?? [];

  it('has one source per dump', () => {
    assert.deepEqual(
      corpus.sources.map((source) => source.file),
      Object.values(SEED),
    );
  });

  it('finds 3 digest papers, 213 + 80 + 49 list and daily entries (345 paper entries) and 15 posts', () => {
    assert.equal(entriesOf(SEED.digest).length, 3);
    assert.equal(entriesOf(SEED.list).length, 213);
    assert.equal(entriesOf(SEED.daily).length, 80);
    assert.equal(entriesOf(SEED.dailyNoMeta).length, 49);
    assert.equal(entriesOf(SEED.blog).length, 15);
    const paperEntries = corpus.sources.flatMap((source) => source.entries).filter((entry) => entry.kind === 'paper');
    assert.equal(paperEntries.length, 3 + 213 + 80 + 49);
    assert.equal(paperEntries.length, 345);
  });

  it('merges the paper entries into 325 distinct papers and keeps 15 posts', () => {
    assert.equal(corpus.papers.length, 325);
    assert.equal(corpus.posts.length, 15);
  });

  it('maps every entry of every source to a paper or post', () => {
    assertEveryEntryMapped(corpus);
  });

  it('keeps every word of every dump in its parse, and in the merged corpus', () => {
    for (const dump of dumps) assertTextKept(dump.text, parseDump(dump), dump.file);
    assertTextKept(dumps.map((dump) => dump.text).join('\n'), corpus, 'all seeds');
  });

  it('makes each of the 20 titles present in two dumps one paper listing both sources', () => {
    const byKey = new Map<string, string[]>();
    for (const source of corpus.sources) {
      for (const entry of source.entries) byKey.set(titleKey(entry.title), [...(byKey.get(titleKey(entry.title)) ?? []), source.file]);
    }
    const twice = [...byKey].filter(([, files]) => files.length > 1);
    assert.equal(twice.length, 20);
    for (const [key, files] of twice) {
      assert.equal(files.length, 2, key);
      const papers = corpus.papers.filter((paper) => titleKey(paper.title) === key);
      assert.equal(papers.length, 1, key);
      assert.deepEqual(
        papers[0]?.sources.map((ref) => ref.file),
        files,
      );
    }
    const multiSource = corpus.papers.filter((paper) => paper.sources.length > 1);
    assert.equal(multiSource.length, 20);
    for (const paper of multiSource) {
      const files = paper.sources.map((ref) => ref.file);
      assert.ok(files.includes(SEED.list), `${paper.title} is in the list dump`);
      assert.ok(files.includes(SEED.daily) || files.includes(SEED.dailyNoMeta), `${paper.title} is in a daily dump`);
    }
  });
});
