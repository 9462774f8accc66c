import { FILTER_NAMES, type FilterName } from './facts.ts';
import { type FilterLabels, valueLabel } from './labels.ts';
import type { FilterCounts, ResultData } from './pagefind-client.ts';
import { HIGHLIGHT_PARAM, SEARCH_PAGE } from './config.ts';
import { searchTerms } from './korean-query.ts';
import { type SearchState, stateToSearch, withFilter } from './url-state.ts';

/**
 * DOM for the search page's results, filter chips and facets. Everything from the index is set
 * as text, never as HTML: indexed text comes from untrusted seed dumps.
 */

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Link to the search page for a state, so filter links work when opened in a new tab or shared. */
export function searchHref(state: SearchState): string {
  return `${SEARCH_PAGE}${stateToSearch(state)}`;
}

/**
 * Link to a result that makes the opened page mark the searched words. The words go as searched:
 * Pagefind's own highlight links carry its normalised form, which splits Hangul syllables into
 * jamo that the page's text never contains.
 */
export function resultHref(url: string, query: string): string {
  const words = query.replaceAll('"', ' ').trim().split(/\s+/u).filter((word) => word !== '');
  if (words.length === 0) return url;
  const target = new URL(url, location.origin);
  for (const word of words) target.searchParams.append(HIGHLIGHT_PARAM, word);
  return `${target.pathname}${target.search}${target.hash}`;
}

/**
 * Pagefind's excerpt is text with `<` and `>` escaped and each matched word wrapped in `<mark>`.
 * Rebuilding it from text nodes keeps any markup inside the indexed text inert. (Pagefind leaves
 * `&` unescaped, so text that literally reads `&lt;` shows as `<` in an excerpt; pages are unaffected.)
 */
export function renderExcerpt(excerpt: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const unescape = (text: string) => text.replaceAll('&lt;', '<').replaceAll('&gt;', '>');
  excerpt.split(/(<mark>.*?<\/mark>)/su).forEach((part) => {
    if (part === '') return;
    const marked = /^<mark>(.*)<\/mark>$/su.exec(part);
    if (marked) fragment.append(element('mark', '', unescape(marked[1] ?? '')));
    else fragment.append(unescape(part));
  });
  return fragment;
}

/** One result: title linking to the page (which then highlights the words), date, tags, excerpt. */
export function renderResult(data: ResultData, state: SearchState, labels: FilterLabels): HTMLLIElement {
  const item = element('li', 'search-result');
  const heading = element('h2', 'search-result-title');
  const link = element('a', '', data.meta['title'] ?? data.url);
  // The words Pagefind searched, so a Korean word typed with another particle is marked too.
  link.href = resultHref(data.url, searchTerms(state.query));
  heading.append(link);
  item.append(heading);

  const facts = element('div', 'search-result-facts');
  const date = data.meta['date'];
  if (date) facts.append(element('span', 'search-result-date', date));
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
  excerpt.append(renderExcerpt(data.excerpt));
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
      button.append(element('span', 'search-chip-name', `${labels.groups[name]}: `), valueLabel(labels, name, value), element('span', 'search-chip-x', ' ×'));
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
