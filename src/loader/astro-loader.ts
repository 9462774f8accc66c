import type { Loader, LoaderContext } from 'astro/loaders';
import type { SourceRef } from '../schemas/index.ts';
import { buildCorpus, type Corpus } from './corpus.ts';
import { recordSeedProblems } from './dev-problems.ts';
import { printable, SeedError, SeedErrors } from './errors.ts';
import { readSeedFolder } from './read-seeds.ts';
import { folderListing, inOrder, watchSeedFolder, type SeedFolderWatchOptions } from './seed-folder-watch.ts';

export type SeedCollection = 'papers' | 'posts' | 'sources';

/** What one read of the seeds folder gave: the corpus, or every problem that kept it from being built. */
type Outcome = { readonly corpus: Corpus; readonly unread: string[] } | { readonly failure: SeedErrors; readonly unread: string[] };

/**
 * The three collections come from one parse of the dumps. Each collection's loader asks for the
 * corpus; the parse is reused while the folder's content is unchanged, so a build parses once.
 */
const outcomes = new Map<string, { digest: string; outcome: Outcome }>();

/** Logs one line per dump (its layout and how many entries it gave) and one line naming what was not read. */
function reportCounts(outcome: Outcome, context: LoaderContext): void {
  if (outcome.unread.length > 0) {
    const names = outcome.unread.map((name) => `"${printable(name)}"`).join(', ');
    context.logger.warn(`Not read, since only *.txt files are dumps: ${names}`);
  }
  if (!('corpus' in outcome)) return;
  const { corpus } = outcome;
  for (const source of corpus.sources) {
    const papers = source.entries.filter((entry) => entry.kind === 'paper').length;
    const posts = source.entries.length - papers;
    context.logger.info(`${printable(source.file)}: ${source.layout}, ${papers} paper entries, ${posts} posts`);
  }
  context.logger.info(`${corpus.papers.length} papers, ${corpus.posts.length} posts from ${corpus.sources.length} dumps`);
}

async function readOutcome(dir: string, context: LoaderContext): Promise<Outcome> {
  const folder = await readSeedFolder(dir);
  const digest = context.generateDigest(
    JSON.stringify([folder.dumps.map((dump) => [dump.file, dump.text]), folder.unread, folder.problems.map((problem) => problem.message)]),
  );
  const known = outcomes.get(dir);
  if (known?.digest === digest) return known.outcome;
  let outcome: Outcome;
  try {
    outcome = { corpus: buildCorpus(folder.dumps, folder.problems), unread: folder.unread };
  } catch (error) {
    if (!(error instanceof SeedErrors)) throw error;
    outcome = { failure: error, unread: folder.unread };
  }
  outcomes.set(dir, { digest, outcome });
  // Once per parse, whichever collection's loader got to it first.
  reportCounts(outcome, context);
  return outcome;
}

function recordsOf(corpus: Corpus, collection: SeedCollection): { id: string; data: Record<string, unknown>; ref: SourceRef | null }[] {
  switch (collection) {
    case 'papers':
      return corpus.papers.map((paper) => ({ id: paper.slug, data: paper, ref: paper.sources[0] ?? null }));
    case 'posts':
      return corpus.posts.map((post) => ({ id: post.slug, data: post, ref: post.sources[0] ?? null }));
    case 'sources':
      return corpus.sources.map((source) => ({ id: source.id, data: source, ref: null }));
  }
}

/** Puts the records into the store, replacing what changed and removing what is gone, so a removed dump takes its pages with it. */
async function storeRecords(corpus: Corpus, collection: SeedCollection, context: LoaderContext): Promise<void> {
  const problems: SeedError[] = [];
  const kept = new Set<string>();
  for (const record of recordsOf(corpus, collection)) {
    try {
      const data = await context.parseData({ id: record.id, data: record.data });
      context.store.set({ id: record.id, data, digest: context.generateDigest(data) });
      kept.add(record.id);
    } catch (error) {
      if (!record.ref) throw error;
      problems.push(new SeedError(record.ref.file, record.ref.line, error instanceof Error ? error.message : String(error)));
    }
  }
  for (const id of context.store.keys()) if (!kept.has(id)) context.store.delete(id);
  if (problems.length > 0) throw new SeedErrors(problems);
}

const PROBLEMS_KEY = 'seed-problems';

/**
 * Loads one collection. In a build, problems fail it. During `astro dev` they are kept for the pages to
 * show (see dev-problems.ts) and the last good entries stay; the problems' text is written to the meta
 * store so that the store changes and the open page reloads into the error overlay.
 */
async function sync(collection: SeedCollection, dir: string, context: LoaderContext): Promise<void> {
  const outcome = await readOutcome(dir, context);
  try {
    if ('failure' in outcome) throw outcome.failure;
    await storeRecords(outcome.corpus, collection, context);
    if (context.watcher) {
      recordSeedProblems(null);
      if (context.meta.has(PROBLEMS_KEY)) context.meta.delete(PROBLEMS_KEY);
    }
  } catch (error) {
    if (!context.watcher || !(error instanceof SeedErrors)) throw error;
    recordSeedProblems(error);
    context.meta.set(PROBLEMS_KEY, error.message);
    context.logger.error(error.message);
  }
}

/** An Astro content loader for one collection of the seed corpus. */
export function seedLoader(collection: SeedCollection, options: { dir: string } & SeedFolderWatchOptions): Loader {
  return {
    name: `seed-${collection}`,
    load: async (context) => {
      const { watcher } = context;
      const reload = () => sync(collection, options.dir, context);
      if (!watcher) {
        await reload();
        return;
      }
      const key = `${collection}\0${options.dir}`;
      const listing = folderListing(options.dir);
      await inOrder(key, reload);
      watchSeedFolder(key, options.dir, watcher, context.logger, reload, listing, options);
    },
  };
}
