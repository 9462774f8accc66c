// @ts-check
/** Formatting for the whole repository (`npm run format`, `npm run format:check`). */
/** @type {import('prettier').Config} */
export default {
  // The code base's own conventions: single quotes, and lines up to 140 columns, which its long
  // type signatures and test names already use.
  singleQuote: true,
  printWidth: 140,
  plugins: ['prettier-plugin-astro'],
  overrides: [
    { files: '*.astro', options: { parser: 'astro' } },
    // The README's examples are the files they show, word for word (a test compares the example note).
    { files: '*.md', options: { embeddedLanguageFormatting: 'off' } },
  ],
};
