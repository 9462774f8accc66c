/**
 * The header search box's shortcut: `/` focuses the box from anywhere except while typing in
 * another field, and `Esc` leaves it. A search field clears itself on `Esc`; leaving should keep
 * what was typed, hence `preventDefault`.
 */
const NOT_TEXT_INPUTS = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file', 'image']);

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !NOT_TEXT_INPUTS.has(target.type);
}

const box = document.getElementById('site-search');
if (box instanceof HTMLInputElement) {
  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === '/' && !isTyping(event.target)) {
      event.preventDefault();
      box.focus();
      box.select();
    } else if (event.key === 'Escape' && event.target === box) {
      event.preventDefault();
      box.blur();
    }
  });
}
