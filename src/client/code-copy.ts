/**
 * Adds a "Copy" button to each highlighted code block of a note. Without JavaScript, or where
 * the browser offers no clipboard, the code is simply shown. The button is not inside the <pre>,
 * which scrolls sideways, so it stays put over long lines.
 */
const RESET_MS = 2000;

function addButton(pre: HTMLPreElement, status: HTMLElement): void {
  const wrapper = document.createElement('div');
  wrapper.className = 'code-block';
  pre.replaceWith(wrapper);
  wrapper.append(pre);

  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'code-copy';
  button.textContent = 'Copy';
  button.setAttribute('aria-label', 'Copy code');
  let timer: ReturnType<typeof setTimeout> | undefined;
  button.addEventListener('click', () => {
    const code = pre.querySelector('code')?.innerText ?? pre.innerText;
    navigator.clipboard.writeText(code).then(
      () => {
        button.textContent = 'Copied';
        status.textContent = 'Code copied to the clipboard.';
      },
      () => {
        button.textContent = 'Copy failed';
        status.textContent = 'The browser did not allow copying; select the code instead.';
      },
    );
    clearTimeout(timer);
    timer = setTimeout(() => {
      button.textContent = 'Copy';
      status.textContent = '';
    }, RESET_MS);
  });
  wrapper.append(button);
}

function start(): void {
  // The Clipboard API exists only on secure origins (https, localhost).
  if (!window.isSecureContext) return;
  for (const body of document.querySelectorAll<HTMLElement>('[data-code-copy]')) {
    const status = document.createElement('p');
    status.className = 'visually-hidden';
    status.setAttribute('role', 'status');
    body.after(status);
    for (const pre of body.querySelectorAll<HTMLPreElement>('pre.astro-code')) addButton(pre, status);
  }
}

start();

// A module, so its names stay its own.
export {};
