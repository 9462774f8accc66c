/**
 * Dates as the English interface shows them, in one style (`26 Feb 2025`, or `16 Feb` when the
 * dump gives no year), with the dump's own text kept wherever it reads differently. A missing
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

/** The dump's own text when it differs from the site's style (`2025년 2월 26일`, `Oct 4, 2019`); null when it reads the same. */
export function asWritten(date: SeedDate): string | null {
  return date.text.replace(/\s+/gu, ' ').trim() === formatDate(date) ? null : date.text;
}

/** The three groups of a newest-first list, in the order they are listed. */
export type DateGroup = 'dated' | 'yearless' | 'undated';

export const DATE_GROUPS: Readonly<Record<DateGroup, { readonly heading: string; readonly note: string }>> = {
  dated: { heading: 'Dated', note: 'Newest first.' },
  yearless: {
    heading: 'Date without year',
    note: 'The dump gives a month and day but no year, so these are not placed among the dated papers. Latest month and day first.',
  },
  undated: { heading: 'No date', note: 'The dump gives no date.' },
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
