/** One line of a dump with its 1-based line number. Trailing whitespace is removed; leading indentation is kept. */
export interface Line {
  readonly number: number;
  readonly text: string;
  /** True when the line held only spaces or tabs. Blog dumps copy code blocks with such lines inside and after them. */
  readonly whitespaceOnly?: boolean;
}

/** Splits a dump into lines, tolerating a UTF-8 BOM, CRLF or CR line ends, trailing spaces and a missing final newline. */
export function toLines(raw: string): Line[] {
  const text = raw.startsWith('\uFEFF') ? raw.slice(1) : raw;
  const pieces = text.split(/\r\n|\r|\n/);
  // A final line break ends the last line rather than starting an empty one, so `a\n` and `a` both have one line.
  if (pieces.at(-1) === '') pieces.pop();
  return pieces.map((line, index) => {
    const trimmed = line.trimEnd();
    return trimmed === '' && line !== '' ? { number: index + 1, text: '', whitespaceOnly: true } : { number: index + 1, text: trimmed };
  });
}

/** Lines with visible text, in order. */
export function contentLines(lines: readonly Line[]): Line[] {
  return lines.filter((line) => line.text.trim() !== '');
}

/** Total characters of a list of paragraphs. */
export function textLength(paragraphs: readonly string[]): number {
  return paragraphs.reduce((sum, text) => sum + text.length, 0);
}

/** Collapses runs of whitespace (including NBSP) and trims. */
export function squash(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

const HANGUL = /\p{Script=Hangul}/gu;
const LETTER = /\p{L}/gu;

/**
 * True when a line is Korean prose. Korean commentary often carries English terms
 * ("Sparse Autoencoder로 Latent를 …"), so any real share of Hangul letters decides it.
 */
export function isKorean(text: string): boolean {
  const hangul = text.match(HANGUL)?.length ?? 0;
  if (hangul === 0) return false;
  const letters = text.match(LETTER)?.length ?? 0;
  return hangul >= 2 ? hangul / letters >= 0.05 : hangul / letters >= 0.5;
}
