/**
 * Marks the searched words on a page opened from a search result (`?highlight=word`), with
 * Pagefind's highlighter, loaded only when the URL asks for it. The highlighter would add an
 * inline <style> for its marks, which the Content-Security-Policy blocks: `addStyles: false`,
 * and site.css styles the class instead.
 *
 * The highlighter is loaded as a script element, not with `import()`, which would make this a
 * script file of its own; it defines `window.PagefindHighlight`, as Pagefind documents.
 */

/** The part of `pagefind-highlight.js` used here; the package ships no browser types. */
type PagefindHighlight = new (options: {
  highlightParam: string;
  addStyles: boolean;
  markOptions: { className: string; exclude: string[] };
}) => unknown;

function highlight(settings: DOMStringMap): void {
  const { script: src, param, class: className } = settings;
  if (!src || !param || !className || !new URLSearchParams(location.search).has(param)) return;
  const script = document.createElement('script');
  script.type = 'module';
  script.src = src;
  script.addEventListener('load', () => {
    const Highlight = (window as Window & { PagefindHighlight?: PagefindHighlight }).PagefindHighlight;
    if (!Highlight) return;
    new Highlight({
      highlightParam: param,
      addStyles: false,
      // Pagefind's own exclusions: what the index leaves out is not marked either.
      markOptions: { className, exclude: ['[data-pagefind-ignore]', '[data-pagefind-ignore] *'] },
    });
    const first = document.querySelector('[data-pagefind-body] mark');
    if (first && !location.hash) first.scrollIntoView({ block: 'center' });
  });
  document.head.append(script);
}

const settings = document.querySelector<HTMLElement>('[data-highlight-terms]')?.dataset;
if (settings) highlight(settings);
