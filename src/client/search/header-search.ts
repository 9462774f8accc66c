/**
 * The part of the header search every page runs: the keyboard shortcuts, and loading the rest
 * (instant-search.ts, then Pagefind) on the box's first focus or keystroke. Kept to a few hundred
 * bytes, since most visits never search.
 *
 * - `/` focuses the box from anywhere except while typing in another field (where it types a slash);
 * - Ctrl+K / ⌘K focuses it from anywhere, as in most documentation sites;
 * - a page with a search field of its own (the search page) marks it `data-search-shortcut`, and
 *   the shortcuts go there instead; that page has no header box.
 */

const NOT_TEXT = /^(checkbox|radio|button|submit|reset|range|color|file|image)$/u;

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !NOT_TEXT.test(target.type);
}

/** The box's combobox roles, set here so they are right from the first focus (instant-search.ts keeps them current). */
function describeCombobox(box: HTMLInputElement, list: HTMLElement): void {
  box.setAttribute('role', 'combobox');
  box.setAttribute('aria-autocomplete', 'list');
  box.setAttribute('aria-controls', list.id);
  box.setAttribute('aria-expanded', 'false');
}

function startHeaderBox(form: HTMLFormElement, box: HTMLInputElement): void {
  const list = form.querySelector<HTMLElement>('[data-site-search-list]');
  if (list) describeCombobox(box, list);
  let started = false;
  const startInstantSearch = () => {
    if (started) return;
    started = true;
    import('./instant-search.ts')
      .then((module) => {
        module.startInstantSearch(form, box);
      })
      .catch((error: unknown) => {
        started = false; // offline, say: the next focus tries again, and the form still works meanwhile
        console.error(error);
      });
  };
  box.addEventListener('focus', startInstantSearch);
  box.addEventListener('input', startInstantSearch);
}

/**
 * The shortcuts, on every page: to the page's own search field if it has one (the search page,
 * which has no header box), else to the header box.
 */
function listenForShortcuts(box: HTMLInputElement | null): void {
  document.addEventListener('keydown', (event) => {
    // Chrome's autofill sends keydown events without a key.
    if (event.defaultPrevented || event.isComposing || event.altKey || typeof event.key !== 'string') return;
    const modified = event.ctrlKey || event.metaKey;
    const commandK = modified && !event.shiftKey && event.key.toLowerCase() === 'k';
    const slash = !modified && event.key === '/' && !isTyping(event.target);
    const target = document.querySelector<HTMLInputElement>('input[data-search-shortcut]') ?? box;
    if ((commandK || slash) && target) {
      event.preventDefault();
      target.focus();
      target.select();
    } else if (box && event.key === 'Escape' && event.target === box) {
      // Until instant-search.ts takes Esc over: a search field clears itself on Esc, and leaving
      // the box should keep what was typed.
      event.preventDefault();
      box.blur();
    }
  });
}

const form = document.querySelector<HTMLFormElement>('form[data-site-search]');
const box = form?.querySelector<HTMLInputElement>('input[data-site-search-input]') ?? null;
if (form && box) startHeaderBox(form, box);
listenForShortcuts(box);

// A module, so its names stay its own.
export {};
