import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { XML_REPLACEMENT, xmlSafe, xmlText } from '../../src/lib/xml.ts';

/** Every code point XML 1.0 forbids, by the ranges of https://www.w3.org/TR/xml/#charsets. */
const FORBIDDEN = [
  ...Array.from({ length: 0x20 }, (_, code) => code).filter((code) => code !== 0x09 && code !== 0x0a && code !== 0x0d),
  0xfffe,
  0xffff,
].map((code) => String.fromCharCode(code));

describe('text for XML files', () => {
  it('replaces each character XML 1.0 forbids with U+FFFD, one for one', () => {
    for (const char of FORBIDDEN) assert.equal(xmlText(`a${char}b`), `a${XML_REPLACEMENT}b`, `U+${char.charCodeAt(0).toString(16)}`);
    assert.equal(xmlText(FORBIDDEN.join('')), XML_REPLACEMENT.repeat(FORBIDDEN.length));
  });

  it('replaces lone surrogates, which no encoding can write', () => {
    assert.equal(xmlText('a\uD800b\uDC00c'), `a${XML_REPLACEMENT}b${XML_REPLACEMENT}c`);
  });

  it('keeps everything XML allows: tab, newlines, Korean, astral characters, the edges of each range', () => {
    const allowed = '\t\n\r 한국어 😀 \u007F\u0085\uD7FF\uE000\uFFFD\u{10000}\u{10FFFF} <&> \u202E';
    assert.equal(xmlText(allowed), allowed);
  });

  it('makes every string of a feed safe and leaves dates and numbers as they are', () => {
    const date = new Date('2025-03-02T00:00:00Z');
    const feed = {
      title: 'T\u0007',
      items: [{ title: 'x\u001Fy', pubDate: date, categories: ['a\uFFFF', 'b'] }],
      count: 3,
      missing: undefined,
    };
    const safe = xmlSafe(feed);
    assert.deepEqual(safe, {
      title: `T${XML_REPLACEMENT}`,
      items: [{ title: `x${XML_REPLACEMENT}y`, pubDate: date, categories: [`a${XML_REPLACEMENT}`, 'b'] }],
      count: 3,
      missing: undefined,
    });
    assert.equal(safe.items[0]?.pubDate, date);
    assert.equal(feed.title, 'T\u0007', 'the input is not changed');
  });
});
