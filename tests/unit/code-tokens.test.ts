import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CodeStyleError, TOKEN_PALETTES, codeWithoutInlineStyles, tokenClasses, tokenStylesheet } from '../../src/lib/code.ts';

describe('code token colours as classes', () => {
  it('turns the inline style Shiki writes on a token into classes that have rules', () => {
    const classes = tokenClasses('--shiki-light:#D73A49;--shiki-dark:#F97583;--shiki-light-font-style:italic');
    assert.deepEqual(classes, ['sh-l-d73a49', 'sh-d-f97583', 'sh-l-italic']);
    const sheet = tokenStylesheet();
    assert.match(sheet, /\.sh-l-d73a49\{--shiki-light:#d73a49\}/u);
    assert.match(sheet, /\.sh-d-f97583\{--shiki-dark:#f97583\}/u);
    assert.match(sheet, /\.sh-l-italic,\.sh-d-italic\{font-style:italic\}/u);
  });

  it('has a rule for every colour of both themes', () => {
    const sheet = tokenStylesheet();
    for (const [variant, code] of [
      ['light', 'l'],
      ['dark', 'd'],
    ] as const) {
      assert.ok(TOKEN_PALETTES[variant].length > 5);
      for (const colour of TOKEN_PALETTES[variant]) assert.ok(sheet.includes(`.sh-${code}-${colour.slice(1)}{`), colour);
    }
  });

  it('refuses what it has no rule for, instead of dropping a colour silently', () => {
    assert.throws(() => tokenClasses('--shiki-light:#123456'), CodeStyleError);
    assert.throws(() => tokenClasses('color:red'), CodeStyleError);
    assert.throws(() => tokenClasses('--shiki-dark-font-style:oblique'), CodeStyleError);
    assert.throws(() => tokenClasses('--shiki-light'), CodeStyleError);
  });

  it('leaves no style attribute on the block or its tokens', () => {
    const pre = { properties: { style: 'background-color:#fff', class: 'astro-code' } as Record<string, unknown> };
    codeWithoutInlineStyles.pre(pre);
    assert.deepEqual(pre.properties, { class: 'astro-code' });
    const span = { properties: { style: '--shiki-light:#6A737D;--shiki-dark:#6A737D', class: 'line' } as Record<string, unknown> };
    codeWithoutInlineStyles.span(span);
    assert.deepEqual(span.properties, { class: 'line sh-l-6a737d sh-d-6a737d' });
  });
});
