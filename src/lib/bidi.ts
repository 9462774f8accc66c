/**
 * Bidirectional-text controls in seed text. U+202E (right-to-left override) reverses what follows
 * it up to the end of its paragraph, so a title can disguise itself ("gpj.exe" shows as "exe.jpg")
 * and reverse the text after it. In HTML each piece of seed text sits in an isolated element (see
 * site.css); where there is no markup, as in the document title, isolate() brackets it instead.
 */

/** Embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): the controls that reach past their own text. */
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/u;

/** First strong isolate and pop directional isolate: whatever the text opens, the PDI closes. */
const FIRST_STRONG_ISOLATE = '\u2068';
const POP_DIRECTIONAL_ISOLATE = '\u2069';

export function hasBidiControls(text: string): boolean {
  return BIDI_CONTROL.test(text);
}

/** Text to show amid other text where no element can isolate it; unchanged when it holds no bidi controls. */
export function isolate(text: string): string {
  return hasBidiControls(text) ? `${FIRST_STRONG_ISOLATE}${text}${POP_DIRECTIONAL_ISOLATE}` : text;
}
