/**
 * The highlighting language of a code block. Only a language the dump named and the
 * highlighter knows is used; anything else (or none) is shown as plain text.
 */
import type { CodeLanguage } from 'astro';

const KNOWN = new Set<string>(['bash', 'c', 'cpp', 'css', 'cuda', 'diff', 'go', 'html', 'java', 'javascript', 'js', 'json', 'jsx', 'julia', 'latex', 'markdown', 'python', 'py', 'r', 'rust', 'scala', 'shell', 'sh', 'sql', 'swift', 'toml', 'ts', 'tsx', 'typescript', 'yaml', 'yml']);

export function codeLanguage(lang: string | null): CodeLanguage {
  const wanted = lang?.trim().toLowerCase() ?? '';
  return (KNOWN.has(wanted) ? wanted : 'plaintext') as CodeLanguage;
}

/**
 * Shiki writes the theme colours of a code block into an inline `style` on <pre>; the site's
 * stylesheet sets them instead (see `.astro-code` in site.css), so pages carry no inline styles.
 * Token colours of a highlighted language would stay on their spans as inline styles, which the
 * Content-Security-Policy blocks; today every block is plain text (the loader names no language).
 */
export const preWithoutInlineStyle = {
  name: 'paper-notes:pre-without-inline-style',
  pre(node: { properties: Record<string, unknown> }): void {
    delete node.properties['style'];
  },
};
