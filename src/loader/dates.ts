import type { SeedDate } from '../schemas/index.ts';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const KOREAN_DATE = /^(\d{4})년\s*(\d{1,2})월\s*(\d{1,2})일$/u;
/** `May 23`, `May 23 2` (2 upvotes), `Jan 11, 2024`, `Jan 11, 2024 2`. */
const HF_DATE = /^([A-Z][a-z]{2})\s+(\d{1,2})(?:,\s*(\d{4}))?(?:\s+(\d+))?$/;

function seedDate(text: string, year: number | null, month: number, day: number): SeedDate | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  if (year !== null && (year < 1900 || year > 2999)) return null;
  const pad = (value: number, width: number) => String(value).padStart(width, '0');
  return { text, year, month, day, sortKey: `${pad(year ?? 0, 4)}-${pad(month, 2)}-${pad(day, 2)}` };
}

/** Parses the digest's heading date, e.g. `2025년 2월 26일`. */
export function parseKoreanDate(text: string): SeedDate | null {
  const match = KOREAN_DATE.exec(text.trim());
  if (!match) return null;
  return seedDate(match[0], Number(match[1]), Number(match[2]), Number(match[3]));
}

/** Parses a Hugging Face date line; the optional trailing number is the upvote count. */
export function parseHfDate(text: string): { date: SeedDate; upvotes: number | null } | null {
  const match = HF_DATE.exec(text.trim());
  if (!match) return null;
  const month = MONTHS.indexOf(match[1] ?? '') + 1;
  const year = match[3] === undefined ? null : Number(match[3]);
  const shown = match[3] === undefined ? `${match[1]} ${match[2]}` : `${match[1]} ${match[2]}, ${match[3]}`;
  const date = seedDate(shown, year, month, Number(match[2]));
  if (!date) return null;
  return { date, upvotes: match[4] === undefined ? null : Number(match[4]) };
}
