import { routes } from '../../lib/routes.ts';
import type { OrderName } from '../../search/fields.ts';

/**
 * What a search result is, as the site names its kinds, read from its address (each kind has its
 * own section of the site), and which group of a sorted list it falls in.
 */

const KINDS = [
  { prefix: routes.papers(), name: 'Paper' },
  { prefix: routes.notes(), name: 'Note' },
  { prefix: routes.posts(), name: 'Blog post' },
] as const;

/** `Paper`, `Note` or `Blog post`; null for an address outside those sections. */
export function resultKind(url: string): string | null {
  return KINDS.find(({ prefix }) => url.startsWith(prefix))?.name ?? null;
}

/** A stretch of results in a sorted order, named as the site's own lists name it. */
export interface ResultGroup {
  readonly heading: string;
  readonly note: string;
}

const GROUPS = {
  dated: { heading: 'Dated', note: 'Newest first.' },
  yearless: { heading: 'Date without year', note: 'The source gives a month and day but no year; latest first.' },
  undated: { heading: 'No date', note: 'The source gives no date; blog posts have none.' },
  upvoted: { heading: 'Upvoted on Hugging Face', note: 'Most upvotes first.' },
  unvoted: { heading: 'No upvotes shown', note: 'In order of relevance.' },
} as const satisfies Record<string, ResultGroup>;

/** An unknown year is written `0000` in the day key (see src/schemas/common.ts), so such days sort after known ones. */
const YEARLESS_DAY = /^0000-/u;

/** The group of a result by its key in the order (its day, its upvotes; none when it has no key). */
export function resultGroup(order: OrderName, key: string | undefined): ResultGroup {
  if (order === 'upvotes') return key === undefined ? GROUPS.unvoted : GROUPS.upvoted;
  if (key === undefined) return GROUPS.undated;
  return YEARLESS_DAY.test(key) ? GROUPS.yearless : GROUPS.dated;
}
