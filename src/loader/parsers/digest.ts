import { parseKoreanDate } from '../dates.ts';
import { emptyPaper, type PaperDraft, type ParsedDump } from '../drafts.ts';
import { SeedError } from '../errors.ts';
import { contentLines, isKorean, squash, type Line } from '../text.ts';

const AUTHOR_LINE = /^\((.*)\)$/su;
const TAG_LINE = /^#[^\s#]+(?:\s+#[^\s#]+)*$/u;

/** `(Qwen Team: A, B)` names a team before the colon; authors are split on commas and "and". */
export function parseAuthorLine(inner: string): { team: string | null; authors: string[] } {
  const teamMatch = /^([^:,()]+?):\s*(.*)$/su.exec(inner);
  const team = teamMatch ? squash(teamMatch[1] ?? '') : null;
  const list = teamMatch ? (teamMatch[2] ?? '') : inner;
  const authors = list
    .split(/,|\s+and\s+/u)
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

/**
 * Splits an entry's prose by script. English before the first Korean line is the abstract;
 * Korean lines are Korean commentary; English after them is English commentary. With no Korean
 * at all, a lone English paragraph is commentary and a longer run opens with the abstract.
 */
function splitProse(prose: readonly string[]): Pick<PaperDraft, 'abstract' | 'commentary'> {
  const firstKorean = prose.findIndex(isKorean);
  if (firstKorean === -1) {
    return prose.length >= 2
      ? { abstract: prose.slice(0, 1), commentary: { ko: [], en: prose.slice(1) } }
      : { abstract: [], commentary: { ko: [], en: [...prose] } };
  }
  const after = prose.slice(firstKorean);
  return {
    abstract: prose.slice(0, firstKorean),
    commentary: { ko: after.filter(isKorean), en: after.filter((text) => !isKorean(text)) },
  };
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
