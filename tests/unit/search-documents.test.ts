/**
 * The document each indexed page gives the search index (src/integrations/search-documents.ts):
 * the element marked `data-pagefind-body` without the elements Pagefind skips, in the page's
 * language. Seed text is escaped here exactly as Astro escapes it, so words of a title that spell
 * the marks are text, never marks.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { escapeHTML } from 'astro/runtime/server/escape.js';
import { searchDocument } from '../../src/integrations/search-documents.ts';

/** A page in the shape the site renders: head, header, the indexed article and its side column. */
function page({ title, lang = 'en', article }: { title: string; lang?: string; article: string }): string {
  const text = escapeHTML(title);
  return [
    `<!DOCTYPE html><html lang="${lang}" data-theme="light"><head><title>${text}</title>`,
    `<meta name="description" content="${text}"></head><body>`,
    `<header><nav><a href="/papers/">Papers</a></nav></header><main>`,
    article,
    `</main><footer>Footer</footer></body></html>`,
  ].join('');
}

const FACTS =
  '<div hidden data-pagefind-ignore><data value="quantization" data-pagefind-filter="tag[value]"></data>' +
  '<data value="26 Feb 2025" data-pagefind-meta="date[value]"></data></div>';

function article(title: string): string {
  const text = escapeHTML(title);
  return [
    '<article class="paper" data-pagefind-body><div class="page-main">',
    `<h1 dir="auto" title="${text}">${text}</h1><section><h2 id="abstract-heading" data-pagefind-ignore>Abstract</h2><p>${text} abstract.</p></section>`,
    '</div><div class="page-side">',
    `<section aria-label="About"><dl><div><dt data-pagefind-ignore>Team</dt><dd>${text}</dd></div></dl></section>`,
    `<div data-pagefind-ignore><section><h2>Related papers</h2><ul><li><a href="/papers/b/" title="${text}">${text}</a></li></ul>`,
    '<div><div>nested</div></div></section></div>',
    FACTS,
    '</div></article>',
  ].join('');
}

describe('the search document of a page', () => {
  it('is the marked element without the elements Pagefind skips, in the page’s language', () => {
    const doc = searchDocument('papers/a/', page({ title: 'DeepGEMM', lang: 'ko', article: article('DeepGEMM') }));
    assert.ok(doc);
    assert.equal(doc.url, '/papers/a/');
    assert.equal(
      doc.html,
      '<!DOCTYPE html><html lang="ko"><body>' +
        '<article class="paper" data-pagefind-body><div class="page-main"><h1 dir="auto" title="DeepGEMM">DeepGEMM</h1>' +
        '<section><p>DeepGEMM abstract.</p></section></div><div class="page-side">' +
        '<section aria-label="About"><dl><div><dd>DeepGEMM</dd></div></dl></section>' +
        `${FACTS}</div></article></body></html>`,
    );
  });

  it('keeps a skipped element that holds filters or metadata, which Pagefind still reads there', () => {
    const doc = searchDocument('papers/a/', page({ title: 'A', article: article('A') }));
    assert.match(doc?.html ?? '', /data-pagefind-filter="tag\[value\]"/u);
    assert.match(doc?.html ?? '', /data-pagefind-meta="date\[value\]"/u);
  });

  it('takes words of seed text that spell the marks as text, in the head, the body and quoted values', () => {
    const title = 'On data-pagefind-body and data-pagefind-ignore" data-pagefind-ignore x=" data-pagefind-meta="y';
    const doc = searchDocument('papers/a/', page({ title, article: article(title) }));
    const text = escapeHTML(title);
    assert.ok(doc?.html.startsWith(`<!DOCTYPE html><html lang="en"><body><article class="paper" data-pagefind-body>`));
    assert.ok(
      doc?.html.includes(`<h1 dir="auto" title="${text}">${text}</h1>`),
      'the title stays, with the quoted value that spells a mark',
    );
    assert.ok(doc?.html.includes(`<p>${text} abstract.</p>`), 'the abstract stays');
    assert.ok(doc?.html.includes(`<dd>${text}</dd>`), 'the team stays');
    assert.ok(!doc?.html.includes('Related papers'), 'the related items still go');
  });

  it('is null for a page with nothing to index, and an unreadable page fails naming it', () => {
    assert.equal(searchDocument('tags/', page({ title: 'Tags', article: '<section><h1>Tags</h1></section>' })), null);
    assert.throws(
      () => searchDocument('papers/a/', page({ title: 'A', article: '<article data-pagefind-body><p>open' })),
      /^Error: papers\/a\/: the element marked data-pagefind-body is never closed\.$/u,
    );
    assert.throws(
      () =>
        searchDocument('papers/a/', page({ title: 'A', article: '<article data-pagefind-body><div data-pagefind-ignore>open</article>' })),
      /^Error: papers\/a\/: the element marked data-pagefind-ignore is never closed\.$/u,
    );
  });
});
