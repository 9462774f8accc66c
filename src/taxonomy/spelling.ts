/**
 * British spellings of the vocabulary the topic rules are written in: `quantisation`, `optimiser`,
 * `tokenised`, `modelling`. Text is matched as if written with the American forms the rules use, so
 * a paper or note in British English gets the same topics. Only the stems the taxonomy uses are
 * changed, so words like `precise` or `otherwise` are left alone.
 */

/** Stems spelled `-ise` in British English, `-ize` in the rules; the `s` is what changes. */
const STEMS =
  'quanti|optimi|tokeni|speciali|normali|generali|regulari|rematerial|parameteri|initiali|minimi|maximi|summari|discreti|binari|vectori';
const ISE_STEMS = new RegExp(`\\b(${STEMS})(s)(e|es|ed|er|ers|ing|ation|ations|able)\\b`, 'giu');
/** `modelling`, `modelled`, `modeller` with a double `l`. */
const DOUBLED_L = /\b(model)l(ing|ed|er|ers)\b/giu;

/** The text with British spellings of the taxonomy's terms in their American form, case kept. */
export function americanSpelling(text: string): string {
  return text
    .replace(ISE_STEMS, (_, stem: string, s: string, ending: string) => `${stem}${s === 'S' ? 'Z' : 'z'}${ending}`)
    .replace(DOUBLED_L, (_, stem: string, ending: string) => `${stem}${ending}`);
}
