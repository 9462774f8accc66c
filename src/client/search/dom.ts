import type { ExcerptPart } from './excerpt.ts';

/**
 * DOM building for the search scripts. Everything from the index is set as text, never as HTML:
 * indexed text comes from untrusted seed dumps.
 */

export function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** An excerpt as text nodes, with each matched word in a `<mark>`. */
export function renderExcerpt(parts: readonly ExcerptPart[]): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const part of parts) fragment.append(part.marked ? element('mark', '', part.text) : part.text);
  return fragment;
}
