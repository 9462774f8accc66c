/** The orders of paper lists: newest first (the default everywhere) and most upvoted first (`/papers/top/`). */
import type { Paper } from '../schemas/index.ts';
import { sortKeyOf } from './dates.ts';

export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * By date, newest first: papers with a full date, then those whose dump gives no year (by month
 * and day), then undated ones; ties go to later dumps first, then dump order.
 */
export function newestFirst(a: Paper, b: Paper): number {
  const byDate = compareText(sortKeyOf(b.date), sortKeyOf(a.date));
  if (byDate !== 0) return byDate;
  const [refA, refB] = [a.sources[0], b.sources[0]];
  const byDump = compareText(refB?.file ?? '', refA?.file ?? '');
  return byDump !== 0 ? byDump : (refA?.position ?? 0) - (refB?.position ?? 0) || compareText(a.slug, b.slug);
}

/** Most Hugging Face upvotes first, ties newest first; papers the sources show no upvotes for come after. */
export function mostUpvotedFirst(a: Paper, b: Paper): number {
  return (b.upvotes ?? -1) - (a.upvotes ?? -1) || newestFirst(a, b);
}
