/** Shared helpers for the loader's unit tests: the real seeds, inline dumps, and the invariants every parse must keep. */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { buildCorpus, type Corpus, type Dump } from '../../src/loader/corpus.ts';
import type { ParsedDump } from '../../src/loader/drafts.ts';
import { SeedError, SeedErrors } from '../../src/loader/errors.ts';
import { readSeedDir } from '../../src/loader/read-seeds.ts';
import type { Paper } from '../../src/schemas/index.ts';

export const ROOT = join(import.meta.dirname, '..', '..');
export const SEEDS_DIR = join(ROOT, 'content', 'seeds');
export const HOSTILE_DIR = join(ROOT, 'tests', 'fixtures', 'hostile-seeds');

/** The five real dumps by what they hold. */
/** The lines a Hugging Face daily page opens with, before its date (see src/loader/LAYOUTS.md). */
export const DAILY_PAGE_CHROME: readonly string[] = [
  'new',
  '',
  'Get trending papers in your email inbox!',
  '',
  'Subscribe',
  '',
  'Daily Papers',
  '',
  'byAK and the research community',
  '',
];

export const SEED = {
  digest: '000_1c9f1cf836b27124.txt',
  blog: '001_fcfb23ecd0d5ce7b.txt',
  list: '002_da7c46ff3b04e6d9.txt',
  daily: '003_4441ba21b5e0df02.txt',
  dailyNoMeta: '004_68e49bc843516c37.txt',
} as const;

export async function realDumps(): Promise<Dump[]> {
  return readSeedDir(SEEDS_DIR);
}

export async function realDump(file: string): Promise<Dump> {
  const dump = (await realDumps()).find((candidate) => candidate.file === file);
  assert.ok(dump, `${file} is in content/seeds`);
  return dump;
}

/** Builds a corpus from one inline dump. */
export function corpusOf(text: string, file = 'inline.txt'): Corpus {
  return buildCorpus([{ file, text }]);
}

/** Runs `build`, which must throw SeedErrors, and returns its errors. */
export function seedErrorsOf(build: () => unknown): readonly SeedError[] {
  try {
    build();
  } catch (error) {
    assert.ok(error instanceof SeedErrors, `expected SeedErrors, got ${String(error)}`);
    for (const each of error.problems) assert.ok(each instanceof SeedError);
    return error.problems;
  }
  assert.fail('expected the dumps to be rejected');
}

/** The single error a build of one inline dump must fail with. */
export function seedErrorOf(text: string, file = 'inline.txt'): SeedError {
  const errors = seedErrorsOf(() => corpusOf(text, file));
  assert.equal(errors.length, 1, errors.map((error) => error.message).join('\n'));
  return errors[0] as SeedError;
}

/**
 * Every entry of every source is one place in exactly one record's `sources`, and every record's
 * sources point back at such entries: nothing is dropped between parsing and the collections.
 */
export function assertEveryEntryMapped(corpus: Corpus): void {
  const records = [
    ...corpus.papers.map((record) => ({ kind: 'paper', record })),
    ...corpus.posts.map((record) => ({ kind: 'post', record })),
  ];
  const bySlug = new Map<string, (typeof records)[number]>();
  for (const item of records) {
    const key = `${item.kind}:${item.record.slug}`;
    assert.ok(!bySlug.has(key), `slug ${key} is used once`);
    bySlug.set(key, item);
  }
  let refs = 0;
  for (const { kind, record } of records) {
    assert.ok(record.sources.length > 0, `${record.slug} has a source`);
    for (const ref of record.sources) {
      const source = corpus.sources.find((candidate) => candidate.id === ref.source);
      const entry = source?.entries[ref.position - 1];
      assert.ok(entry, `${record.slug}: ${ref.file} position ${ref.position} exists`);
      assert.deepEqual(
        [entry.kind, entry.slug, entry.line, ref.file, ref.layout],
        [kind, record.slug, ref.line, source.file, source.layout],
      );
      refs += 1;
    }
  }
  const entries = corpus.sources.reduce((sum, source) => sum + source.entries.length, 0);
  assert.equal(refs, entries, 'every source entry is listed by exactly one record');
  for (const source of corpus.sources) {
    for (const entry of source.entries)
      assert.ok(bySlug.has(`${entry.kind}:${entry.slug}`), `${source.file}:${entry.line} maps to a record`);
  }
}

/** Words (letters and digits) of a text, compared without case; numbers without leading zeros. */
export function wordsOf(text: string): string[] {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.map((word) => (/^[0-9]+$/u.test(word) ? word.replace(/^0+(?=[0-9])/u, '') : word));
}

function collectWords(value: unknown, into: Set<string>): void {
  if (typeof value === 'string') for (const word of wordsOf(value)) into.add(word);
  else if (typeof value === 'number') into.add(String(value));
  else if (Array.isArray(value)) for (const item of value) collectWords(item, into);
  else if (value !== null && typeof value === 'object') for (const item of Object.values(value)) collectWords(item, into);
}

/** Lines of Hugging Face page chrome, which carry no content and are meant to be dropped. */
const PAGE_CHROME = new Set([
  'new',
  'Get trending papers in your email inbox once a day!',
  'Get trending papers in your email inbox!',
  'Subscribe',
  'Daily Papers',
  'byAK and the research community',
]);
const AUTHOR_COUNT_LINE = /^•\s*\d+\s+authors?$/u;
const AUTHOR_LINE = /^\(.*\)$/u;
const LIST_MARKER = /^(?:•|\d+[.)])\s+/u;

/**
 * The words of a dump that a parse must keep: all of them but page chrome, list markers (a list
 * keeps only its first number), the word `authors` of a `• N authors` line and the `and` between
 * names in an `(authors)` line.
 */
export function contentWords(text: string): string[] {
  return text.split(/\r\n|\r|\n/u).flatMap((raw) => {
    const line = raw.replace(/^\uFEFF/u, '').trim();
    if (PAGE_CHROME.has(line)) return [];
    if (AUTHOR_COUNT_LINE.test(line)) return wordsOf(line).filter((word) => !/^authors?$/u.test(word));
    if (AUTHOR_LINE.test(line)) return wordsOf(line).filter((word) => word !== 'and');
    return wordsOf(line.replace(LIST_MARKER, ''));
  });
}

/**
 * Every word of the dump's content is somewhere in what the parser returned: no text is dropped.
 * A Hugging Face list glues its first title to `Subscribe`, so `subscribefixed` may come out as `fixed`
 * and `Subscribe>` as `>`.
 */
export function assertTextKept(text: string, parsed: ParsedDump | Corpus, file: string): void {
  const kept = new Set<string>();
  collectWords(parsed, kept);
  const isKept = (word: string) =>
    kept.has(word) || (word.startsWith('subscribe') && (word === 'subscribe' || kept.has(word.slice('subscribe'.length))));
  const lost = [...new Set(contentWords(text))].filter((word) => !isKept(word));
  assert.deepEqual(lost.slice(0, 20), [], `${file}: words of the dump missing from the parse`);
}

/** A paper record with every optional field empty, for tests of what pages make of one. */
export function paperRecord(fields: Partial<Paper> & Pick<Paper, 'slug'>): Paper {
  return {
    title: fields.slug,
    authors: [],
    team: null,
    authorCount: null,
    organisation: null,
    date: null,
    dates: [],
    upvotes: null,
    abstract: [],
    commentary: { ko: [], en: [] },
    tags: [],
    topics: [],
    links: [],
    sources: [{ source: 's', file: 's.txt', layout: 'digest', position: 1, line: 1 }],
    ...fields,
  };
}
