import { renderOption } from './instant-results.ts';
import { searchTerms } from './korean-query.ts';
import { resultHref, searchHref } from './links.ts';
import { loadPagefind, runSearch } from './pagefind-client.ts';
import { type SearchState, emptyFilters } from './url-state.ts';

/**
 * Results under the header box as the reader types, following the WAI-ARIA combobox pattern
 * with a listbox popup (https://www.w3.org/WAI/ARIA/apg/patterns/combobox/): focus stays in the
 * box, `aria-activedescendant` names the chosen option.
 *
 * Keys in the box: ↓ / ↑ choose the next or previous result (and open the list), Enter opens the
 * chosen result or, with none chosen, the search page with every result, Esc closes the list,
 * and a second Esc leaves the box. The list closes when focus leaves the search form.
 */

/** Results shown under the box; the search page shows the rest. */
const RESULT_LIMIT = 8;
/** Short enough to feel instant, long enough that fast typing runs one search, not one per key. */
const TYPING_DELAY_MS = 60;
/** The panel keeps this far from the window's edges. */
const EDGE_PX = 8;

interface Parts {
  readonly form: HTMLFormElement;
  readonly box: HTMLInputElement;
  readonly panel: HTMLElement;
  readonly list: HTMLElement;
  readonly summary: HTMLElement;
  readonly all: HTMLAnchorElement;
  readonly status: HTMLElement;
}

function find<T extends Element>(form: HTMLFormElement, selector: string, type: abstract new () => T): T {
  const found = form.querySelector(selector);
  if (!(found instanceof type)) throw new Error(`The header search lacks ${selector} (${type.name})`);
  return found;
}

function stateFor(query: string): SearchState {
  return { query, filters: emptyFilters(), sort: 'relevance' };
}

function options(list: HTMLElement): HTMLElement[] {
  return [...list.querySelectorAll<HTMLElement>('[role="option"]')];
}

/** Keeps the panel under the box and inside the window, whatever the header's layout at this width. */
function placePanel({ form, panel }: Parts): void {
  const width = Math.min(panel.offsetWidth, document.documentElement.clientWidth - 2 * EDGE_PX);
  const formBox = form.getBoundingClientRect();
  const left = Math.min(Math.max(formBox.right - width, EDGE_PX), document.documentElement.clientWidth - EDGE_PX - width);
  panel.style.right = 'auto';
  panel.style.left = `${left - formBox.left}px`;
}

