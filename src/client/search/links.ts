import { HIGHLIGHT_PARAM, SEARCH_PAGE } from '../../search/config.ts';
import { type SearchState, stateToSearch } from './url-state.ts';

/** Link to the search page for a state, so a search can be opened in a new tab, shared or bookmarked. */
export function searchHref(state: SearchState): string {
  return `${SEARCH_PAGE}${stateToSearch(state)}`;
}

/**
 * Link to a result that makes the opened page mark the searched words. The words go as searched:
 * Pagefind's own highlight links carry its normalised form, which splits Hangul syllables into
 * jamo that the page's text never contains.
 */
export function resultHref(url: string, query: string): string {
  const words = query
    .replaceAll('"', ' ')
    .trim()
    .split(/\s+/u)
    .filter((word) => word !== '');
  if (words.length === 0) return url;
  const target = new URL(url, location.origin);
  for (const word of words) target.searchParams.append(HIGHLIGHT_PARAM, word);
  return `${target.pathname}${target.search}${target.hash}`;
}
