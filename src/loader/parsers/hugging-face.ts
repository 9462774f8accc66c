import { parseHfDate } from '../dates.ts';
import { emptyPaper, type PaperDraft, type ParsedDump } from '../drafts.ts';
import { SeedError } from '../errors.ts';
import { contentLines, squash, type Line } from '../text.ts';
import type { SeedDate } from '../../schemas/index.ts';

/**
 * Page chrome copied along with a Hugging Face papers page. Whole lines only: a chrome line with
 * more text glued on holds content, and skipping it would drop that content silently.
 */
const CHROME = [
  /^new$/u,
  /^Get trending papers in your email inbox(?: once a day)?!$/u,
  /^Daily Papers$/u,
  /^byAK and the research community$/u,
  /^Subscribe$/u,
];
/** The list layout glues the first title to the Subscribe button's label. */
const GLUED_SUBSCRIBE = /^Subscribe(\S.*)$/u;
const META_SEPARATOR = '·';
const AUTHOR_COUNT = /^•\s*(\d+)\s+authors?$/u;

/** True when the text carries Hugging Face page chrome, the mark of both paper-list layouts. */
export function hasHuggingFaceChrome(lines: readonly Line[]): boolean {
  return lines.some((line) => CHROME.some((pattern) => pattern.test(line.text.trim())) || GLUED_SUBSCRIBE.test(line.text.trim()));
}

interface Header {
  readonly heading: string | null;
  readonly date: SeedDate | null;
  /** Content lines after the chrome, with a glued first title split off. */
  readonly body: Line[];
}

/** Skips the page chrome and the page's own date line (`Oct 29`), which heads daily pages. */
function readHeader(lines: readonly Line[]): Header {
  const content = contentLines(lines).map((line) => ({ number: line.number, text: line.text.trim() }));
  let heading: string | null = null;
  let date: SeedDate | null = null;
  let index = 0;
  for (; index < content.length; index += 1) {
    const text = (content[index] as Line).text;
    if (CHROME.some((pattern) => pattern.test(text))) continue;
    const glued = GLUED_SUBSCRIBE.exec(text);
    if (glued?.[1]) {
      const body = content.slice(index + 1);
      body.unshift({ number: (content[index] as Line).number, text: glued[1] });
      return { heading, date, body };
    }
    const pageDate: ReturnType<typeof parseHfDate> = date === null ? parseHfDate(text) : null;
    if (pageDate && pageDate.upvotes === null) {
      heading = text;
      date = pageDate.date;
      continue;
    }
    break;
  }
  return { heading, date, body: content.slice(index) };
}

function isMetaStart(lines: readonly Line[], index: number): boolean {
  return lines[index]?.text === META_SEPARATOR || lines[index + 1]?.text === META_SEPARATOR;
}

/**
 * The line after a title is its abstract, even when `·` follows it (the byline is optional), unless
 * it is a `• N authors` byline directly before `·`: then the entry has no abstract.
 */
function isAbstract(lines: readonly Line[], index: number): boolean {
  const text = lines[index]?.text;
  if (text === undefined || text === META_SEPARATOR) return false;
  return !(AUTHOR_COUNT.test(text) && lines[index + 1]?.text === META_SEPARATOR);
}

/** `• 11 authors` gives a count; anything else is `org-handle Organisation Name`. */
function parseByline(text: string): Pick<PaperDraft, 'authorCount' | 'organisation'> {
  const count = AUTHOR_COUNT.exec(text);
  if (count) return { authorCount: Number(count[1]), organisation: null };
  const [handle = '', ...name] = text.split(/\s+/u);
  return { authorCount: null, organisation: { handle, name: name.join(' ') || handle } };
}

/** Reads `[byline] · date [upvotes]` starting at `index`; returns the fields and the index after them. */
function readMeta(lines: readonly Line[], index: number, file: string): [Partial<PaperDraft>, number] {
  let fields: Partial<PaperDraft> = {};
  let at = index;
  if (lines[at]?.text !== META_SEPARATOR) {
    fields = parseByline((lines[at] as Line).text);
    at += 1;
  }
  const separator = lines[at] as Line;
  const dateLine = lines[at + 1];
  const parsed = dateLine ? parseHfDate(dateLine.text) : null;
  if (!dateLine || !parsed) {
    throw new SeedError(file, dateLine?.number ?? separator.number, 'expected a date like `May 23`, `Jan 11, 2024` or `May 23 2` after `·`');
  }
  return [{ ...fields, date: parsed.date, upvotes: parsed.upvotes }, at + 2];
}

/**
 * Entries of title, abstract and an optional metadata group (an optional `• N authors` or
 * organisation line, `·`, then a date with optional year and upvotes). Metadata with no paper
 * above it is an error.
 */
function parseEntries(body: readonly Line[], file: string): PaperDraft[] {
  const entries: PaperDraft[] = [];
  let index = 0;
  while (index < body.length) {
    if (isMetaStart(body, index)) {
      const line = body[index] as Line;
      throw new SeedError(file, line.number, 'found paper metadata (authors, `·`, date) with no paper title and abstract before it');
    }
    const title = body[index] as Line;
    index += 1;
    let paper = emptyPaper(title.number, squash(title.text));
    if (index >= body.length) {
      throw new SeedError(file, title.number, 'expected an abstract line after this title');
    }
    if (isAbstract(body, index)) {
      paper = { ...paper, abstract: [squash((body[index] as Line).text)] };
      index += 1;
    }
    if (index < body.length && isMetaStart(body, index)) {
      const [meta, next] = readMeta(body, index, file);
      paper = { ...paper, ...meta };
      index = next;
    }
    entries.push(paper);
  }
  return entries;
}

/** The daily page: entries separated by blank lines, many with a metadata group. */
export function parseHfDaily(lines: readonly Line[], file: string): ParsedDump {
  const { heading, date, body } = readHeader(lines);
  return { layout: 'hf-daily', heading, date, entries: parseEntries(body, file) };
}

/** The list page: title and abstract lines back to back, the first title glued to `Subscribe`. */
export function parseHfList(lines: readonly Line[], file: string): ParsedDump {
  const { heading, date, body } = readHeader(lines);
  return { layout: 'hf-list', heading, date, entries: parseEntries(body, file) };
}

/** A list page has no blank lines between its entries; a daily page does, and may carry `·` metadata. */
export function looksLikeHfList(lines: readonly Line[]): boolean {
  const { body } = readHeader(lines);
  if (body.some((line) => line.text === META_SEPARATOR)) return false;
  return body.every((line, i) => i === 0 || line.number === (body[i - 1] as Line).number + 1);
}
