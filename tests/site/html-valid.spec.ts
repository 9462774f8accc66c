import { expect, test } from '@playwright/test';
import { HtmlValidate } from 'html-validate';
import { SITES } from '../e2e/sites.ts';
import { htmlPages, readPage } from './built-site.ts';

const site = SITES.main;

/** Rules the built site must pass; each override says why. */
const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Astro's compressed output leaves no trailing whitespace or formatting to judge.
    'no-trailing-whitespace': 'off',
    // Seed titles are long and repeated verbatim in links; the rule is about prose style, not validity.
    'long-title': 'off',
    // The header search's results are the listbox popup of a combobox (WAI-ARIA APG): a <select> cannot hold
    // a title, facts and an excerpt per option, nor stay under a text box.
    'prefer-native-element': ['error', { exclude: ['listbox'] }],
  },
});

test('every built page is valid HTML', async () => {
  const pages = [...htmlPages(site.outDir).values()];
  expect(pages.length).toBeGreaterThan(300);
  const problems: string[] = [];
  for (const file of pages) {
    const report = await validator.validateString(readPage(site.outDir, file), file);
    for (const result of report.results) {
      for (const message of result.messages)
        problems.push(`${file}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
    }
  }
  expect(problems.slice(0, 50)).toEqual([]);
});
