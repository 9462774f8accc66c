// @ts-check
/**
 * Lint rules for the TypeScript, JavaScript and Astro sources: ESLint's and typescript-eslint's
 * recommended and strict sets (type-aware for .ts files), eslint-plugin-astro's recommended set,
 * and eslint-config-prettier last, so formatting is Prettier's alone. `npm run lint` allows no
 * warnings. Every override below says why.
 */
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import prettier from 'eslint-config-prettier';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Code that runs in the reader's browser (and the search model it shares with the build); everything
 * else runs in Node at build or test time.
 */
const BROWSER_CODE = ['src/client/**/*.{ts,js}', 'src/search/**/*.ts'];

export default defineConfig(
  // Build output, caches and generated files are not sources.
  globalIgnores(['dist/', '.out/', '.astro/', 'bench/.work/', 'test-results/', 'playwright-report/']),
  js.configs.recommended,
  tseslint.configs.strict,
  astro.configs['flat/recommended'],
  {
    files: ['**/*.ts'],
    extends: [tseslint.configs.strictTypeCheckedOnly],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // Template literals with numbers are how counts and ports are written throughout; the rule's default
      // would only allow strings.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // node:test's describe() and it() return promises the runner itself awaits; awaiting them by hand
      // would run the tests one file-level step at a time for nothing.
      '@typescript-eslint/no-floating-promises': [
        'error',
        { allowForKnownSafeCalls: [{ from: 'package', package: 'node:test', name: ['describe', 'it', 'test', 'before', 'after'] }] },
      ],
    },
  },
  {
    languageOptions: { globals: globals.node },
  },
  {
    files: BROWSER_CODE,
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['tests/e2e/**/*.ts', 'tests/site/**/*.ts'],
    rules: {
      // Playwright reads a hook's fixtures from its first parameter's destructuring pattern, so a hook that needs
      // none must still write `{}`.
      'no-empty-pattern': 'off',
    },
  },
  prettier,
  {
    rules: {
      // Prettier wraps code at the same width but leaves long comments alone; this catches those. Strings,
      // template literals, regular expressions and URLs cannot be wrapped without changing what they say.
      'max-len': ['error', { code: 140, ignoreUrls: true, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreRegExpLiterals: true }],
    },
  },
);
