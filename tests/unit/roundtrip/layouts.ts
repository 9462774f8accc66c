/**
 * Writers of the four layouts, as LAYOUTS.md describes them: each takes records and writes the text a
 * researcher's dump would hold, noting the line each entry starts on. Rough writers then make the
 * text ambiguous or wrong in the ways the layouts must reject rather than guess.
 */
import type { EntryDraft, PaperDraft, PostDraft } from '../../../src/loader/drafts.ts';
import type { SeedDate } from '../../../src/schemas/index.ts';
import type { Random } from '../fuzz/mutations.ts';
import { DAILY_PAGE_CHROME } from '../support.ts';
import { between, blogPost, dailyEntry, digestPaper, koreanDate, listPaper, symbolTwin, title, type DailyEntry } from './records.ts';

/** A written dump and the entries a correct parse gives back. */
export interface Written {
  readonly text: string;
  readonly entries: EntryDraft[];
}

class Lines {
  readonly lines: string[] = [];
  add(...lines: string[]): number {
    this.lines.push(...lines);
    return this.lines.length - lines.length + 1;
  }
  get next(): number {
    return this.lines.length + 1;
  }
}

function authorLine(paper: PaperDraft): string | null {
  const names = paper.authors.join(', ');
  if (paper.team !== null) return `(${paper.team}:${names ? ` ${names}` : ''})`;
  return paper.authors.length > 0 ? `(${names})` : null;
}

/** The dated digest: the date, then per entry its title, author line, abstract, Korean, English and #tags. */
export function writeDigest(random: Random): Written & { date: SeedDate } {
  const date = koreanDate(random);
  const out = new Lines();
  out.add(date.text);
  const count = between(random, 1, 6);
  const entries: PaperDraft[] = [];
  for (let index = 0; index < count; index += 1) {
    let paper = digestPaper(random, date, index === count - 1);
    if (index > 0 && random.next() < 0.15) paper = { ...paper, title: symbolTwin(random, (entries[index - 1] as PaperDraft).title) };
    const line = out.add(paper.title);
    const prose = [...paper.abstract, ...paper.commentary.ko, ...paper.commentary.en];
    const authors = authorLine(paper);
    // With no author line, a first line in brackets would be read as one: `()` says there are none.
    if (authors) out.add(authors);
    else if (/^\(.*\)$/u.test(prose[0] ?? '') || random.next() < 0.2) out.add('()');
    out.add(...prose);
    if (paper.tags.length > 0) out.add(paper.tags.map((tag) => `#${tag}`).join(' '));
    entries.push({ ...paper, line });
  }
  return { text: out.lines.join('\n'), entries, date };
}

function bylineText(entry: DailyEntry): string | null {
  if (!entry.byline) return null;
  if (entry.byline.kind === 'count') return `  • ${entry.byline.count} ${entry.byline.count === 1 ? 'author' : 'authors'}`;
  return entry.byline.name ? `${entry.byline.handle} ${entry.byline.name}` : entry.byline.handle;
}

function dateLine(paper: PaperDraft): string {
  return paper.upvotes === null ? (paper.date as SeedDate).text : `${(paper.date as SeedDate).text} ${paper.upvotes}`;
}

/**
 * A title with no abstract and no metadata is only readable when the next entry's abstract confirms it;
 * elsewhere such an entry gets its abstract back.
 */
function readableDaily(entries: DailyEntry[], random: Random): DailyEntry[] {
  return entries.map((entry, index) => {
    const next = entries[index + 1];
    const bare = entry.paper.abstract.length === 0 && !entry.meta;
    if (!bare || (next && next.paper.abstract.length > 0)) return entry;
    return { ...entry, paper: { ...entry.paper, abstract: [listPaper(random).abstract[0] as string] } };
  });
}

/** The daily page: chrome, the page date, then blank-line separated titles, abstracts and metadata blocks. */
export function writeDaily(
  random: Random,
  entries = readableDaily(
    Array.from({ length: between(random, 1, 6) }, () => dailyEntry(random)),
    random,
  ),
): Written {
  const out = new Lines();
  out.add(...DAILY_PAGE_CHROME);
  if (random.next() < 0.8) out.add('Oct 29', '');
  const papers: PaperDraft[] = [];
  for (const entry of entries) {
    const line = out.add(entry.paper.title, '');
    if (entry.paper.abstract[0]) out.add(entry.paper.abstract[0], '');
    if (entry.meta) {
      const byline = bylineText(entry);
      out.add(...(byline ? [byline] : []), '·', dateLine(entry.paper), '');
    }
    papers.push({ ...entry.paper, line });
  }
  return { text: out.lines.join('\n'), entries: papers };
}

