/** Dates exactly as the dumps wrote them; a missing year is never filled in. */
import type { SeedDate } from '../schemas/index.ts';

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
