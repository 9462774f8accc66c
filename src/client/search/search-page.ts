import type { FilterLabels } from '../../search/labels.ts';
import { type SearchOutcome, NO_OUTCOME, loadAllFilters, loadPagefind, runSearch } from './pagefind-client.ts';
import { searchHref } from './links.ts';
import { isFilterName, renderActiveFilters, renderFacets, renderResult } from './render.ts';
import { type ResultGroup, resultGroup } from './result-kind.ts';
import { type SearchState, hasFilters, isBlank, readSort, readState, withFilter, withQuery, withSort } from './url-state.ts';

/**
 * The search page's behaviour. The URL is the single source of truth: every change of words,
 * filters or order writes it, and Back or a shared link replays it.
 *
 * History: typing replaces the current entry (Back should not step through every keystroke);
 * pressing Enter, choosing a filter or an order commits the search, and the next edit opens a
 * new entry. So Back returns to the previous search, and from a result page to its results.
 */

const PAGE_SIZE = 10;
const TYPING_DELAY_MS = 150;

function required<T extends Element>(root: ParentNode, selector: string, type: abstract new () => T): T {
  const found = root.querySelector(selector);
  if (!(found instanceof type)) throw new Error(`Search page markup lacks ${selector} (${type.name})`);
  return found;
}

