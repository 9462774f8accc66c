/**
 * Writes a synthetic seed corpus of N distinct papers in all four dump layouts, for the benchmark.
 *
 *   npx node bench/generate.ts --papers 1000 --out bench/.work/seeds-1000 [--seed 7] [--check]
 *
 * Same N and seed give the same files byte for byte. About 5% of papers appear in a second dump
 * of another layout, as real notes repeat across sources; some fields carry hazardous text.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildCorpus, type Corpus, type Dump } from '../src/loader/corpus.ts';
import { titleKey } from '../src/loader/slugs.ts';
import { writeBlog, writeDigest, writeHfDaily, writeHfList, type PaperLayout } from './lib/layouts.ts';
import { createPaper, createPost, type SyntheticPaper, type SyntheticPost } from './lib/prose.ts';
import { createRandom, type Random } from './lib/random.ts';
import { BLOG_TAGS } from './lib/vocabulary.ts';

export const DEFAULT_SEED = 20_251_123;
/** Share of papers written into a second dump. */
const DUPLICATE_SHARE = 0.05;
/** One post per this many papers, about the seeds' ratio. */
const PAPERS_PER_POST = 25;
/** Entries per dump: a few hundred to a few thousand, as exported pages and digests hold. */
const DUMP_SIZE = { min: 300, max: 2_500, smallestTail: 150 } as const;
const LAYOUT_SHARES: readonly (readonly [PaperLayout, number])[] = [
  ['digest', 0.3],
  ['hf-daily', 0.35],
  ['hf-list', 0.35],
];

export interface GeneratedCorpus {
  readonly dumps: Dump[];
  /** Distinct papers; the loader must find exactly this many. */
  readonly papers: number;
  /** Distinct posts (blog entries). */
  readonly posts: number;
  /** Papers that appear in two dumps. */
  readonly duplicates: number;
}

/**
 * Guards titles by the loader's own merge key, so two synthetic papers never merge by accident:
 * not with each other, nor with a title already `taken`.
 */
function titleRegistry(taken: Iterable<string> = []): (make: () => string) => string {
  const seen = new Set<string>(taken);
  return (make) => {
    for (let attempt = 0; ; attempt += 1) {
      const title = attempt < 20 ? make() : `${make()} ${attempt}`;
      const key = titleKey(title);
      if (key !== '' && !seen.has(key)) {
        seen.add(key);
        return title;
      }
    }
  };
}

/** Cuts a list into dump-sized pieces, never leaving a tiny last piece. */
function chunk<T>(items: readonly T[], random: Random): T[][] {
  const chunks: T[][] = [];
  let start = 0;
  while (start < items.length) {
    const remaining = items.length - start;
    let size = Math.min(remaining, random.int(DUMP_SIZE.min, DUMP_SIZE.max));
    if (remaining - size < DUMP_SIZE.smallestTail) size = remaining;
    chunks.push(items.slice(start, start + size));
    start += size;
  }
  return chunks;
}

/** A duplicate is written in another layout than its first appearance, so it always lands in another dump. */
function placePapers(
  papers: readonly SyntheticPaper[],
  random: Random,
): { byLayout: Map<PaperLayout, SyntheticPaper[]>; duplicates: number } {
  const byLayout = new Map<PaperLayout, SyntheticPaper[]>(LAYOUT_SHARES.map(([layout]) => [layout, []]));
  const layoutOf = (draw: number): PaperLayout => {
    let total = 0;
    for (const [layout, share] of LAYOUT_SHARES) {
      total += share;
      if (draw < total) return layout;
    }
    return 'hf-list';
  };
  let duplicates = 0;
  for (const paper of papers) {
    const layout = layoutOf(random.next());
    byLayout.get(layout)?.push(paper);
    if (random.chance(DUPLICATE_SHARE)) {
      const other = random.pick(LAYOUT_SHARES.map(([candidate]) => candidate).filter((candidate) => candidate !== layout));
      byLayout.get(other)?.push(random.chance(0.3) ? { ...paper, title: paper.title.toUpperCase() } : paper);
      duplicates += 1;
    }
  }
  for (const [layout, list] of byLayout) byLayout.set(layout, random.shuffle(list));
  return { byLayout, duplicates };
}

function writePaperDump(layout: PaperLayout, papers: readonly SyntheticPaper[], random: Random): string {
  switch (layout) {
    case 'digest':
      return writeDigest(papers, random, { year: random.int(2023, 2026), month: random.int(1, 12), day: random.int(1, 28) });
    case 'hf-daily':
      return writeHfDaily(papers, random, { month: random.int(1, 12), day: random.int(1, 28) });
    case 'hf-list':
      return writeHfList(papers);
  }
}

/** Blog pages by tag; some posts also appear under a second tag. */
function writeBlogDumps(posts: readonly SyntheticPost[], random: Random): string[] {
  if (posts.length === 0) return [];
  const pageCount = Math.min(BLOG_TAGS.length, Math.max(1, Math.ceil(posts.length / 100)));
  const tags = BLOG_TAGS.slice(0, pageCount);
  const pages = new Map<string, SyntheticPost[]>(tags.map((tag) => [tag, []]));
  for (const post of posts) {
    const tag = random.pick(tags);
    pages.get(tag)?.push(post);
    const others = tags.filter((candidate) => candidate !== tag);
    if (others.length > 0 && random.chance(DUPLICATE_SHARE)) pages.get(random.pick(others))?.push(post);
  }
  return [...pages].filter(([, list]) => list.length > 0).map(([tag, list]) => writeBlog(tag, list));
}

