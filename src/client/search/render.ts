import { langOf } from '../../lib/text.ts';
import { element, renderExcerpt } from './dom.ts';
import { FILTER_NAMES, META, type FilterName } from '../../search/fields.ts';
import { searchTerms } from './korean-query.ts';
import { type FilterLabels, valueLabel } from '../../search/labels.ts';
import { type FilterCounts, type ResultData, resultExcerpt } from './pagefind-client.ts';
import { resultHref, searchHref } from './links.ts';
import { type ResultGroup, resultKind } from './result-kind.ts';
import { type SearchState, withFilter } from './url-state.ts';

/**
 * DOM for the search page's results, filter chips and facets, built with dom.ts: everything from
 * the index is set as text, never as HTML.
 */

/** What a result shows besides its page's own data, from the order it is listed in. */
export interface ResultPlace {
  /** Its upvotes, when sorted by them. */
  readonly upvotes?: string | undefined;
  /** The group it opens, when it is the first of its group in a sorted list. */
  readonly opensGroup?: ResultGroup | undefined;
}

/**
 * One result: the heading of the group it opens, if any; title linking to the page (which then
 * highlights the words); what it is, its date, upvotes when sorted by them, tags; excerpt.
 */
export function renderResult(data: ResultData, state: SearchState, labels: FilterLabels, place: ResultPlace = {}): HTMLLIElement {
  const item = element('li', 'search-result');
  if (place.opensGroup) {
    const group = element('p', 'search-group', place.opensGroup.heading);
    group.append(element('span', 'search-group-note', ` · ${place.opensGroup.note}`));
    item.append(group);
  }
  const heading = element('h2', 'search-result-title');
  const title = data.meta[META.title] ?? data.url;
  const link = element('a', '', title);
  if (langOf(title) === 'ko') link.lang = 'ko';
  // The words Pagefind searched, so a Korean word typed with another particle is marked too.
  link.href = resultHref(data.url, searchTerms(state.query));
  heading.append(link);
  item.append(heading);

  const facts = element('div', 'search-result-facts');
  const kind = resultKind(data.url);
  if (kind) facts.append(element('span', 'search-result-kind', kind));
  const date = data.meta[META.date];
  if (date) facts.append(element('span', 'search-result-date', date));
  const { upvotes } = place;
  if (upvotes !== undefined) facts.append(element('span', 'search-result-upvotes', `${upvotes} ${upvotes === '1' ? 'upvote' : 'upvotes'}`));
  const tags = data.filters.tag ?? [];
  if (tags.length > 0) {
    const list = element('ul', 'search-result-tags');
    list.setAttribute('aria-label', 'Tags');
    for (const tag of tags) {
      const tagItem = element('li', '');
      const label = valueLabel(labels, 'tag', tag);
      const tagLink = element('a', '', label);
      tagLink.href = searchHref(withFilter(state, 'tag', tag, true));
      tagLink.dataset['filter'] = 'tag';
      tagLink.dataset['value'] = tag;
      tagLink.title = `Only results tagged ${label}`;
      tagItem.append(tagLink);
      list.append(tagItem);
    }
    facts.append(list);
  }
  item.append(facts);

  const excerpt = element('p', 'search-result-excerpt');
  const parts = resultExcerpt(data);
  excerpt.append(renderExcerpt(parts));
  if (langOf(parts.map((part) => part.text).join('')) === 'ko') excerpt.lang = 'ko';
  item.append(excerpt);
  return item;
}

/** A button per active filter that removes it. */
export function renderActiveFilters(state: SearchState, labels: FilterLabels): HTMLButtonElement[] {
  return FILTER_NAMES.flatMap((name) =>
    state.filters[name].map((value) => {
      const button = element('button', 'search-chip');
      button.type = 'button';
      button.dataset['filter'] = name;
      button.dataset['value'] = value;
      button.dataset['remove'] = '';
      button.setAttribute('aria-label', `Remove filter ${labels.groups[name]}: ${valueLabel(labels, name, value)}`);
      button.append(
        element('span', 'search-chip-name', `${labels.groups[name]}: `),
        valueLabel(labels, name, value),
        element('span', 'search-chip-x', ' ×'),
      );
      return button;
    }),
  );
}

/**
 * One group of checkboxes per filter, values by how many results carry them. Values no result
 * carries are left out unless chosen, so every box narrows to something.
 */
export function renderFacets(counts: FilterCounts, state: SearchState, labels: FilterLabels): HTMLFieldSetElement[] {
  return FILTER_NAMES.flatMap((name) => {
    const chosen = new Set(state.filters[name]);
    const values = Object.entries(counts[name] ?? {})
      .filter(([value, count]) => count > 0 || chosen.has(value))
      .sort(([a, countA], [b, countB]) => countB - countA || a.localeCompare(b));
    if (values.length === 0) return [];
    const group = element('fieldset', 'search-facet');
    group.append(element('legend', '', labels.groups[name]));
    for (const [value, count] of values) {
      const label = element('label', 'search-facet-option');
      const box = element('input', '');
      box.type = 'checkbox';
      box.checked = chosen.has(value);
      box.dataset['filter'] = name;
      box.value = value;
      label.append(box, ` ${valueLabel(labels, name, value)} `, element('span', 'search-facet-count', `(${count})`));
      group.append(label);
    }
    return [group];
  });
}

export function isFilterName(value: string | undefined): value is FilterName {
  return (FILTER_NAMES as readonly string[]).includes(value ?? '');
}
