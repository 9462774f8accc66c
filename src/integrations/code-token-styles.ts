import type { Plugin } from 'vite';
import { tokenStylesheet } from '../lib/code.ts';

/**
 * The stylesheet of code token classes (see src/lib/code.ts), as a virtual module that code-showing
 * components import, so it lands in the bundled CSS of exactly the pages with code. It is made from
 * the themes' palettes, so it always holds a rule for every class the highlighter can write.
 */
export const CODE_TOKEN_STYLES = 'virtual:code-token-styles.css';
const RESOLVED = `\0${CODE_TOKEN_STYLES}`;

export function codeTokenStyles(): Plugin {
  return {
    name: 'paper-notes:code-token-styles',
    resolveId: (id) => (id === CODE_TOKEN_STYLES ? RESOLVED : undefined),
    load: (id) => (id === RESOLVED ? tokenStylesheet() : undefined),
  };
}
