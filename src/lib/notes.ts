/**
 * The maintainer's notes joined to the papers: each `papers` entry of a note's frontmatter is
 * resolved to a published paper by title (as the dumps write it, ignoring case, spacing and
 * punctuation) or by slug. An entry that names no paper fails the build with the note's file and
 * line and the closest titles, every such problem listed at once.
 */
import { readFile } from 'node:fs/promises';
import type { CollectionEntry } from 'astro:content';
import { titleKey } from '../loader/slugs.ts';
import { topicsFor } from '../loader/topics.ts';
import { NoteError, NoteErrors } from '../notes/errors.ts';
import type { Paper, SeedDate } from '../schemas/index.ts';
import { closestTitles } from './closest.ts';

export interface Note {
  /** URL segment: the file name without `.mdx`. */
  readonly slug: string;
  readonly title: string;
  /** The note's day, in the shape paper dates have, so lists and sorting treat both alike. */
  readonly date: SeedDate;
  readonly summary: string | null;
  /** Tags from the frontmatter, as written. */
  readonly tags: readonly string[];
  /** Topics of the site's taxonomy, matched on the note's title, summary and text. */
  readonly topics: readonly string[];
  /** The papers the frontmatter names, in its order. */
  readonly papers: readonly Paper[];
  /** The note's file, relative to the project, for error messages. */
  readonly file: string;
  /** The collection entry, for rendering the note's MDX. */
  readonly entry: CollectionEntry<'notes'>;
}

/** Finds papers by title as written or by slug. */
export interface PaperFinder {
  find(written: string): Paper | undefined;
  /** Up to three titles closest to one that matched nothing. */
  closest(written: string): string[];
}

export function paperFinder(papers: readonly Paper[]): PaperFinder {
  const byKey = new Map(papers.map((paper) => [titleKey(paper.title), paper]));
  const bySlug = new Map(papers.map((paper) => [paper.slug, paper]));
  return {
    find: (written) => byKey.get(titleKey(written)) ?? bySlug.get(written.trim()),
    closest: (written) =>
      closestTitles(
        written,
        papers.map((paper) => paper.title),
      ),
  };
}

/** The message for a paper reference that matched nothing. */
export function unknownPaperReason(written: string, finder: PaperFinder): string {
  const closest = finder.closest(written);
  const hint = closest.length > 0 ? ` Closest titles: ${closest.map((title) => `“${title}”`).join(', ')}.` : '';
  return `names no paper on the site: “${written}”.${hint}`;
}

function noteDate(text: string): SeedDate {
  const [year = 0, month = 1, day = 1] = text.split('-').map(Number);
  return { text, year, month, day, sortKey: text };
}

/** 1-based line of the list item that reads `text` (else of the first line holding it), or 1. */
async function lineOf(file: string, text: string): Promise<number> {
  const lines = (await readFile(file, 'utf8').catch(() => '')).split(/\r?\n/u);
  const item = (line: string) =>
    line
      .replace(/^\s*-\s*/u, '')
      .trim()
      .replace(/^(["'])(.*)\1$/u, '$2');
  const exact = lines.findIndex((line) => item(line) === text);
  const index = exact !== -1 ? exact : lines.findIndex((line) => line.includes(text));
  return index === -1 ? 1 : index + 1;
}

export async function buildNotes(entries: readonly CollectionEntry<'notes'>[], finder: PaperFinder): Promise<Note[]> {
  const problems: NoteError[] = [];
  const notes: Note[] = [];
  for (const entry of entries) {
    const file = entry.filePath ?? `${entry.id}.mdx`;
    const papers: Paper[] = [];
    for (const written of entry.data.papers) {
      const paper = finder.find(written);
      if (paper) papers.push(paper);
      else problems.push(new NoteError(file, await lineOf(file, written), `\`papers\` ${unknownPaperReason(written, finder)}`));
    }
    const { title, summary, tags } = entry.data;
    notes.push({
      slug: entry.id,
      title,
      date: noteDate(entry.data.date),
      summary: summary ?? null,
      tags,
      topics: topicsFor([title, summary ?? '', entry.body ?? '']),
      papers: [...new Set(papers)],
      file,
      entry,
    });
  }
  if (problems.length > 0) throw new NoteErrors(problems);
  // Newest first, then by file name, so the order never depends on the file system.
  const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return notes.sort((a, b) => compare(b.date.sortKey, a.date.sortKey) || compare(a.slug, b.slug));
}
