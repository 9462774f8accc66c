import { z } from 'astro/zod';
import { paperSchema, postSchema, sourceSchema, type Paper, type Post, type Source, type SourceRef } from '../schemas/index.ts';
import { detectLayout } from './detect.ts';
import type { EntryDraft, PaperDraft, ParsedDump, PostDraft } from './drafts.ts';
import { SeedError, SeedErrors } from './errors.ts';
import { groupByTitle, mergePaper, mergePost, type Located } from './merge.ts';
import { slugFor, titleKey } from './slugs.ts';
import { toLines } from './text.ts';

/** A seed dump as read from disk. */
export interface Dump {
  /** File name, e.g. `003_4441ba21b5e0df02.txt`. */
  readonly file: string;
  readonly text: string;
}

/** Everything the site is built from. */
export interface Corpus {
  readonly papers: Paper[];
  readonly posts: Post[];
  readonly sources: Source[];
}

/** Parses one dump, recognising its layout from the text. Throws a SeedError naming file and line. */
export function parseDump(dump: Dump): ParsedDump {
  const lines = toLines(dump.text);
  return detectLayout(lines, dump.file).parse(lines, dump.file);
}

function sourceId(file: string): string {
  return file.replace(/\.txt$/iu, '');
}

function refFor(file: string, parsed: ParsedDump, entry: EntryDraft, index: number): SourceRef {
  return { source: sourceId(file), file, layout: parsed.layout, position: index + 1, line: entry.line };
}

/** Validates a finished record, reporting a failure at the first place it came from. */
function validate<T>(schema: z.ZodType<T>, record: T, ref: SourceRef, what: string): T {
  const result = schema.safeParse(record);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => `${issue.path.join('.') || what}: ${issue.message}`).join('; ');
  throw new SeedError(ref.file, ref.line, `invalid ${what} (${issues})`);
}

/**
 * Different titles almost never share a slug, but a long title's hash or a title like `Untitled 1a2b3c4d`
 * can collide; the later page would then silently replace the earlier one, so a clash is an error.
 */
function checkSlugsUnique(records: readonly { slug: string; title: string; sources: readonly SourceRef[] }[], errors: SeedError[]): void {
  const seen = new Map<string, { title: string; ref: SourceRef }>();
  for (const record of records) {
    const ref = record.sources[0] as SourceRef;
    const earlier = seen.get(record.slug);
    if (earlier) {
      const where = `${earlier.ref.file}:${earlier.ref.line}`;
      errors.push(new SeedError(ref.file, ref.line, `expected a title whose slug \`${record.slug}\` is not already taken by "${earlier.title}" (${where}); reword one title`));
    } else seen.set(record.slug, { title: record.title, ref });
  }
}

/**
 * Turns dumps into typed, merged records. Every problem in every dump is collected and thrown
 * together as SeedErrors; nothing is skipped.
 */
export function buildCorpus(dumps: readonly Dump[]): Corpus {
  const ordered = [...dumps].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const errors: SeedError[] = [];
  const parsed: { dump: Dump; result: ParsedDump }[] = [];
  for (const dump of ordered) {
    try {
      parsed.push({ dump, result: parseDump(dump) });
    } catch (error) {
      if (error instanceof SeedError) errors.push(error);
      else throw error;
    }
  }
  if (errors.length > 0) throw new SeedErrors(errors);

  const paperDrafts: Located<PaperDraft>[] = [];
  const postDrafts: Located<PostDraft>[] = [];
  for (const { dump, result } of parsed) {
    result.entries.forEach((entry, index) => {
      const ref = refFor(dump.file, result, entry, index);
      if (entry.kind === 'paper') paperDrafts.push({ draft: entry, ref });
      else postDrafts.push({ draft: entry, ref });
    });
  }

  const collect = <T>(make: () => T): T | null => {
    try {
      return make();
    } catch (error) {
      if (error instanceof SeedError) errors.push(error);
      else throw error;
      return null;
    }
  };
  const papers = groupByTitle(paperDrafts)
    .map((group) => collect(() => validate(paperSchema, mergePaper(group), group[0]!.ref, 'paper')))
    .filter((paper): paper is Paper => paper !== null);
  const posts = groupByTitle(postDrafts)
    .map((group) => collect(() => validate(postSchema, mergePost(group), group[0]!.ref, 'post')))
    .filter((post): post is Post => post !== null);
  checkSlugsUnique(papers, errors);
  checkSlugsUnique(posts, errors);
  if (errors.length > 0) throw new SeedErrors(errors);

  const sources = parsed.map(({ dump, result }) =>
    validate(
      sourceSchema,
      {
        id: sourceId(dump.file),
        file: dump.file,
        layout: result.layout,
        heading: result.heading,
        date: result.date,
        lineCount: toLines(dump.text).length,
        entries: result.entries.map((entry) => ({
          kind: entry.kind,
          slug: slugFor(titleKey(entry.title)),
          title: entry.title,
          line: entry.line,
        })),
      },
      { source: sourceId(dump.file), file: dump.file, layout: result.layout, position: 1, line: 1 },
      'source',
    ),
  );
  return { papers, posts, sources };
}
