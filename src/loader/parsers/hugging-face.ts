import { readHfDate } from '../dates.ts';
import { emptyPaper, type PaperDraft, type ParsedDump } from '../drafts.ts';
import { quoted, type Report } from '../errors.ts';
import { squash, type Line } from '../text.ts';
import { describeShape, lineShape } from './line-shape.ts';
import type { Layout, SeedDate } from '../../schemas/index.ts';

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
  /** The lines after the chrome, trimmed, blank ones kept, with a glued first title split off. */
  readonly body: Line[];
}

/**
 * Skips the page chrome and the page's own date line (`Oct 29`), which heads daily pages. The Subscribe
 * button's label is split off the first title only on a page that has no `Subscribe` line of its own,
 * so a first title `Subscriber Churn Prediction` after that line keeps its first word.
 */
function readHeader(lines: readonly Line[], report: Report | null): Header {
  const trimmed = lines.map((line) => ({ number: line.number, text: line.text.trim() }));
  let heading: string | null = null;
  let date: SeedDate | null = null;
  let sawSubscribe = false;
  let index = 0;
  for (; index < trimmed.length; index += 1) {
    const line = trimmed[index] as Line;
    if (line.text === '') continue;
    if (CHROME.some((pattern) => pattern.test(line.text))) {
      sawSubscribe ||= line.text === 'Subscribe';
      continue;
    }
    const glued = sawSubscribe ? null : GLUED_SUBSCRIBE.exec(line.text);
    if (glued?.[1]) return { heading, date, body: [{ number: line.number, text: glued[1] }, ...trimmed.slice(index + 1)] };
    const reading = heading === null ? readHfDate(line.text) : null;
    if (reading && (!reading.ok || reading.value.upvotes === null)) {
      heading = line.text;
      if (reading.ok) date = reading.value.date;
      else report?.(line.number, `expected the page's date to exist: ${reading.reason}`);
      continue;
    }
    break;
  }
  return { heading, date, body: trimmed.slice(index) };
}

/** `• 11 authors` gives a count; anything else is `org-handle Organisation Name`. */
function parseByline(text: string): Pick<PaperDraft, 'authorCount' | 'organisation'> {
  const count = AUTHOR_COUNT.exec(text);
  if (count) return { authorCount: Number(count[1]), organisation: null };
  const [handle = '', ...name] = text.split(/\s+/u);
  return { authorCount: null, organisation: { handle, name: name.join(' ') || handle } };
}

/** Lines with no blank line between them. */
type Block = readonly Line[];

function blocksOf(body: readonly Line[]): Block[] {
  const blocks: Line[][] = [];
  let current: Line[] = [];
  for (const line of body) {
    if (line.text !== '') current.push(line);
    else if (current.length > 0) {
      blocks.push(current);
      current = [];
    }
  }
  if (current.length > 0) blocks.push(current);
  return blocks;
}

function isMeta(block: Block): boolean {
  return block.some((line) => line.text === META_SEPARATOR);
}

/** Reads `[byline] · date [upvotes]`, a block of its own; null (after reporting why) when it is not one. */
function readMeta(block: Block, report: Report): Partial<PaperDraft> | null {
  const at = block.findIndex((line) => line.text === META_SEPARATOR);
  const separator = block[at] as Line;
  const before = block.slice(0, at);
  const after = block.slice(at + 1);
  if (before.length > 1) {
    report(
      before[0]?.number ?? separator.number,
      'expected at most one line (`• N authors` or an organisation) before `·`, after a blank line',
    );
    return null;
  }
  const dateLine = after[0];
  const reading = dateLine ? readHfDate(dateLine.text) : null;
  if (!dateLine || !reading) {
    report(dateLine?.number ?? separator.number, 'expected a date like `May 23`, `Jan 11, 2024` or `May 23 2` after `·`');
    return null;
  }
  if (!reading.ok) {
    report(dateLine.number, `expected a date that exists after \`·\`: ${reading.reason}`);
    return null;
  }
  const extra = after[1];
  if (extra) {
    report(extra.number, 'expected a blank line after the date that ends the metadata');
    return null;
  }
  const byline = before[0] ? parseByline(before[0].text) : {};
  return { ...byline, date: reading.value.date, upvotes: reading.value.upvotes };
}

function paperFrom(title: Line): PaperDraft {
  return emptyPaper(title.number, squash(title.text));
}

/**
 * Entries of the daily page, each a title, an optional abstract and an optional metadata block, with
 * blank lines between. A title with no abstract is accepted when the structure shows it: metadata follows
 * it, or the next line is a title followed by its abstract. See LAYOUTS.md.
 */
