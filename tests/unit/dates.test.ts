import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { asWritten, dateGroup, formatDate, runsOf } from '../../src/lib/dates.ts';
import { readHfDate, readKoreanDate } from '../../src/loader/dates.ts';

/** A date as the loader reads it from a digest heading or a Hugging Face line. */
const parseSeedDate = (text: string) => {
  const korean = readKoreanDate(text);
  if (korean?.ok) return korean.value;
  const listed = readHfDate(text);
  return listed?.ok ? listed.value.date : null;
};

describe('the site’s date style', () => {
  const CASES: [string, string, string | null][] = [
    ['2025년 2월 26일', '26 Feb 2025', '2025년 2월 26일'],
    // The same words in another order say nothing more than the site's style.
    ['Oct 4, 2019', '4 Oct 2019', null],
    ['Feb 16', '16 Feb', null],
  ];
  for (const [text, shown, written] of CASES) {
    it(`shows “${text}” as “${shown}”`, () => {
      const date = parseSeedDate(text);
      assert.ok(date, text);
      assert.equal(formatDate(date), shown);
      assert.equal(asWritten(date), written);
    });
  }

  it('gives no original text when the dump already wrote the site’s style', () => {
    assert.equal(asWritten({ text: '16 Feb', year: null, month: 2, day: 16, sortKey: '0000-02-16' }), null);
  });

  it('never adds a year the dump left out', () => {
    const date = parseSeedDate('May 23');
    assert.ok(date);
    assert.doesNotMatch(formatDate(date), /\d{4}/u);
  });
});

describe('date groups of a newest-first list', () => {
  const full = { text: 'Jan 9, 2024', year: 2024, month: 1, day: 9, sortKey: '2024-01-09' };
  const yearless = { text: 'Oct 29', year: null, month: 10, day: 29, sortKey: '0000-10-29' };

  it('tells dated, yearless and undated apart', () => {
    assert.deepEqual([dateGroup(full), dateGroup(yearless), dateGroup(null)], ['dated', 'yearless', 'undated']);
  });

  it('splits a page into runs whose numbering carries on', () => {
    const items = ['a', 'b', 'c', 'd', 'e'];
    const groups: Record<string, string> = { a: 'dated', b: 'dated', c: 'yearless', d: 'undated', e: 'undated' };
    const runs = runsOf(items, (item) => groups[item] ?? '', 51);
    assert.deepEqual(runs, [
      { key: 'dated', items: ['a', 'b'], start: 51 },
      { key: 'yearless', items: ['c'], start: 53 },
      { key: 'undated', items: ['d', 'e'], start: 54 },
    ]);
    assert.deepEqual(
      runsOf([], () => 'x'),
      [],
    );
  });
});
