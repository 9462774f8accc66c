import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildCorpus, parseDump } from '../../src/loader/corpus.ts';
import { assertEveryEntryMapped, assertTextKept, realDump, SEED } from './support.ts';

/** The fuzz and count tests rely on these checks; each must catch the loss it exists for. */
describe('the no-loss checks themselves', () => {
  it('catch a paper missing from the collections', async () => {
    const corpus = buildCorpus([await realDump(SEED.digest)]);
    assertEveryEntryMapped(corpus);
    assert.throws(() => {
      assertEveryEntryMapped({ ...corpus, papers: corpus.papers.slice(1) });
    }, /maps to a record|exactly one record/u);
  });

  it('catch a paper listing a source entry twice or one that does not exist', async () => {
    const corpus = buildCorpus([await realDump(SEED.digest)]);
    const [first, ...rest] = corpus.papers;
    assert.ok(first);
    const doubled = { ...first, sources: [...first.sources, ...first.sources] };
    assert.throws(() => {
      assertEveryEntryMapped({ ...corpus, papers: [doubled, ...rest] });
    });
    const moved = { ...first, sources: [{ ...(first.sources[0] as (typeof first.sources)[number]), position: 9 }] };
    assert.throws(() => {
      assertEveryEntryMapped({ ...corpus, papers: [moved, ...rest] });
    });
  });

  it('catch text the parser dropped', async () => {
    const dump = await realDump(SEED.digest);
    const parsed = parseDump(dump);
    assertTextKept(dump.text, parsed, dump.file);
    const [first, ...rest] = parsed.entries;
    assert.ok(first?.kind === 'paper');
    const withoutCommentary = { ...parsed, entries: [{ ...first, commentary: { ko: first.commentary.ko, en: [] } }, ...rest] };
    assert.throws(() => {
      assertTextKept(dump.text, withoutCommentary, dump.file);
    }, /opensource/u);
  });
});
