import type { Loader, LoaderContext } from 'astro/loaders';
import { buildCorpus, type Corpus } from './corpus.ts';
import { SeedError } from './errors.ts';
import { readSeedDir } from './read-seeds.ts';
import type { SourceRef } from '../schemas/index.ts';

export type SeedCollection = 'papers' | 'posts' | 'sources';

/**
 * The three collections come from one parse of the dumps. Each collection's loader asks for the
 * corpus; the parse is reused while the dumps' text is unchanged, so a build parses once.
 */
let cached: { digest: string; corpus: Corpus } | null = null;

async function loadCorpus(dir: string, context: LoaderContext): Promise<Corpus> {
  const dumps = await readSeedDir(dir);
  const digest = context.generateDigest(dumps.map((dump) => `${dump.file}\0${dump.text}`).join('\0'));
  if (cached?.digest !== digest) cached = { digest, corpus: buildCorpus(dumps) };
  return cached.corpus;
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

/** Logs one line per dump: its layout and how many entries it gave. */
function reportCounts(corpus: Corpus, context: LoaderContext): void {
  for (const source of corpus.sources) {
    const papers = source.entries.filter((entry) => entry.kind === 'paper').length;
    const posts = source.entries.length - papers;
    context.logger.info(`${source.file}: ${source.layout}, ${papers} paper entries, ${posts} posts`);
  }
  context.logger.info(`${corpus.papers.length} papers, ${corpus.posts.length} posts from ${corpus.sources.length} dumps`);
}

/**
 * An Astro content loader for one collection of the seed corpus. Every entry is replaced on each
 * load, so a dump removed from the folder takes its pages with it.
 */
export function seedLoader(collection: SeedCollection, options: { dir: string }): Loader {
  return {
    name: `seed-${collection}`,
    load: async (context) => {
      const corpus = await loadCorpus(options.dir, context);
      if (collection === 'sources') reportCounts(corpus, context);
      context.store.clear();
      for (const record of recordsOf(corpus, collection)) {
        let data: Record<string, unknown>;
        try {
          data = await context.parseData({ id: record.id, data: record.data });
        } catch (error) {
          if (!record.ref) throw error;
          throw new SeedError(record.ref.file, record.ref.line, error instanceof Error ? error.message : String(error));
        }
        context.store.set({ id: record.id, data, digest: context.generateDigest(data) });
      }
    },
  };
}
