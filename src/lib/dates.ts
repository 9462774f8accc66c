/**
 * Dates as the English interface shows them, in one style (`26 Feb 2025`, or `16 Feb` when the
 * source gives no year), with the source's own text kept where it says more (a Korean date). A missing
 * year is never filled in, and newest-first lists keep such dates in a group of their own.
 */
import type { SeedDate } from '../schemas/index.ts';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/**
 * Machine-readable form for `<time datetime>`: `2025-02-26`, or the HTML yearless form
 * `--10-29` when the dump gave no year.
 */
export function datetimeAttr(date: SeedDate): string {
  const month = String(date.month).padStart(2, '0');
  const day = String(date.day).padStart(2, '0');
  return date.year === null ? `--${month}-${day}` : `${date.year}-${month}-${day}`;
}

/** An ISO date for feeds and JSON-LD, only when the year is known. */
export function isoDate(date: SeedDate | null): string | null {
  return date?.year == null ? null : datetimeAttr(date);
}

/** Sort key of an optional date: undated entries sort after every dated one, newest first. */
export function sortKeyOf(date: SeedDate | null): string {
  return date?.sortKey ?? '';
}

/** The site's one date style: day, short month name, year when known. */
export function formatDate(date: SeedDate): string {
  const month = MONTHS[date.month - 1] ?? String(date.month);
  return date.year === null ? `${date.day} ${month}` : `${date.day} ${month} ${date.year}`;
}

/** A month as a chart or a table names it: `Feb 2025`. */
export function formatMonth(year: number, month: number): string {
  return `${MONTHS[month - 1] ?? String(month)} ${year}`;
}

/** The words of an English date in any order and punctuation: `Oct 4, 2019` and `4 Oct 2019` are the same words. */
function dateWords(text: string): string {
  return text
    .toLowerCase()
    .split(/[\s,.]+/u)
    .filter(Boolean)
    .map((word) => word.replace(/^0+(?=\d)/u, '').slice(0, /^\p{L}/u.test(word) ? 3 : undefined))
    .sort()
    .join(' ');
}

/**
 * The source's own text, where it tells the reader more than the site's style does: a date in
 * another script (`2025년 2월 26일`). An English date in another order (`Oct 4, 2019`, `May 14`)
 * says nothing more, so it gives null.
 */
export function asWritten(date: SeedDate): string | null {
  return dateWords(date.text) === dateWords(formatDate(date)) ? null : date.text;
}

/** The three groups of a newest-first list, in the order they are listed. */
export type DateGroup = 'dated' | 'yearless' | 'undated';

export const DATE_GROUPS: Readonly<Record<DateGroup, { readonly heading: string; readonly note: string }>> = {
  dated: { heading: 'Dated', note: 'Newest first.' },
  yearless: {
    heading: 'Date without year',
    note: 'The source gives a month and day but no year, so these are listed apart from the dated ones. Latest month and day first.',
  },
  undated: { heading: 'No date', note: 'The source gives no date.' },
};

export function dateGroup(date: SeedDate | null): DateGroup {
  if (date === null) return 'undated';
  return date.year === null ? 'yearless' : 'dated';
}

/** A stretch of consecutive list items that share a group, with the 1-based position of its first item. */
export interface Run<T, K extends string> {
  readonly key: K;
  readonly items: readonly T[];
  readonly start: number;
}

/**
 * Splits an ordered list (one page of it) into runs of the same group, so each run can be shown
 * under its own heading while the numbering carries on across runs. `start` is the position of
 * the first item in the whole list.
 */
export function runsOf<T, K extends string>(items: readonly T[], keyOf: (item: T) => K, start = 1): Run<T, K>[] {
  const runs: { key: K; items: T[]; start: number }[] = [];
  items.forEach((item, index) => {
    const key = keyOf(item);
    const last = runs.at(-1);
    if (last && last.key === key) last.items.push(item);
    else runs.push({ key, items: [item], start: start + index });
  });
  return runs;
}
