/**
 * The dump the benchmark adds before timing a rebuild (bench/generate.ts): a day's Hugging Face
 * page of papers new to the site, dated the day after its newest paper, as a researcher clips it.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkCorpus, generateCorpus, generateDailyDump } from '../../bench/generate.ts';
import { buildCorpus } from '../../src/loader/corpus.ts';

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
});