function start(root: HTMLElement): void {
  const form = required(root, '[data-search-form]', HTMLFormElement);
  const input = required(root, '[data-search-input]', HTMLInputElement);
  const order = required(root, '[data-search-sort]', HTMLSelectElement);
  const activeFilters = required(root, '[data-active-filters]', HTMLElement);
  const refine = required(root, '[data-refine]', HTMLDetailsElement);
  const facets = required(root, '[data-facets]', HTMLElement);
  const status = required(root, '[data-status]', HTMLElement);
  const list = required(root, '[data-results]', HTMLOListElement);
  const empty = required(root, '[data-empty]', HTMLElement);
  const emptyFilters = required(root, '[data-empty-filters]', HTMLElement);
  const more = required(root, '[data-more]', HTMLButtonElement);
  const labels = JSON.parse(root.dataset['labels'] ?? '{}') as FilterLabels;
  const baseTitle = document.title;

  let state: SearchState = readState(new URLSearchParams(location.search));
  /** Whether the current history entry holds a finished search, which the next edit must not overwrite. */
  let committed = !isBlank(state);
  let outcome: SearchOutcome = NO_OUTCOME;
  let shown = 0;
  /** The group of the last result shown, so the next one opens a group only where it changes. */
  let lastGroup: ResultGroup | null = null;
  let searchRun = 0;
  let typingTimer: ReturnType<typeof setTimeout> | undefined;

  function navigate(next: SearchState, mode: 'commit' | 'typing'): void {
    const url = searchHref(next);
    const changed = url !== `${location.pathname}${location.search}`;
    if (changed) {
      if (committed) history.pushState(null, '', url);
      else history.replaceState(null, '', url);
    }
    committed = mode === 'commit';
    state = next;
    void search();
  }

  function showControls(): void {
    if (input.value !== state.query) input.value = state.query;
    // An order the page does not offer (upvotes on a site without any) shows as the default.
    order.value = [...order.options].some((option) => option.value === state.sort) ? state.sort : '';
    activeFilters.replaceChildren(...renderActiveFilters(state, labels));
    activeFilters.hidden = !hasFilters(state);
    document.title = state.query.trim() ? `${state.query.trim()} · ${baseTitle}` : baseTitle;
  }

  /** The status line; with no match it is the whole message, which the empty state below does not repeat. */
  function describe(): string {
    const count = outcome.total;
    const words = state.query.trim();
    if (count === 0) return `No results${words ? ` for “${words}”` : ''}${hasFilters(state) ? ' with these filters' : ''}.`;
    const noun = count === 1 ? 'result' : 'results';
    const filtered = hasFilters(state) ? ', filtered' : '';
    const found = words ? `${count} ${noun} for “${words}”${filtered}` : `${count} ${noun}${filtered}`;
    if (outcome.complete) return found;
    // Older parts of the index are searched as the results shown need them (see parts.ts).
    const { pages, of } = outcome.searched;
    return `${found} among the newest ${pages.toLocaleString('en')} of ${of.toLocaleString('en')} papers and notes`;
  }

  function showStatus(): void {
    status.textContent = isBlank(state) ? '' : describe();
  }

  async function showMore(run: number): Promise<void> {
    const page = (await outcome.take(shown + PAGE_SIZE)).slice(shown);
    const data = await Promise.all(page.map((result) => result.data()));
    if (run !== searchRun) return;
    const sort = state.sort;
    // In a sorted list, each result's key (its day, its upvotes) comes with the order, not the index:
    // sorted by upvotes, a result says its count; a result that starts a group carries the group's heading.
    const rendered = data.map((item, index) => {
      if (sort === 'relevance') return renderResult(item, state, labels);
      const key = outcome.orderKey(page[index]?.id ?? '');
      const group = resultGroup(sort, key);
      const opensGroup = group === lastGroup ? undefined : group;
      lastGroup = group;
      return renderResult(item, state, labels, { upvotes: sort === 'upvotes' ? key : undefined, opensGroup });
    });
    list.append(...rendered);
    shown += data.length;
    more.hidden = shown >= outcome.total && outcome.complete;
  }

  async function search(): Promise<void> {
    const run = ++searchRun;
    // Until this search's first results are in, "more" would ask the new search for its first page again.
    more.hidden = true;
    showControls();
    list.setAttribute('aria-busy', 'true');
    try {
      // Every filter's counts need every filter's index: loaded only once the reader opens the list.
      const siteCounts = refine.open ? await loadAllFilters() : {};
      const next = await runSearch(state);
      if (run !== searchRun) return;
      outcome = next;
      shown = 0;
      lastGroup = null;
      list.replaceChildren();
      await showMore(run);
      if (run !== searchRun) return;
      const blank = isBlank(state);
      showStatus();
      showEmpty(!blank && outcome.total === 0);
      // With nothing searched yet, the list offers every value on the site to start from.
      if (refine.open) facets.replaceChildren(...renderFacets(blank ? siteCounts : outcome.counts, state, labels));
    } catch (error) {
      if (run !== searchRun) return;
      status.textContent = 'Search is unavailable: its index could not be loaded.';
      console.error(error);
    } finally {
      if (run === searchRun) list.removeAttribute('aria-busy');
    }
  }

  function showEmpty(isEmpty: boolean): void {
    empty.hidden = !isEmpty;
    if (!isEmpty) return;
    emptyFilters.replaceChildren(...renderActiveFilters(state, labels));
    emptyFilters.parentElement?.toggleAttribute('hidden', !hasFilters(state));
  }

  /** Keyboard focus stays on the control that was used, even though the lists are rebuilt. */
  function refocus(selector: string): void {
    requestAnimationFrame(() => root.querySelector<HTMLElement>(selector)?.focus());
  }

  input.addEventListener('input', () => {
    clearTimeout(typingTimer);
    typingTimer = setTimeout(() => {
      navigate(withQuery(state, input.value), 'typing');
    }, TYPING_DELAY_MS);
  });
  // Start fetching Pagefind as soon as the reader shows intent, so the first search feels instant.
  input.addEventListener('focus', () => void loadPagefind().catch(() => {}), { once: true });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typingTimer);
    navigate(withQuery(state, input.value), 'commit');
  });

  order.addEventListener('change', () => {
    navigate(withSort(state, readSort(order.value)), 'commit');
  });

  // Tag links in results add a filter; chips remove one. Both are real links or buttons, handled here.
  root.addEventListener('click', (event) => {
    if (!(event.target instanceof Element)) return;
    const control = event.target.closest<HTMLElement>('a[data-filter], button[data-filter]');
    if (!control || !root.contains(control)) return;
    if (event instanceof MouseEvent && (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey)) return;
    const name = control.dataset['filter'];
    const value = control.dataset['value'];
    if (!isFilterName(name) || value === undefined) return;
    event.preventDefault();
    navigate(withFilter(state, name, value, !('remove' in control.dataset)), 'commit');
    status.focus();
  });

  facets.addEventListener('change', (event) => {
    const box = event.target;
    if (!(box instanceof HTMLInputElement) || !isFilterName(box.dataset['filter'])) return;
    navigate(withFilter(state, box.dataset['filter'], box.value, box.checked), 'commit');
    refocus(`[data-facets] input[data-filter="${box.dataset['filter']}"][value="${CSS.escape(box.value)}"]`);
  });

  refine.addEventListener('toggle', () => {
    if (refine.open) void search();
  });

  /** One "more" at a time: reading an older part of the index takes a moment, and a second click must not show results twice. */
  let showingMore = false;
  more.addEventListener('click', () => {
    if (showingMore) return;
    showingMore = true;
    const firstNew = shown;
    const run = searchRun;
    list.setAttribute('aria-busy', 'true');
    void showMore(run)
      .then(() => {
        if (run !== searchRun) return;
        showStatus();
        list.children[firstNew]?.querySelector('a')?.focus();
      })
      .catch((error: unknown) => {
        if (run === searchRun) status.textContent = 'Search is unavailable: its index could not be loaded.';
        console.error(error);
      })
      .finally(() => {
        showingMore = false;
        if (run === searchRun) list.removeAttribute('aria-busy');
      });
  });

  // A link or the no-JavaScript form may spell the search differently (`?sort=&q=moe`); keep one spelling.
  const canonical = searchHref(state);
  if (canonical !== `${location.pathname}${location.search}`) history.replaceState(null, '', canonical);

  window.addEventListener('popstate', () => {
    clearTimeout(typingTimer);
    state = readState(new URLSearchParams(location.search));
    committed = true;
    void search();
  });

  void search();
}

const root = document.querySelector<HTMLElement>('[data-search-app]');
if (root) start(root);
