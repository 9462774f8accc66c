/**
 * Renders TeX found in seed text, as data, with KaTeX at build time. Text is math only when KaTeX
 * parses it in strict mode and it uses no command that needs trust; anything else returns null and
 * the caller shows the text literally. KaTeX escapes every character it copies into its HTML, so
 * this output is the one kind of seed-derived HTML the pages insert as HTML.
 */
import katex from 'katex';
import { SAFE_KATEX_OPTIONS } from './katex-options.ts';
import { moveInlineStyles } from './inline-styles.ts';

export interface TexOptions {
  readonly display: boolean;
  /** Turn KaTeX's inline styles into classes (builds); the dev server keeps them. */
  readonly styleClasses: boolean;
}

export function renderTex(tex: string, options: TexOptions): string | null {
  let askedForTrust = false as boolean; // set inside KaTeX's trust callback
  let html: string;
  try {
    html = katex.renderToString(tex, {
      ...SAFE_KATEX_OPTIONS,
      displayMode: options.display,
      throwOnError: true,
      // Errors instead of warnings: `$한국어$` or `$a'b$` in an abstract is prose, not math.
      strict: 'error',
      // Called for every command that needs trust; refusing it would still render the command
      // as red text, so such a span is not treated as math at all.
      trust: () => {
        askedForTrust = true;
        return false;
      },
    });
  } catch {
    return null;
  }
  if (askedForTrust) return null;
  return options.styleClasses ? moveInlineStyles(html) : html;
}
