/**
 * Hover or keyboard focus on a link to a paper, note or blog post shows a small preview of it: kind, date,
 * title and the opening line of its commentary or text. A progressive enhancement: without this
 * script every link works as before. Budget: under 3 KB gzipped (about 1.3 KB today).
 *
 * The preview reads the linked page itself (its h1, date and meta description), fetched once on
 * first hover and cached, so pages carry no extra data and the build writes no extra files; the
 * page fetched is often the one the reader opens next. Text is set with `textContent` only.
 *
 * The preview is decoration for sighted readers and is hidden from assistive technology: the link
 * text already names the paper. It never takes focus, stays open while the pointer is over it
 * (so it can be read), and Escape closes it.
 */

interface Preview {
  readonly meta: string;
  readonly title: string;
  readonly summary: string;
}

const BASE = import.meta.env.BASE_URL.replace(/\/*$/u, '/');
const KINDS: Record<string, string> = { papers: 'Paper', notes: 'Note', posts: 'Blog post' };
/** List pages under papers/ that are not a paper. */
const NOT_ENTRIES = new Set(['page', 'top']);
const SHOW_DELAY = 250;
const HIDE_DELAY = 200;
const GAP = 6;

const cache = new Map<string, Promise<Preview | null>>();
let box: HTMLElement | null = null;
let current: HTMLAnchorElement | null = null;
let timer = 0;

/** The path of a link to a paper, note or blog post page of this site, or null for any other link. */
function entryPath(link: HTMLAnchorElement): string | null {
  const url = new URL(link.href, location.href);
  if (url.origin !== location.origin || url.pathname === location.pathname || !url.pathname.startsWith(BASE)) return null;
  const [section, slug, ...rest] = url.pathname.slice(BASE.length).split('/');
  if (!section || !KINDS[section] || !slug || NOT_ENTRIES.has(slug) || rest.join('') !== '') return null;
  return url.pathname;
}

async function fetchPreview(path: string): Promise<Preview | null> {
  const response = await fetch(path);
  if (!response.ok) return null;
  const page = new DOMParser().parseFromString(await response.text(), 'text/html');
  const text = (selector: string) => page.querySelector(selector)?.textContent.replace(/\s+/gu, ' ').trim() ?? '';
  const title = text('main h1');
  if (!title) return null;
  const kind = KINDS[path.slice(BASE.length).split('/')[0] ?? ''] ?? '';
  const date = text('.facts time, .note-meta time');
  const summary = page.querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
  return { meta: date ? `${kind} · ${date}` : kind, title, summary };
}

function previewOf(path: string): Promise<Preview | null> {
  let pending = cache.get(path);
  if (!pending) {
    pending = fetchPreview(path).catch(() => null);
    cache.set(path, pending);
  }
  return pending;
}

function line(className: string, text: string): HTMLElement {
  const element = document.createElement('p');
  element.className = className;
  element.textContent = text;
  return element;
}

function ensureBox(): HTMLElement {
  if (box) return box;
  box = document.createElement('div');
  box.className = 'link-preview';
  box.hidden = true;
  box.setAttribute('aria-hidden', 'true');
  box.addEventListener('pointerenter', () => {
    clearTimeout(timer);
  });
  box.addEventListener('pointerleave', () => {
    later(hide, HIDE_DELAY);
  });
  document.body.append(box);
  return box;
}

/** Below the link, or above it when the window has no room below; always inside the window's width. */
function place(element: HTMLElement, link: HTMLAnchorElement): void {
  const rect = link.getClientRects()[0] ?? link.getBoundingClientRect();
  const width = element.offsetWidth;
  const height = element.offsetHeight;
  const left = Math.max(GAP, Math.min(rect.left, document.documentElement.clientWidth - width - GAP));
  const below = rect.bottom + GAP + height <= innerHeight || rect.top < height + GAP;
  element.style.left = `${left + scrollX}px`;
  element.style.top = `${(below ? rect.bottom + GAP : rect.top - GAP - height) + scrollY}px`;
}

async function show(link: HTMLAnchorElement, path: string): Promise<void> {
  current = link;
  const preview = await previewOf(path);
  if (current !== link || !preview) return;
  const element = ensureBox();
  const summary = preview.summary ? [line('link-preview-summary', preview.summary)] : [];
  element.replaceChildren(line('link-preview-meta', preview.meta), line('link-preview-title', preview.title), ...summary);
  element.hidden = false;
  place(element, link);
}

function hide(): void {
  current = null;
  if (box) box.hidden = true;
}

function later(action: () => void, delay: number): void {
  clearTimeout(timer);
  timer = window.setTimeout(action, delay);
}

function linkOf(target: EventTarget | null): HTMLAnchorElement | null {
  return target instanceof Element ? target.closest('a[href]') : null;
}

document.addEventListener('pointerover', (event) => {
  const link = linkOf(event.target);
  const path = link && event.pointerType !== 'touch' ? entryPath(link) : null;
  if (link && path && link !== current) later(() => void show(link, path), SHOW_DELAY);
  else if (link === current) clearTimeout(timer);
});

document.addEventListener('pointerout', (event) => {
  const link = linkOf(event.target);
  if (!link || link.contains(event.relatedTarget as Node | null)) return;
  if (link === current) later(hide, HIDE_DELAY);
  else clearTimeout(timer);
});

document.addEventListener('focusin', (event) => {
  const link = linkOf(event.target);
  const path = link ? entryPath(link) : null;
  if (link && path) {
    clearTimeout(timer);
    void show(link, path);
  }
});

document.addEventListener('focusout', (event) => {
  if (linkOf(event.target) === current) hide();
});

document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && current) hide();
});
