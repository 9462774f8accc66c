import { parseKoreanDate } from '../dates.ts';
import { emptyPaper, type PaperDraft, type ParsedDump } from '../drafts.ts';
import { SeedError } from '../errors.ts';
import { contentLines, isKorean, squash, textLength, type Line } from '../text.ts';

const AUTHOR_LINE = /^\((.*)\)$/su;
const TAG_LINE = /^#[^\s#]+(?:\s+#[^\s#]+)*$/u;

/** `(Qwen Team: A, B)` names a team before the colon; authors are split on commas and "and". */
export function parseAuthorLine(inner: string): { team: string | null; authors: string[] } {
  const teamMatch = /^([^:,()]+?):\s*(.*)$/su.exec(inner);
  const team = teamMatch ? squash(teamMatch[1] ?? '') : null;
  // Squashed first: splitting on `\s+and\s+` over a long run of spaces backtracks quadratically.
  const list = squash(teamMatch ? (teamMatch[2] ?? '') : inner);
  const authors = list
    .split(/,| and /u)
    .map(squash)
    .filter((name) => name !== '');
  return { team: team || null, authors };
}

function isAuthorLine(line: Line | undefined): boolean {
  return line !== undefined && AUTHOR_LINE.test(line.text.trim());
}

function isTagLine(line: Line | undefined): boolean {
  return line !== undefined && TAG_LINE.test(line.text.trim());
}

/** English commentary translates the Korean, so it is at most this many times as long; an abstract runs far longer. */
const TRANSLATION_RATIO = 4;

/**
 * English written before all the Korean: the abstract, the English commentary (written first), or both.
 * The commentary is the trailing paragraphs, no more of them than the Korean has, as long as they read as
 * its translation by length; whatever comes before is the abstract.
 */
function splitEnglishBeforeKorean(english: readonly string[], ko: readonly string[]): { abstract: string[]; en: string[] } {
  const limit = textLength(ko) * TRANSLATION_RATIO;
  let start = english.length;
  while (start > 0 && english.length - start < ko.length && textLength(english.slice(start - 1)) <= limit) start -= 1;
  return { abstract: english.slice(0, start), en: english.slice(start) };
}

/**
 * Splits an entry's prose by script. Korean lines are Korean commentary. English after the first
 * Korean line is English commentary and English before it the abstract; when all the English comes
 * first, its last paragraphs may be the English commentary (see splitEnglishBeforeKorean). With no
 * Korean at all, a lone English paragraph is commentary and a longer run opens with the abstract.
 */
function splitProse(prose: readonly string[]): Pick<PaperDraft, 'abstract' | 'commentary'> {
  const firstKorean = prose.findIndex(isKorean);
  if (firstKorean === -1) {
    return prose.length >= 2
      ? { abstract: prose.slice(0, 1), commentary: { ko: [], en: prose.slice(1) } }
      : { abstract: [], commentary: { ko: [], en: [...prose] } };
  }
  const before = prose.slice(0, firstKorean);
  const after = prose.slice(firstKorean);
  const ko = after.filter(isKorean);
  const en = after.filter((text) => !isKorean(text));
  if (en.length > 0) return { abstract: before, commentary: { ko, en } };
  const split = splitEnglishBeforeKorean(before, ko);
  return { abstract: split.abstract, commentary: { ko, en: split.en } };
}

/**
 * The dated bilingual digest: a date line, then entries of title, `(authors)`, abstract,
 * Korean and English commentary and a `#tags` line. A new entry starts after a tags line or
 * at a line directly followed by an author line.
 */
export function parseDigest(lines: readonly Line[], file: string): ParsedDump {
  const content = contentLines(lines);
  const [heading, ...rest] = content;
  const date = heading ? parseKoreanDate(heading.text) : null;
  if (!heading || !date) {
    throw new SeedError(file, heading?.number ?? 1, 'expected a date line like `2025년 2월 26일`');
  }

  const entries: PaperDraft[] = [];
  let index = 0;
  while (index < rest.length) {
    const titleLine = rest[index] as Line;
    if (isAuthorLine(titleLine)) {
      throw new SeedError(file, titleLine.number, 'expected a paper title before this `(authors)` line');
    }
    if (isTagLine(titleLine)) {
      throw new SeedError(file, titleLine.number, 'expected a paper title before these #tags');
    }
    index += 1;
    let authors: ReturnType<typeof parseAuthorLine> = { team: null, authors: [] };
    if (isAuthorLine(rest[index])) {
      authors = parseAuthorLine(AUTHOR_LINE.exec((rest[index] as Line).text.trim())?.[1] ?? '');
      index += 1;
    }
    const prose: string[] = [];
    let tags: string[] = [];
    while (index < rest.length) {
      const line = rest[index] as Line;
      if (isTagLine(line)) {
        tags = line.text.trim().split(/\s+/u).map((tag) => tag.slice(1));
        index += 1;
        break;
      }
      if (isAuthorLine(rest[index + 1])) break; // the next entry's title, its entry having no tags line
      if (isAuthorLine(line)) {
        throw new SeedError(file, line.number, 'found a second `(authors)` line; expected commentary or #tags');
      }
      prose.push(squash(line.text));
      index += 1;
    }
    entries.push({
      ...emptyPaper(titleLine.number, squash(titleLine.text)),
      ...authors,
      authorCount: authors.authors.length > 0 ? authors.authors.length : null,
      date,
      tags,
      ...splitProse(prose),
    });
  }
  return { layout: 'digest', heading: squash(heading.text), date, entries };
}
