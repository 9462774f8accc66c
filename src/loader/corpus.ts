import { z } from 'astro/zod';
import { paperSchema, postSchema, sourceSchema, type Paper, type Post, type Source, type SourceRef } from '../schemas/index.ts';
import { detectLayout } from './detect.ts';
import type { EntryDraft, PaperDraft, ParsedDump, PostDraft } from './drafts.ts';
import { compareCodeUnits, Problems, quoted, reporterFor, SeedError } from './errors.ts';
import { groupByTitle, mergePaper, mergePost, type Located } from './merge.ts';
import { checkSegments, type TagUse } from './segment-clashes.ts';
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

/** Parses one dump, recognising its layout from the text; every problem goes to `problems`. */
export function parseDumpInto(dump: Dump, problems: Problems): ParsedDump | null {
  const lines = toLines(dump.text);
  const rule = problems.attempt(() => detectLayout(lines, dump.file), null);
  return rule ? rule.parse(lines, reporterFor(dump.file, problems)) : null;
}

/** Parses one dump, recognising its layout from the text. Throws SeedErrors naming file and line of every problem. */
export function parseDump(dump: Dump): ParsedDump {
  const problems = new Problems();
  const parsed = parseDumpInto(dump, problems);
  problems.throwIfAny();
  return parsed as ParsedDump;
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
 * can collide; the later page would then silently replace the other, so a clash is an error, reported at
 * the title that sorts later whatever the order of the files.
 */
function checkSlugsUnique(records: readonly { slug: string; title: string; sources: readonly SourceRef[] }[], problems: Problems): void {
  const bySlug = new Map<string, (typeof records)[number][]>();
  for (const record of records) bySlug.set(record.slug, [...(bySlug.get(record.slug) ?? []), record]);
  for (const [slug, clashing] of bySlug) {
    const [kept, ...others] = [...clashing].sort((a, b) => compareCodeUnits(a.title, b.title));
    if (!kept) continue;
    const keptRef = kept.sources[0] as SourceRef;
    for (const other of others) {
      const ref = other.sources[0] as SourceRef;
      problems.add(
        new SeedError(
          ref.file,
          ref.line,
          `expected a title whose slug \`${slug}\` is not already taken by ${quoted(kept.title)} ` +
            `(${keptRef.file}:${keptRef.line}); reword one title`,
        ),
      );
    }
  }
}

function collectDrafts(parsed: readonly { dump: Dump; result: ParsedDump }[]): {
  papers: Located<PaperDraft>[];
  posts: Located<PostDraft>[];
} {
  const papers: Located<PaperDraft>[] = [];
  const posts: Located<PostDraft>[] = [];
  for (const { dump, result } of parsed) {
    result.entries.forEach((entry, index) => {
      const ref = refFor(dump.file, result, entry, index);
      if (entry.kind === 'paper') papers.push({ draft: entry, ref });
      else posts.push({ draft: entry, ref });
    });
  }
  return { papers, posts };
}

/** Every hashtag at the entry that writes it, and every topic at the paper's first entry. */
function tagUsesOf(drafts: { papers: Located<PaperDraft>[]; posts: Located<PostDraft>[] }, papers: readonly Paper[]): TagUse[] {
  const at = (ref: SourceRef) => ({ file: ref.file, line: ref.line });
  return [
    ...[...drafts.papers, ...drafts.posts].flatMap(({ draft, ref }) => draft.tags.map((name) => ({ name, place: at(ref) }))),
    ...papers.flatMap((paper) =>
      paper.sources[0] ? paper.topics.map((name) => ({ name, place: at(paper.sources[0] as SourceRef) })) : [],
    ),
  ];
}

function sourceOf(dump: Dump, result: ParsedDump): Source {
  return validate(
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
  );
}

/**
 * Turns dumps into typed, merged records. Every stage runs on whatever the stages before it could read,
 * and every problem of every dump and stage is thrown together as SeedErrors: nothing is skipped, and a
 * problem found late (a slug clash) is not hidden behind one found early (a parse error). `fileProblems`
 * are those of files that could not be read at all (see read-seeds.ts), listed with the rest.
 */
export function buildCorpus(dumps: readonly Dump[], fileProblems: readonly SeedError[] = []): Corpus {
  const problems = new Problems();
  for (const problem of fileProblems) problems.add(problem);
  const ordered = [...dumps].sort((a, b) => compareCodeUnits(a.file, b.file));
  const parsed = ordered.flatMap((dump) => {
    const result = parseDumpInto(dump, problems);
    return result ? [{ dump, result }] : [];
  });

  const drafts = collectDrafts(parsed);
  const papers = groupByTitle(drafts.papers).flatMap((group) =>
    problems.attempt(() => [validate(paperSchema, mergePaper(group), group[0].ref, 'paper')], []),
  );
  const posts = groupByTitle(drafts.posts).flatMap((group) =>
    problems.attempt(() => [validate(postSchema, mergePost(group), group[0].ref, 'post')], []),
  );
  checkSlugsUnique(papers, problems);
  checkSlugsUnique(posts, problems);
  const sources = parsed.flatMap(({ dump, result }) => problems.attempt(() => [sourceOf(dump, result)], []));
  checkSegments(tagUsesOf(drafts, papers), sources, problems);
  problems.throwIfAny();
  return { papers, posts, sources };
}