/** Dump files are named like the seeds, `NNN_<hash>.txt`, in a shuffled layout order. */
function nameDumps(texts: readonly string[], random: Random): Dump[] {
  return random.shuffle(texts).map((text, index) => ({
    file: `${String(index).padStart(3, '0')}_${createHash('sha256').update(text).digest('hex').slice(0, 16)}.txt`,
    text,
  }));
}

export function generateCorpus(paperCount: number, seed = DEFAULT_SEED): GeneratedCorpus {
  const random = createRandom(seed ^ paperCount);
  const uniqueTitle = titleRegistry();
  const papers = Array.from({ length: paperCount }, () => createPaper(random, uniqueTitle));
  const posts = Array.from({ length: Math.max(1, Math.round(paperCount / PAPERS_PER_POST)) }, () => createPost(random, uniqueTitle));
  const { byLayout, duplicates } = placePapers(papers, random);
  const texts: string[] = [];
  for (const [layout, list] of byLayout) {
    for (const part of chunk(list, random)) texts.push(writePaperDump(layout, part, random));
  }
  texts.push(...writeBlogDumps(posts, random));
  return { dumps: nameDumps(texts, random), papers: papers.length, posts: posts.length, duplicates };
}

interface CalendarDay {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** The day after the one a sort key `YYYY-MM-DD` names, by the calendar. */
export function dayAfter(sortKey: string): CalendarDay {
  const [year, month, day] = sortKey.split('-').map(Number) as [number, number, number];
  const next = new Date(Date.UTC(year, month - 1, day + 1));
  return { year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate() };
}

/**
 * One more Hugging Face daily page, as a researcher clips each day: the dump the benchmark adds
 * before timing a rebuild. Its `paperCount` papers are new to `corpus` (the loader's own parse of
 * the site's dumps): no title of theirs merges with one the corpus holds. The page and every
 * entry on it are dated the day after the corpus's newest dated paper, as a day's page lists that
 * day's papers; the entries that omit the year, as most do, sort with the corpus's other yearless
 * dates, and those without a date line at the undated end. Named to sort after the corpus's dumps.
 */
export function generateDailyDump(corpus: Corpus, paperCount: number, seed = DEFAULT_SEED): Dump {
  const random = createRandom(seed ^ 0x5eed_da7);
  const uniqueTitle = titleRegistry([...corpus.papers, ...corpus.posts].map((item) => titleKey(item.title)));
  let newest = '';
  for (const paper of corpus.papers) {
    for (const { date } of paper.dates) if (date.year !== null && date.sortKey > newest) newest = date.sortKey;
  }
  // A corpus without a dated paper has no day to follow; the generator's years end in 2026.
  const today = dayAfter(newest || '2026-12-31');
  const papers = Array.from({ length: paperCount }, () => ({ ...createPaper(random, uniqueTitle), ...today }));
  const text = writeHfDaily(papers, random, today);
  return { file: `999_${createHash('sha256').update(text).digest('hex').slice(0, 16)}.txt`, text };
}

/** Replaces the folder's `.txt` dumps with the corpus. */
export async function writeCorpus(dir: string, corpus: GeneratedCorpus): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const name of await readdir(dir)) if (name.endsWith('.txt')) await rm(join(dir, name));
  await Promise.all(corpus.dumps.map((dump) => writeFile(join(dir, dump.file), dump.text)));
}

/**
 * Parses the corpus with the site's own loader and checks it yields exactly the papers and posts
 * written. Throws with the loader's `file:line` errors when a dump does not parse.
 */
export function checkCorpus(corpus: GeneratedCorpus): { papers: number; posts: number; bytes: number; parsed: Corpus } {
  const parsed = buildCorpus(corpus.dumps);
  if (parsed.papers.length !== corpus.papers || parsed.posts.length !== corpus.posts) {
    throw new Error(
      `generated ${corpus.papers} papers and ${corpus.posts} posts, the loader found ${parsed.papers.length} and ${parsed.posts.length}`,
    );
  }
  const bytes = corpus.dumps.reduce((sum, dump) => sum + Buffer.byteLength(dump.text), 0);
  return { papers: parsed.papers.length, posts: parsed.posts.length, bytes, parsed };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      papers: { type: 'string', default: '1000' },
      out: { type: 'string' },
      seed: { type: 'string', default: String(DEFAULT_SEED) },
      check: { type: 'boolean', default: false },
    },
  });
  const paperCount = Number(values.papers);
  if (!Number.isInteger(paperCount) || paperCount < 1) throw new Error(`--papers must be a positive integer, got ${values.papers}`);
  const corpus = generateCorpus(paperCount, Number(values.seed));
  const out = values.out ?? join('bench', '.work', `seeds-${paperCount}`);
  await writeCorpus(out, corpus);
  console.log(
    `${out}: ${corpus.dumps.length} dumps, ${corpus.papers} papers (${corpus.duplicates} also in a second dump), ${corpus.posts} posts`,
  );
  if (values.check) {
    const checked = checkCorpus(corpus);
    console.log(`loader check: ${checked.papers} papers, ${checked.posts} posts, ${(checked.bytes / 1e6).toFixed(1)} MB of dumps`);
  }
}

if (import.meta.main) await main();
