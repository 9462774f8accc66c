/**
 * The part of the header search every page runs: the keyboard shortcuts, and loading the rest
 * (instant-search.ts, then Pagefind) on the box's first focus or keystroke. Kept to a few hundred
 * bytes, since most visits never search.
 *
 * - `/` focuses the box from anywhere except while typing in another field (where it types a slash);
 * - Ctrl+K / ⌘K focuses it from anywhere, as in most documentation sites;
 * - a page with a search field of its own (the search page) marks it `data-search-shortcut`, and
 *   the shortcuts go there instead.
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

function start(form: HTMLFormElement, box: HTMLInputElement): void {
  const list = form.querySelector<HTMLElement>('[data-site-search-list]');
  if (list) describeCombobox(box, list);
  let started = false;
  const startInstantSearch = () => {
    if (started) return;
    started = true;
    import('./instant-search.ts')
      .then((module) => module.startInstantSearch(form, box))
      .catch((error: unknown) => {
        started = false; // offline, say: the next focus tries again, and the form still works meanwhile
        console.error(error);
      });
  };
  box.addEventListener('focus', startInstantSearch);
  box.addEventListener('input', startInstantSearch);

  document.addEventListener('keydown', (event) => {
    // Chrome's autofill sends keydown events without a key.
    if (event.defaultPrevented || event.isComposing || event.altKey || typeof event.key !== 'string') return;
    const modified = event.ctrlKey || event.metaKey;
    const commandK = modified && !event.shiftKey && event.key.toLowerCase() === 'k';
    const slash = !modified && event.key === '/' && !isTyping(event.target);
    if (commandK || slash) {
      event.preventDefault();
      const target = document.querySelector<HTMLInputElement>('input[data-search-shortcut]') ?? box;
      target.focus();
      target.select();
    } else if (event.key === 'Escape' && event.target === box) {
      // Until instant-search.ts takes Esc over: a search field clears itself on Esc, and leaving
      // the box should keep what was typed.
      event.preventDefault();
      box.blur();
    }
  });
}

const form = document.querySelector<HTMLFormElement>('form[data-site-search]');
const box = form?.querySelector<HTMLInputElement>('input[data-site-search-input]');
if (form && box) start(form, box);

// A module, so its names stay its own.
export {};
