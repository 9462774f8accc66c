/**
 * The groups of a newest-first list, each under its own heading: dated entries, those whose source
 * gives no year, undated ones, then blog posts, which carry no date and keep the blog's order. A
 * yearless date is never read as an old one, and no year is ever filled in.
 */
import type { Listed } from './catalog.ts';
import { DATE_GROUPS, dateGroup, type DateGroup } from './dates.ts';

export type ListGroup = DateGroup | 'posts';

export const LIST_GROUPS: Readonly<Record<ListGroup, { readonly heading: string; readonly note: string }>> = {
  ...DATE_GROUPS,
  posts: { heading: 'Blog posts', note: 'Blog posts carry no date; in the order the blog lists them.' },
};

export function listGroup(item: Listed): ListGroup {
  if (item.kind === 'post') return 'posts';
  return dateGroup(item.kind === 'paper' ? item.paper.date : item.note.date);
}