function controller(parts: Parts): void {
  const { form, box, panel, list, summary, all, status } = parts;
  let shownQuery = '';
  let searchRun = 0;
  let typingTimer: ReturnType<typeof setTimeout> | undefined;

  function setOpen(open: boolean): void {
    if (panel.hidden === !open) return;
    panel.hidden = !open;
    box.setAttribute('aria-expanded', String(open));
    if (open) placePanel(parts);
    else choose(-1);
  }

  function chosenIndex(): number {
    return options(list).findIndex((option) => option.getAttribute('aria-selected') === 'true');
  }

  /** Marks one option as chosen (or none, with -1) and keeps it in view. */
  function choose(index: number): void {
    options(list).forEach((option, position) => {
      option.setAttribute('aria-selected', String(position === index));
    });
    const chosen = options(list)[index];
    if (chosen) {
      box.setAttribute('aria-activedescendant', chosen.id);
      chosen.scrollIntoView({ block: 'nearest' });
    } else {
      box.removeAttribute('aria-activedescendant');
    }
  }

  function move(step: 1 | -1): void {
    const count = options(list).length;
    if (count === 0) return;
    setOpen(true);
    const current = chosenIndex();
    // From none chosen, ↓ goes to the first result and ↑ to the last; past either end, back round.
    const next = current === -1 ? (step === 1 ? 0 : count - 1) : (current + step + count) % count;
    choose(next);
  }

  function open(option: HTMLElement, newTab: boolean): void {
    const href = option.dataset['href'];
    if (!href) return;
    if (newTab) window.open(href, '_blank', 'noopener');
    else location.assign(href);
  }

  /** With older parts of the index not searched yet (see parts.ts), the count is a floor. */
  function describe(total: number, complete: boolean, query: string): string {
    if (total === 0) return `No results for “${query}”.`;
    const noun = total === 1 ? 'result' : 'results';
    const count = complete ? `${total}` : `at least ${total}`;
    return total > RESULT_LIMIT || !complete ? `${Math.min(RESULT_LIMIT, total)} of ${count} ${noun}` : `${total} ${noun}`;
  }

  async function search(): Promise<void> {
    const run = ++searchRun;
    list.setAttribute('aria-busy', 'true');
    const query = box.value;
    const words = query.trim();
    all.href = searchHref(stateFor(query));
    if (words === '') {
      shownQuery = '';
      list.replaceChildren();
      list.removeAttribute('aria-busy');
      summary.textContent = '';
      status.textContent = '';
      setOpen(false);
      return;
    }
    try {
      const outcome = await runSearch(stateFor(query));
      const data = await Promise.all((await outcome.take(RESULT_LIMIT)).map((result) => result.data()));
      if (run !== searchRun) return;
      const terms = searchTerms(query);
      list.replaceChildren(...data.map((item, index) => renderOption(item, `site-search-option-${index}`, resultHref(item.url, terms))));
      shownQuery = query;
      summary.textContent = describe(outcome.total, outcome.complete, words);
      status.textContent = summary.textContent;
      if (!outcome.complete) all.textContent = 'See all results';
      else all.textContent = outcome.total > data.length ? `See all ${outcome.total} results` : 'Open the search page';
      list.removeAttribute('aria-busy');
      if (document.activeElement === box) setOpen(true);
    } catch (error) {
      if (run !== searchRun) return;
      list.replaceChildren();
      summary.textContent = 'Search is unavailable: its index could not be loaded.';
      status.textContent = summary.textContent;
      list.removeAttribute('aria-busy');
      setOpen(document.activeElement === box);
      console.error(error);
    }
  }

  box.addEventListener('input', () => {
    clearTimeout(typingTimer);
    // A search still running for earlier words must not show its results over these.
    searchRun += 1;
    choose(-1);
    // Until the results for these words are shown, the list on screen is for earlier ones.
    list.setAttribute('aria-busy', 'true');
    typingTimer = setTimeout(() => void search(), TYPING_DELAY_MS);
  });

  box.addEventListener('keydown', (event) => {
    if (event.isComposing) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      move(event.key === 'ArrowDown' ? 1 : -1);
    } else if (event.key === 'Enter') {
      const chosen = panel.hidden ? undefined : options(list)[chosenIndex()];
      if (!chosen) return; // the form opens the search page with every result
      event.preventDefault();
      open(chosen, event.ctrlKey || event.metaKey);
    } else if (event.key === 'Escape') {
      // A search field clears itself on Esc; the words should stay.
      event.preventDefault();
      if (!panel.hidden) setOpen(false);
      else box.blur();
    }
  });

  box.addEventListener('focus', () => {
    if (box.value === shownQuery && options(list).length > 0) setOpen(true);
  });

  form.addEventListener('focusout', (event) => {
    if (!(event.relatedTarget instanceof Node && form.contains(event.relatedTarget))) setOpen(false);
  });
  // A click elsewhere on the page (which may not move focus) closes the list too.
  document.addEventListener('pointerdown', (event) => {
    if (!(event.target instanceof Node && form.contains(event.target))) setOpen(false);
  });

  // Clicking a result keeps focus in the box until the page changes.
  list.addEventListener('mousedown', (event) => {
    event.preventDefault();
  });
  list.addEventListener('click', (event) => {
    const option = event.target instanceof Element ? event.target.closest<HTMLElement>('[role="option"]') : null;
    if (option) open(option, event.ctrlKey || event.metaKey);
  });
  list.addEventListener('auxclick', (event) => {
    const option = event.target instanceof Element ? event.target.closest<HTMLElement>('[role="option"]') : null;
    if (option && event.button === 1) open(option, true);
  });

  window.addEventListener('resize', () => {
    if (!panel.hidden) placePanel(parts);
  });

  // Words typed before this module arrived are searched now; Pagefind starts loading either way.
  void loadPagefind().catch(() => {});
  if (box.value.trim() !== '') void search();
}

/** Takes over the header search form; header-search.ts calls it once, on the box's first focus or keystroke. */
export function startInstantSearch(form: HTMLFormElement, box: HTMLInputElement): void {
  controller({
    form,
    box,
    panel: find(form, '[data-site-search-panel]', HTMLElement),
    list: find(form, '[data-site-search-list]', HTMLElement),
    summary: find(form, '[data-site-search-summary]', HTMLElement),
    all: find(form, '[data-site-search-all]', HTMLAnchorElement),
    status: find(form, '[data-site-search-status]', HTMLElement),
  });
}
