/**
 * Which page numbers a list's pager links. A pager that linked every page grew with the list
 * (1,000 links on a list of 50,000 papers), so it shows a window instead: the first and the last
 * page, and the pages within two of the current one. A gap of one page shows that page rather
 * than a gap, so a gap always stands for at least two pages.
 */

/** Pages on either side of the current one. */
export const PAGER_REACH = 2;

/** A page number to link, or a gap of hidden pages between two numbers. */
export type PagerItem = { readonly kind: 'page'; readonly number: number } | { readonly kind: 'gap'; readonly after: number };

export function pagerItems(current: number, count: number, reach = PAGER_REACH): PagerItem[] {
  if (count <= 1) return [];
  const shown = new Set([1, count]);
  for (let number = current - reach; number <= current + reach; number += 1) {
    if (number >= 1 && number <= count) shown.add(number);
  }
  const numbers = [...shown].sort((a, b) => a - b);
  const items: PagerItem[] = [];
  numbers.forEach((number, index) => {
    const previous = numbers[index - 1];
    if (previous !== undefined && number - previous === 2) items.push({ kind: 'page', number: previous + 1 });
    if (previous !== undefined && number - previous > 2) items.push({ kind: 'gap', after: previous });
    items.push({ kind: 'page', number });
  });
  return items;
}