/** The list page: chrome, then title and abstract lines back to back, the first title glued to `Subscribe`. */
export function writeList(random: Random, papers = Array.from({ length: between(random, 1, 6) }, () => listPaper(random))): Written {
  const out = new Lines();
  out.add('Get trending papers in your email inbox once a day!', 'Get trending papers in your email inbox!');
  const entries = papers.map((paper, index) => {
    const line = out.add(`${index === 0 ? 'Subscribe' : ''}${paper.title}`, paper.abstract[0] as string);
    return { ...paper, line };
  });
  return { text: out.lines.join('\n'), entries };
}

/** Splits a sentence of a quotation at word boundaries, as a paper's column does. */
function hardWrap(random: Random, line: string, pieces: number): string[] {
  const words = line.split(' ');
  if (pieces <= 1 || words.length < 2) return [line];
  const cuts = [...new Set(Array.from({ length: pieces - 1 }, () => between(random, 1, words.length - 1)))].sort((a, b) => a - b);
  return [0, ...cuts].map((start, index) => words.slice(start, cuts[index] ?? words.length).join(' '));
}

function blockLines(random: Random, block: PostDraft['body'][number]): string[] {
  const indent = (text: string) => (text === '' ? '    ' : `    ${text}`);
  switch (block.type) {
    case 'paragraph':
      return [indent(block.text)];
    case 'list':
      return block.items.map((item, index) => indent(block.ordered ? `${block.start + index}. ${item}` : `• ${item}`));
    case 'code':
      // A whitespace-only line after code marks it as code, as the copied pages do.
      return [...block.code.split('\n').map(indent), '    '];
    case 'quote': {
      const wrapped = block.lines.flatMap((line) => hardWrap(random, line, between(random, 1, 3)));
      // One physical line would be a paragraph; a quotation shows as several.
      return (wrapped.length > 1 ? wrapped : hardWrap(random, block.lines[0] as string, 2)).map(indent);
    }
  }
}

/** The blog tag page: `Tag: …`, then `  • Title` items with bodies indented four spaces. */
export function writeBlog(random: Random): Written {
  const tags = [...new Set(Array.from({ length: between(random, 1, 3) }, () => random.pick(['ml', 'systems', 'rl', '효율', 'C++'])))];
  const out = new Lines();
  out.add(`Tag: ${tags.join(random.next() < 0.5 ? ', ' : ' ')}`, '');
  const entries: PostDraft[] = [];
  for (let count = between(random, 1, 5); count > 0; count -= 1) {
    const post = blogPost(random, tags);
    const line = out.add(`  • ${post.title}`, '');
    if (post.url) out.add(`    ${post.url}`, '');
    for (const block of post.body) out.add(...blockLines(random, block), '');
    entries.push({ ...post, line });
  }
  return { text: out.lines.join('\n'), entries };
}

/** A digest whose last entry is closed by its #tags line, so what is appended starts a new entry. */
function closedDigest(random: Random): string {
  const { text, entries } = writeDigest(random);
  return entries.at(-1)?.kind === 'paper' && entries.at(-1)?.tags.length === 0 ? `${text}\n#closing` : text;
}

/** Damage each layout must report rather than read: the loader may not guess, so only an error is right. */
export const ROUGH: Record<string, (random: Random) => string> = {
  'a digest aside after an unfinished line, where a new title and its authors could be': (random) =>
    `${closedDigest(random)}\nA New Title\n(A)\n한국어 문장입니다.\nAn unfinished thought\n(업데이트: 코드가 공개되었습니다)\n#x`,
  'a digest date that is not on the calendar': (random) => writeDigest(random).text.replace(/^(\d{4})년 \d+월 \d+일/u, '$1년 2월 30일'),
  'a digest entry with too many hashtags': (random) =>
    `${closedDigest(random)}\nTagged\n(A)\n${Array.from({ length: 40 }, (_, index) => `#t${index}`).join(' ')}`,
  'a digest author line with a second colon': (random) => `${closedDigest(random)}\n${title(random)}\n(Team: A: B)\n#x`,
  'a list page with a title missing its abstract': (random) => {
    const papers = Array.from({ length: between(random, 2, 6) }, () => listPaper(random));
    const at = random.below(papers.length);
    const lines = writeList(random, papers).text.split('\n');
    lines.splice(3 + at * 2, 1);
    return lines.join('\n');
  },
  'a daily page with an abstract that reads as a title': (random) => {
    const entries = Array.from({ length: between(random, 1, 4) }, () => dailyEntry(random));
    const at = random.below(entries.length);
    const shaped = entries.map((entry, index) =>
      index === at ? { ...entry, paper: { ...entry.paper, abstract: [title(random, false)] } } : entry,
    );
    // Followed by a title and its abstract, a title-shaped line is a title: the entry after it must not confirm that.
    const next = shaped[at + 1];
    if (next) shaped[at + 1] = { ...next, paper: { ...next.paper, abstract: [] } };
    return writeDaily(random, shaped).text;
  },
  'a daily page with `·` followed by something that is not a date': (random) => `${writeDaily(random).text}\nExtra Title\n\n·\nyesterday\n`,
};