function dailyEntries(body: readonly Line[], report: Report): PaperDraft[] {
  const blocks = blocksOf(body);
  const entries: PaperDraft[] = [];
  // `broken`: already reported; its metadata is still read so that it is not reported again as metadata with no title.
  let open: { paper: PaperDraft; hasAbstract: boolean; broken: boolean } | null = null;
  const close = () => {
    if (open && !open.broken) entries.push(open.paper);
    open = null;
  };
  const startTitle = (line: Line) => {
    if (lineShape(line.text) === 'prose') {
      report(line.number, 'expected a paper title before this abstract (a title line, then a blank line, then the abstract)');
    } else open = { paper: paperFrom(line), hasAbstract: false, broken: false };
  };

  blocks.forEach((block, index) => {
    const first = block[0] as Line;
    if (isMeta(block)) {
      if (!open) {
        report(first.number, 'found paper metadata (authors, `·`, date) with no paper title and abstract before it');
        return;
      }
      const meta = readMeta(block, report);
      if (meta) open.paper = { ...open.paper, ...meta };
      else open.broken = true;
      close();
      return;
    }
    if (block.length > 1) {
      report(block[1]?.number ?? first.number, 'expected a blank line between a title, its abstract and its metadata');
      close();
      return;
    }
    if (AUTHOR_COUNT.test(first.text)) {
      report(first.number, 'expected `·` and a date on the lines after this author count');
      return;
    }
    if (!open) {
      startTitle(first);
      return;
    }
    if (open.hasAbstract) {
      close();
      startTitle(first);
      return;
    }
    if (lineShape(first.text) !== 'title') {
      open.paper = { ...open.paper, abstract: [squash(first.text)] };
      open.hasAbstract = true;
      return;
    }
    // A title-shaped line after a title: a new title only if its own abstract follows; anything else is ambiguous.
    const next = blocks[index + 1];
    const confirmed = next !== undefined && next.length === 1 && !isMeta(next) && lineShape((next[0] as Line).text) !== 'title';
    if (confirmed) {
      close();
      startTitle(first);
      return;
    }
    report(
      first.number,
      `cannot tell whether this line is the abstract of the title on line ${open.paper.line} or a new title; ` +
        `it ${describeShape(first.text)}. ` +
        'Expected an abstract written as prose, or a title followed by its abstract',
    );
    open = { ...open, hasAbstract: true, broken: true };
  });
  close();
  return entries;
}

/**
 * Entries of the list page: title and abstract lines back to back, every title with its abstract.
 * A line where the other is expected is reported at its own line and never shifts the lines after it.
 */
function listEntries(body: readonly Line[], report: Report): PaperDraft[] {
  const lines = body.filter((line) => line.text !== '');
  const entries: PaperDraft[] = [];
  let index = 0;
  while (index < lines.length) {
    const title = lines[index] as Line;
    index += 1;
    if (lineShape(title.text) === 'prose') {
      report(
        title.number,
        'expected a paper title; this line reads as an abstract (is its title missing, or the line above written twice?)',
      );
      continue;
    }
    const abstract = lines[index];
    if (!abstract) {
      report(title.number, 'expected an abstract line after this title');
      continue;
    }
    if (lineShape(abstract.text) === 'title') {
      report(
        title.number,
        `expected an abstract line after this title; the next line ${quoted(abstract.text, 50)} ${describeShape(abstract.text)}`,
      );
      continue;
    }
    index += 1;
    entries.push({ ...paperFrom(title), abstract: [squash(abstract.text)] });
  }
  return entries;
}

function parsePage(layout: Layout, lines: readonly Line[], report: Report): ParsedDump {
  const { heading, date, body } = readHeader(lines, report);
  const entries = layout === 'hf-list' ? listEntries(body, report) : dailyEntries(body, report);
  return { layout, heading, date, entries };
}

/** The daily page: entries separated by blank lines, many with a metadata block. */
export function parseHfDaily(lines: readonly Line[], report: Report): ParsedDump {
  return parsePage('hf-daily', lines, report);
}

/** The list page: title and abstract lines back to back, the first title glued to `Subscribe`. */
export function parseHfList(lines: readonly Line[], report: Report): ParsedDump {
  return parsePage('hf-list', lines, report);
}

/** A list page has no blank lines between its entries; a daily page does, and may carry `·` metadata. */
export function looksLikeHfList(lines: readonly Line[]): boolean {
  const body = readHeader(lines, null).body.filter((line) => line.text !== '');
  if (body.some((line) => line.text === META_SEPARATOR)) return false;
  return body.every((line, i) => i === 0 || line.number === (body[i - 1] as Line).number + 1);
}
