/**
 * Code blocks: the highlighting language of a blog post's block, and the Shiki settings every code
 * block of the site shares (blog posts through `<Code>`, notes through Markdown).
 *
 * Shiki writes colours as inline `style` attributes, which the Content-Security-Policy refuses
 * (no 'unsafe-inline' for styles). So the theme colours on <pre> are set by the stylesheet
 * (`.astro-code` in site.css), and each token's colours become classes that name them
 * (`--shiki-light:#D73A49` becomes `sh-l-d73a49`). The rules of those classes are generated from
 * the two themes' palettes (src/integrations/code-token-styles.ts), so a class always has its rule.
 */
import type { CodeLanguage } from 'astro';
import githubDark from '@shikijs/themes/github-dark';
import githubLight from '@shikijs/themes/github-light';
import { styleDeclarations } from './style-declarations.ts';

const KNOWN = new Set<string>([
  'bash',
  'c',
  'cpp',
  'css',
  'cuda',
  'diff',
  'go',
  'html',
  'java',
  'javascript',
  'js',
  'json',
  'jsx',
  'julia',
  'latex',
  'markdown',
  'python',
  'py',
  'r',
  'rust',
  'scala',
  'shell',
  'sh',
  'sql',
  'swift',
  'toml',
  'ts',
  'tsx',
  'typescript',
  'yaml',
  'yml',
]);

export function codeLanguage(lang: string | null): CodeLanguage {
  const wanted = lang?.trim().toLowerCase() ?? '';
  return (KNOWN.has(wanted) ? wanted : 'plaintext') as CodeLanguage;
}

/** The two themes of every code block, switched with the site's theme. */
export const CODE_THEMES = { light: 'github-light', dark: 'github-dark' } as const;

type Variant = keyof typeof CODE_THEMES;
const VARIANT_CODE: Record<Variant, string> = { light: 'l', dark: 'd' };

/** A theme's token colours, lower-case `#rrggbb`, from its token rules and default foreground. */
function paletteOf(theme: { colors?: Record<string, string>; tokenColors?: readonly { settings?: { foreground?: string } }[] }): string[] {
  const colours = [theme.colors?.['editor.foreground'], ...(theme.tokenColors ?? []).map((rule) => rule.settings?.foreground)];
  return [...new Set(colours.flatMap((colour) => (colour ? [colour.toLowerCase()] : [])))].sort();
}

/** Every colour a token can have, per variant. */
export const TOKEN_PALETTES: Readonly<Record<Variant, readonly string[]>> = { light: paletteOf(githubLight), dark: paletteOf(githubDark) };

/** Font styles Shiki's themes give tokens, and the class that stands for each. */
const FONT_STYLES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'font-style': { italic: 'italic' },
  'font-weight': { bold: 'bold' },
  'text-decoration': { underline: 'underline', 'line-through': 'strike' },
};

export class CodeStyleError extends Error {}

/** The class of one `--shiki-<variant>[-<property>]:<value>` declaration Shiki writes on a token. */
export function tokenDeclarationClass(name: string, value: string): string {
  const match = /^--shiki-(light|dark)(?:-(font-style|font-weight|text-decoration))?$/u.exec(name.trim());
  const normal = value.trim().toLowerCase();
  const variant = match?.[1] as Variant | undefined;
  if (!match || !variant) throw new CodeStyleError(`Shiki wrote an unexpected token style: ${name}:${value}`);
  const code = VARIANT_CODE[variant];
  const property = match[2];
  if (property) {
    const style = FONT_STYLES[property]?.[normal];
    if (!style) throw new CodeStyleError(`Shiki wrote an unexpected token style: ${name}:${value}`);
    return `sh-${code}-${style}`;
  }
  if (!TOKEN_PALETTES[variant].includes(normal)) throw new CodeStyleError(`Shiki wrote a colour outside the ${variant} theme: ${value}`);
  return `sh-${code}-${normal.slice(1)}`;
}

/** The classes standing for a token's `style` attribute. */
export function tokenClasses(style: string): string[] {
  const declarations = styleDeclarations(style);
  if (!declarations) throw new CodeStyleError(`Shiki wrote a malformed token style: ${style}`);
  return declarations.map(([name, value]) => tokenDeclarationClass(name, value));
}

/** The stylesheet of the token classes: one rule per palette colour and font style. */
export function tokenStylesheet(): string {
  const rules: string[] = [];
  for (const variant of Object.keys(CODE_THEMES) as Variant[]) {
    const code = VARIANT_CODE[variant];
    for (const colour of TOKEN_PALETTES[variant]) rules.push(`.sh-${code}-${colour.slice(1)}{--shiki-${variant}:${colour}}`);
  }
  // Both GitHub themes style the same tokens alike, so a font style applies whichever theme shows.
  rules.push('.sh-l-italic,.sh-d-italic{font-style:italic}', '.sh-l-bold,.sh-d-bold{font-weight:bold}');
  rules.push('.sh-l-underline,.sh-d-underline{text-decoration:underline}', '.sh-l-strike,.sh-d-strike{text-decoration:line-through}');
  return `/* Code token colours (src/lib/code.ts). */\n${rules.join('\n')}\n`;
}

interface HastElement {
  properties: Record<string, unknown>;
}

/** A Shiki transformer: no inline style on <pre> (the stylesheet sets it), and token styles as classes. */
export const codeWithoutInlineStyles = {
  name: 'paper-notes:code-without-inline-styles',
  pre(node: HastElement): void {
    delete node.properties['style'];
  },
  span(node: HastElement): void {
    const style = node.properties['style'];
    if (typeof style !== 'string') return;
    delete node.properties['style'];
    const existing = node.properties['class'];
    const classes = Array.isArray(existing) ? existing.map(String) : typeof existing === 'string' ? existing.split(/\s+/u) : [];
    node.properties['class'] = [...classes.filter(Boolean), ...tokenClasses(style)].join(' ');
  },
};
