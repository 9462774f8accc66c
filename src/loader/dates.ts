import type { SeedDate } from '../schemas/index.ts';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const KOREAN_DATE = /^(\d{4})년\s*(\d{1,2})월\s*(\d{1,2})일$/u;
/** `May 23`, `May 23 2` (2 upvotes), `Jan 11, 2024`, `Jan 11, 2024 2`. */
const HF_DATE = /^([A-Z][a-z]{2})\s+(\d{1,2})(?:,\s*(\d{4}))?(?:\s+(\d+))?$/u;
const FIRST_YEAR = 1900;
const LAST_YEAR = 2999;

/** A line written like a date, which is either a real date or names the reason it cannot be one. */
export type DateReading<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: string };

function daysIn(month: number, year: number | null): number {
  if (month === 2) return year === null || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Checks a written date against the calendar; a yearless Feb 29 is possible, since some year has one. */
function seedDate(text: string, year: number | null, month: number, day: number): DateReading<SeedDate> {
  if (year !== null && (year < FIRST_YEAR || year > LAST_YEAR)) {
    return { ok: false, reason: `\`${text}\` has a year outside ${FIRST_YEAR}–${LAST_YEAR}` };
  }
  if (month < 1 || month > 12) return { ok: false, reason: `\`${text}\` has no month ${month}` };
  if (day < 1 || day > daysIn(month, year)) return { ok: false, reason: `\`${text}\` is not a day of the calendar` };
  const pad = (value: number, width: number) => String(value).padStart(width, '0');
  return { ok: true, value: { text, year, month, day, sortKey: `${pad(year ?? 0, 4)}-${pad(month, 2)}-${pad(day, 2)}` } };
}

/** True when a line is written as a digest date (`2025년 2월 26일`), possible or not. */
export function looksLikeKoreanDate(text: string): boolean {
  return KOREAN_DATE.test(text.trim());
}

/** Reads the digest's heading date, e.g. `2025년 2월 26일`; null when the line is not written as one. */
export function readKoreanDate(text: string): DateReading<SeedDate> | null {
  const match = KOREAN_DATE.exec(text.trim());
  if (!match) return null;
  return seedDate(match[0], Number(match[1]), Number(match[2]), Number(match[3]));
}

/**
 * Reads a Hugging Face date line; the optional trailing number is the upvote count. Null when the
 * line is not written as such a date (`yesterday`, `May`), a reason when it is but cannot be one (`Feb 31`).
 */
export function readHfDate(text: string): DateReading<{ date: SeedDate; upvotes: number | null }> | null {
  const match = HF_DATE.exec(text.trim());
  if (!match) return null;
  const month = MONTHS.indexOf(match[1] ?? '') + 1;
  const year = match[3] === undefined ? null : Number(match[3]);
  const shown = match[3] === undefined ? `${match[1]} ${match[2]}` : `${match[1]} ${match[2]}, ${match[3]}`;
  // `Fox 2` is not written as a date at all.
  if (month === 0) return null;
  const date = seedDate(shown, year, month, Number(match[2]));
  if (!date.ok) return date;
  return { ok: true, value: { date: date.value, upvotes: match[4] === undefined ? null : Number(match[4]) } };
}
