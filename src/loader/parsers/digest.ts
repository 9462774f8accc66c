import { looksLikeKoreanDate, readKoreanDate } from '../dates.ts';
import { emptyPaper, type PaperDraft, type ParsedDump } from '../drafts.ts';
import { quoted, type Report } from '../errors.ts';
import { MAX_TAGS_PER_ENTRY } from '../limits.ts';
import { contentLines, isKorean, squash, type Line } from '../text.ts';
import type { SeedDate } from '../../schemas/index.ts';

const AUTHOR_LINE = /^\((.*)\)$/su;
const TAG_LINE = /^#[^\s#]+(?:\s+#[^\s#]+)*$/u;
/**
 * Where a sentence can end: Western punctuation (and closing quotes or brackets after it), or the
 * endings of a Korean sentence written without a full stop (`…했네요`, `…입니다`).
 */
const SENTENCE_END = /(?:[.!?…。:;]["'”’)\]]*|[다요죠음함임네군])$/u;

export function isDigestPage(lines: readonly Line[]): boolean {
  return looksLikeKoreanDate(lines.find((line) => line.text.trim() !== '')?.text ?? '');
}

/**
 * `(Qwen Team: A, B)` names a team before the colon, which may itself hold commas
 * (`(Codefuse, Ling Team: A, B)`); authors are split on commas and "and".
 */
export function parseAuthorLine(inner: string): { team: string | null; authors: string[]; problem: string | null } {
  const colon = inner.indexOf(':');
  const team = colon === -1 ? null : squash(inner.slice(0, colon));
  const names = colon === -1 ? inner : inner.slice(colon + 1);
  if (team === '') return { team: null, authors: [], problem: 'expected a team name before the `:` of the author line' };
  if (names.includes(':')) {
    return { team, authors: [], problem: 'expected one `:` in the author line, after the team name (`(Team: A, B)`)' };
  }
  // Squashed first: splitting on `\s+and\s+` over a long run of spaces backtracks quadratically.
  const authors = squash(names)
    .split(/,| and /u)
    .map(squash)
    .filter((name) => name !== '');
  return { team, authors, problem: null };
}

function isAuthorLine(line: Line | undefined): boolean {
  return line !== undefined && AUTHOR_LINE.test(line.text.trim());
}

function isTagLine(line: Line | undefined): boolean {
  return line !== undefined && TAG_LINE.test(line.text.trim());
}

/**
 * Splits an entry's prose by its order, the layout's own rule: English before the first Korean
 * paragraph is the abstract (all of it, when there is no Korean), Korean paragraphs are the Korean
 * commentary, and English after the first Korean paragraph is the English commentary.
 */
export function splitProse(prose: readonly string[]): Pick<PaperDraft, 'abstract' | 'commentary'> {
  const firstKorean = prose.findIndex(isKorean);
  if (firstKorean === -1) return { abstract: [...prose], commentary: { ko: [], en: [] } };
  const after = prose.slice(firstKorean);
  return {
    abstract: prose.slice(0, firstKorean),
    commentary: { ko: after.filter(isKorean), en: after.filter((text) => !isKorean(text)) },
  };
}

/** An entry's lines: its title, then everything up to and including its `#tags` line (or the end of the file). */
interface EntryLines {
  readonly title: Line;
  readonly body: Line[];
  readonly tags: Line | null;
}

/** Cuts the lines after the date into entries at each `#tags` line. */
function entriesOf(lines: readonly Line[]): EntryLines[] {
  const entries: EntryLines[] = [];
  let current: { title: Line; body: Line[] } | null = null;
  for (const line of lines) {
    if (!current) current = { title: line, body: [] };
    else if (isTagLine(line)) {
      entries.push({ ...current, tags: line });
      current = null;
    } else current.body.push(line);
  }
  if (current) entries.push({ ...current, tags: null });
  return entries;
}

/**
 * A `(…)` line inside the commentary is an aside, written after a finished sentence. After a line that
 * does not end one, it is as likely the author line of a next paper whose entry above lost its `#tags`:
 * the text cannot tell, so it is an error rather than a guess.
 */
function checkAside(previous: Line, aside: Line, entry: EntryLines, report: Report): boolean {
  if (SENTENCE_END.test(previous.text.trim())) return true;
  report(
    aside.number,
    `cannot tell whether ${quoted(previous.text.trim(), 60)} (line ${previous.number}) is commentary with this aside in brackets ` +
      `or the title of a new paper with its \`(authors)\`: expected a \`#tags\` line ending the entry of line ${entry.title.number} ` +
      'before a new title, or a finished sentence before an aside',
  );
  return false;
}

function readEntry(entry: EntryLines, date: SeedDate, report: Report): PaperDraft | null {
  const title = entry.title;
  if (isAuthorLine(title)) {
    report(title.number, 'expected a paper title before this `(authors)` line');
    return null;
  }
  if (isTagLine(title)) {
    report(title.number, 'expected a paper title before these #tags');
    return null;
  }
  let body = entry.body;
  let authors: { team: string | null; authors: string[] } = { team: null, authors: [] };
  const authorLine = body[0];
  if (authorLine && isAuthorLine(authorLine)) {
    const parsed = parseAuthorLine(AUTHOR_LINE.exec(authorLine.text.trim())?.[1] ?? '');
    if (parsed.problem) report(authorLine.number, parsed.problem);
    authors = parsed;
    body = body.slice(1);
  }
  let sound = true;
  body.forEach((line, index) => {
    const previous = body[index - 1];
    // An aside after the author line or after another aside cannot be a new title's author line.
    if (previous && isAuthorLine(line) && !isAuthorLine(previous)) sound = checkAside(previous, line, entry, report) && sound;
  });
  const tags = entry.tags
    ? entry.tags.text
        .trim()
        .split(/\s+/u)
        .map((tag) => tag.slice(1))
    : [];
  if (entry.tags && tags.length > MAX_TAGS_PER_ENTRY) {
    report(entry.tags.number, `found ${tags.length} hashtags; expected at most ${MAX_TAGS_PER_ENTRY} on one paper`);
    sound = false;
  }
  if (!sound) return null;
  return {
    ...emptyPaper(title.number, squash(title.text)),
    team: authors.team,
    authors: authors.authors,
    authorCount: authors.authors.length > 0 ? authors.authors.length : null,
    date,
    tags,
    ...splitProse(body.map((line) => squash(line.text))),
  };
}

/**
 * The dated bilingual digest: a date line, then entries of a title, an optional `(authors)` line
 * directly after it, prose (English abstract, Korean commentary, English commentary) and a `#tags`
 * line that ends the entry. See LAYOUTS.md.
 */
export function parseDigest(lines: readonly Line[], report: Report): ParsedDump {
  const [heading, ...rest] = contentLines(lines);
  const reading = heading ? readKoreanDate(heading.text) : null;
  if (!heading || !reading) {
    report(heading?.number ?? 1, 'expected a date line like `2025년 2월 26일`');
    return { layout: 'digest', heading: null, date: null, entries: [] };
  }
  if (!reading.ok) {
    report(heading.number, `expected a date that exists: ${reading.reason}`);
    return { layout: 'digest', heading: squash(heading.text), date: null, entries: [] };
  }
  const entries = entriesOf(rest)
    .map((entry) => readEntry(entry, reading.value, report))
    .filter((entry): entry is PaperDraft => entry !== null);
  return { layout: 'digest', heading: squash(heading.text), date: reading.value, entries };
}
