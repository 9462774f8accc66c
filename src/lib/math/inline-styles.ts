/**
 * KaTeX lays formulas out with inline `style` attributes (heights, vertical shifts, kerns), which a
 * Content-Security-Policy without 'unsafe-inline' for styles blocks. Builds therefore move every
 * declaration into a class that names it (`height:0.6833em` becomes `kx-h-0_p6833em`), and
 * src/integrations/math-layout.ts writes one rule per class found in the built pages to an
 * external stylesheet. Because a class spells out its declaration, that stylesheet is derived from
 * the HTML alone: no list has to be kept while pages render, and no page can use a class the
 * stylesheet lacks. Rules are `!important` because the inline styles they replace outranked every
 * selector of KaTeX's own stylesheet.
 *
 * Only the properties KaTeX writes and a small value alphabet are accepted; anything else fails
 * the build, so nothing unexpected is ever written into the stylesheet.
 */

import { styleDeclarations } from '../style-declarations.ts';

/** Where the build writes the layout stylesheet, relative to the output folder (routes.mathLayout()). */
export const LAYOUT_STYLESHEET = 'math/katex-layout.css';

/** Class prefix of a moved declaration. */
export const LAYOUT_CLASS_PREFIX = 'kx-';

/** The CSS properties KaTeX 0.16 sets inline, by short code. */
const PROPERTIES: Readonly<Record<string, string>> = {
  h: 'height',
  va: 'vertical-align',
  t: 'top',
  b: 'bottom',
  l: 'left',
  m: 'margin',
  ml: 'margin-left',
  mr: 'margin-right',
  mt: 'margin-top',
  w: 'width',
  mw: 'min-width',
  pl: 'padding-left',
  pos: 'position',
  bw: 'border-width',
  btw: 'border-top-width',
  bbw: 'border-bottom-width',
  brw: 'border-right-width',
  bs: 'border-style',
  brs: 'border-right-style',
  bc: 'border-color',
  bg: 'background-color',
  c: 'color',
  ts: 'text-shadow',
};
const CODES = new Map(Object.entries(PROPERTIES).map(([code, property]) => [property, code]));

/** Characters of a value other than `[a-z0-9]`, and how a class writes them. */
const ESCAPES: Readonly<Record<string, string>> = { '.': '_p', '-': '_m', '#': '_h', ' ': '_s', '%': '_c' };
const UNESCAPES = new Map(Object.entries(ESCAPES).map(([char, code]) => [code, char]));
const VALUE = /^[a-z0-9.#% -]+$/u;
const ENCODED_VALUE = /^(?:[a-z0-9]|_[pmhsc])+$/u;

export class InlineStyleError extends Error {}

/** The class that stands for one `property:value` declaration. */
export function declarationClass(property: string, value: string): string {
  const code = CODES.get(property.trim().toLowerCase());
  const normal = value.trim().toLowerCase().replace(/\s+/gu, ' ');
  if (!code) throw new InlineStyleError(`KaTeX wrote an inline style with an unexpected property: ${property}:${value}`);
  if (!VALUE.test(normal)) throw new InlineStyleError(`KaTeX wrote an inline style with an unexpected value: ${property}:${value}`);
  return `${LAYOUT_CLASS_PREFIX}${code}-${Array.from(normal, (char) => ESCAPES[char] ?? char).join('')}`;
}

/** Classes for the declarations of a `style` attribute, in order. */
export function styleClasses(style: string): string[] {
  const declarations = styleDeclarations(style);
  if (!declarations) throw new InlineStyleError(`KaTeX wrote a malformed inline style: ${style}`);
  return declarations.map(([property, value]) => declarationClass(property, value));
}

/** The CSS rule of a class made by `declarationClass`, or null for any other class. */
export function ruleOfClass(className: string): string | null {
  if (!className.startsWith(LAYOUT_CLASS_PREFIX)) return null;
  const rest = className.slice(LAYOUT_CLASS_PREFIX.length);
  const dash = rest.indexOf('-');
  const property = PROPERTIES[rest.slice(0, dash)];
  const encoded = rest.slice(dash + 1);
  if (dash === -1 || !property || !ENCODED_VALUE.test(encoded)) return null;
  const value = encoded.replace(/_[pmhsc]/gu, (code) => UNESCAPES.get(code) ?? code);
  return `.${className}{${property}:${value}!important}`;
}

/** The stylesheet for a set of classes: one rule each, sorted so builds are byte-identical. */
export function layoutStylesheet(classNames: Iterable<string>): string {
  const rules = [...new Set(classNames)].sort().flatMap((name) => ruleOfClass(name) ?? []);
  return `/* KaTeX layout, moved out of inline styles at build time (see src/lib/math/inline-styles.ts). */\n${rules.join('\n')}\n`;
}

/**
 * KaTeX's HTML with each `style` attribute replaced by classes. KaTeX escapes quotes in attribute
 * values and `<`, `>` in text, so a tag is always `<name attrs>` with double-quoted values.
 */
export function moveInlineStyles(html: string): string {
  const tagPattern = /<([a-z][a-zA-Z0-9]*)((?:\s+[a-zA-Z_:][-a-zA-Z0-9_:.]*="[^"]*")*)(\s*\/?)>/gu;
  return html.replace(tagPattern, (tag: string, name: string, attributes: string, close: string) => {
    const style = /\sstyle="([^"]*)"/u.exec(attributes);
    if (!style) return tag;
    const added = styleClasses(style[1] ?? '').join(' ');
    let rest = attributes.replace(style[0], '');
    const classAttribute = /\sclass="([^"]*)"/u.exec(rest);
    rest = classAttribute
      ? rest.replace(classAttribute[0], ` class="${`${classAttribute[1] ?? ''} ${added}`.trim()}"`)
      : `${rest} class="${added}"`;
    return `<${name}${rest}${close}>`;
  });
}
