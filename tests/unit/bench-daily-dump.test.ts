/**
 * The dump the benchmark adds before timing a rebuild (bench/generate.ts): a day's Hugging Face
 * page of papers new to the site, dated the day after its newest paper, as a researcher clips it.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkCorpus, dayAfter, generateCorpus, generateDailyDump } from '../../bench/generate.ts';
import { buildCorpus } from '../../src/loader/corpus.ts';

describe('the day after', () => {
  it('turns the month, the year and a leap day by the calendar', () => {
    assert.deepEqual(dayAfter('2026-12-31'), { year: 2027, month: 1, day: 1 });
    assert.deepEqual(dayAfter('2024-02-28'), { year: 2024, month: 2, day: 29 });
    assert.deepEqual(dayAfter('2025-02-28'), { year: 2025, month: 3, day: 1 });
    assert.deepEqual(dayAfter('2025-04-30'), { year: 2025, month: 5, day: 1 });
  });
});

describe('the daily dump of the benchmark', () => {
  for (const size of [300, 2000]) {
    it(`adds only new papers, dated the day after the newest, to a corpus of ${size}`, () => {
      const corpus = generateCorpus(size, 11);
      const { parsed } = checkCorpus(corpus);
      const daily = generateDailyDump(parsed, 50, 11);
      const after = buildCorpus([...corpus.dumps, daily]);

      assert.equal(after.papers.length, size + 50, 'no paper of the daily page merged with one of the corpus');
      const added = after.papers.filter((paper) => paper.sources.every((ref) => ref.file === daily.file));
      assert.equal(added.length, 50);

      const newest = parsed.papers
        .flatMap((paper) => paper.dates.map(({ date }) => date))
        .filter((date) => date.year !== null)
        .map((date) => date.sortKey)
        .sort()
        .at(-1);
      assert.ok(newest);
      const next = new Date(`${newest}T00:00:00Z`);
      next.setUTCDate(next.getUTCDate() + 1);
      const [, month, day] = next.toISOString().slice(0, 10).split('-').map(Number);
      for (const paper of added) {
        for (const { date } of paper.dates) {
          assert.deepEqual([date.month, date.day], [month, day], `${paper.title}: ${date.text}`);
          if (date.year !== null) assert.equal(date.sortKey, next.toISOString().slice(0, 10));
        }
      }
      // Most entries omit the year, as on the real pages; some give it.
      const withYear = added.filter((paper) => paper.dates.some(({ date }) => date.year !== null)).length;
      assert.ok(withYear > 0 && withYear < added.length, `${withYear} of ${added.length} entries give a year`);
    });
  }

  it('is dated all the same after a corpus without a dated paper', () => {
    const corpus = buildCorpus([
      { file: '000_list.txt', text: 'Get trending papers in your email inbox!\nSubscribeA Paper\nIts abstract, long enough to be one.\n' },
    ]);
    assert.equal(corpus.papers.length, 1);
    assert.equal(corpus.papers[0]?.dates.length, 0);
    const daily = generateDailyDump(corpus, 5, 3);
    const after = buildCorpus([
      { file: '000_list.txt', text: 'Get trending papers in your email inbox!\nSubscribeA Paper\nIts abstract, long enough to be one.\n' },
      daily,
    ]);
    const dated = after.papers.flatMap((paper) => paper.dates.map(({ date }) => [date.month, date.day]));
    assert.ok(dated.length > 0);
    for (const day of dated) assert.deepEqual(day, [1, 1]);
  });
});
