/**
 * The site's derived index: every collection loaded once, filtered by the one publishing rule,
 * sorted, and cross-referenced (tags, related papers, neighbours within a dump). Computed once
 * per build and shared by every page, so build time per paper stays flat as the corpus grows.
 */
import { getCollection } from 'astro:content';
import type { Paper, Post, Source, SourceRef } from '../schemas/index.ts';
import { sortKeyOf } from './dates.ts';
import { oncePerBuild } from './memo.ts';
import { pageOf } from './paging.ts';
import { relatedPapers } from './related.ts';
import { routes } from './routes.ts';
import { urlSegment } from './segments.ts';
import { authorTagTarget, tagSlug, topicInfo, type TagOrigin, type TagSlug, type TopicInfo } from './tags.ts';

/** A paper or a note, as listed on tag pages. */
export type Listed = { readonly kind: 'paper'; readonly paper: Paper } | { readonly kind: 'post'; readonly post: Post };

export interface Tag {
  readonly slug: TagSlug;
  /** The tag exactly as written. */
  readonly name: string;
  /** Where the tag comes from; `reasoning` can be both a topic and an author hashtag. */
  readonly origins: readonly TagOrigin[];
  /** The taxonomy entry when the tag is a topic. */
  readonly topic: TopicInfo | null;
  /** Author hashtags, as written, whose papers this page lists: `rl` and `RL` on the reinforcement-learning page. */
  readonly hashtags: readonly string[];
  /** Papers, newest first, then notes in dump order. Never empty. */
  readonly items: readonly Listed[];
  /** How many of the items carry the tag from each origin (an item can count for two). */
  readonly originCounts: Readonly<Partial<Record<TagOrigin, number>>>;
}

export interface Neighbours {
  readonly source: Source;
  readonly previous: Paper | null;
  readonly next: Paper | null;
}

export interface Catalog {
  /** Newest first: by date, undated last, then later dumps first, then dump order. */
  readonly papers: readonly Paper[];
  /** In dump order. */
  readonly posts: readonly Post[];
  /** Most recently added first (dumps are numbered by file name). */
  readonly sources: readonly Source[];
  /** Most used first. */
  readonly tags: readonly Tag[];
  paper(slug: string): Paper | undefined;
  post(slug: string): Post | undefined;
  source(id: string): Source | undefined;
  tag(name: string): Tag | undefined;
  /** Up to `limit` papers sharing tags, topics or title words. */
  related(paper: Paper, limit: number): Paper[];
  /** Previous and next papers in the paper's first dump. */
  neighbours(paper: Paper): Neighbours | null;
  /** URL segment of a source page. */
  sourceSlug(source: Source): string;
  /** Link to an entry on its source page. */
  entryHref(ref: SourceRef): string;
}

/**
 * The one rule for what is published: a paper or note is on the site when a dump in the
 * sources collection lists it. Source pages link only entries that pass it.
 */
export function isPublished(record: { readonly sources: readonly SourceRef[] }, sourceIds: ReadonlySet<string>): boolean {
  return record.sources.some((ref) => sourceIds.has(ref.source));
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function newestFirst(a: Paper, b: Paper): number {
  const byDate = compareText(sortKeyOf(b.date), sortKeyOf(a.date));
  if (byDate !== 0) return byDate;
  const [refA, refB] = [a.sources[0], b.sources[0]];
  const byDump = compareText(refB?.file ?? '', refA?.file ?? '');
  return byDump !== 0 ? byDump : (refA?.position ?? 0) - (refB?.position ?? 0) || compareText(a.slug, b.slug);
}

function collectTags(papers: readonly Paper[], posts: readonly Post[]): Tag[] {
  interface Draft {
    readonly origins: Set<TagOrigin>;
    readonly items: Listed[];
    readonly hashtags: string[];
    readonly counts: Partial<Record<TagOrigin, number>>;
    last: unknown;
  }
  const byName = new Map<string, Draft>();
  const add = (name: string, origin: TagOrigin, item: Listed, record: unknown, hashtag?: string) => {
    let tag = byName.get(name);
    if (!tag) byName.set(name, (tag = { origins: new Set(), items: [], hashtags: [], counts: {}, last: null }));
    tag.origins.add(origin);
    tag.counts[origin] = (tag.counts[origin] ?? 0) + 1;
    if (hashtag !== undefined && !tag.hashtags.includes(hashtag)) tag.hashtags.push(hashtag);
    // A paper tagged `#rl` that also has the reinforcement-learning topic is listed once.
    if (tag.last !== record) tag.items.push(item);
    tag.last = record;
  };
  for (const paper of papers) {
    const item: Listed = { kind: 'paper', paper };
    // A hashtag that names a topic joins the topic's page; the paper keeps showing the author's spelling.
    for (const hashtag of paper.tags) add(authorTagTarget(hashtag), 'author', item, paper, hashtag);
    for (const name of paper.topics) add(name, 'topic', item, paper);
  }
  for (const post of posts) {
    const item: Listed = { kind: 'post', post };
    for (const name of post.tags) add(name, 'blog', item, post);
    for (const name of post.topics) add(name, 'topic', item, post);
  }

  const tags = [...byName].map(([name, tag]): Tag => ({
    slug: tagSlug(name),
    name,
    origins: [...tag.origins].sort(),
    topic: topicInfo(name),
    hashtags: tag.hashtags,
    items: tag.items,
    originCounts: tag.counts,
  }));
  assertUnique(tags.map((tag) => tag.slug), 'tag');
  return tags.sort((a, b) => b.items.length - a.items.length || compareText(a.name, b.name));
}

/** Two names reduced to one URL would make one page overwrite the other; fail loudly instead. */
function assertUnique(slugs: readonly string[], what: string): void {
  const seen = new Set<string>();
  for (const slug of slugs) {
    if (seen.has(slug)) throw new Error(`Two ${what}s share the URL segment "${slug}"; rename one of them.`);
    seen.add(slug);
  }
}

interface DumpOrder {
  readonly papers: readonly Paper[];
  readonly indexOf: ReadonlyMap<string, number>;
}

/** Papers of each dump in entry order, once each, for previous / next links. */
function paperOrderBySource(sources: readonly Source[], published: ReadonlyMap<string, Paper>): Map<string, DumpOrder> {
  return new Map(
    sources.map((source) => {
      const slugs = [...new Set(source.entries.filter((entry) => entry.kind === 'paper').map((entry) => entry.slug))];
      const papers = slugs.flatMap((slug) => published.get(slug) ?? []);
      return [source.id, { papers, indexOf: new Map(papers.map((paper, index) => [paper.slug, index])) }];
    }),
  );
}

async function buildCatalog(): Promise<Catalog> {
  const [paperEntries, postEntries, sourceEntries] = await Promise.all([getCollection('papers'), getCollection('posts'), getCollection('sources')]);
  const sources = sourceEntries.map((entry) => entry.data).sort((a, b) => compareText(b.file, a.file));
  const sourceIds = new Set(sources.map((source) => source.id));
  const papers = paperEntries.map((entry) => entry.data).filter((paper) => isPublished(paper, sourceIds)).sort(newestFirst);
  const posts = postEntries
    .map((entry) => entry.data)
    .filter((post) => isPublished(post, sourceIds))
    .sort((a, b) => compareText(a.sources[0]?.file ?? '', b.sources[0]?.file ?? '') || (a.sources[0]?.position ?? 0) - (b.sources[0]?.position ?? 0));

  const paperBySlug = new Map(papers.map((paper) => [paper.slug, paper]));
  const paperIndex = new Map(papers.map((paper, index) => [paper.slug, index]));
  const postBySlug = new Map(posts.map((post) => [post.slug, post]));
  const sourceById = new Map(sources.map((source) => [source.id, source]));
  const sourceSlugs = new Map(sources.map((source) => [source.id, urlSegment(source.id)]));
  assertUnique([...sourceSlugs.values()], 'source');
  const tags = collectTags(papers, posts);
  const tagByName = new Map(tags.map((tag) => [tag.name, tag]));
  const relatedAt = relatedPapers(papers);
  const order = paperOrderBySource(sources, paperBySlug);

  const sourceSlug = (source: Source): string => sourceSlugs.get(source.id) ?? urlSegment(source.id);
  return {
    papers,
    posts,
    sources,
    tags,
    paper: (slug) => paperBySlug.get(slug),
    post: (slug) => postBySlug.get(slug),
    source: (id) => sourceById.get(id),
    tag: (name) => tagByName.get(name),
    related: (paper, limit) => relatedAt(paperIndex.get(paper.slug) ?? -1, limit),
    neighbours: (paper) => {
      const source = paper.sources.map((ref) => sourceById.get(ref.source)).find((found) => found !== undefined);
      if (!source) return null;
      const dump = order.get(source.id);
      const at = dump?.indexOf.get(paper.slug);
      if (!dump || at === undefined) return { source, previous: null, next: null };
      return { source, previous: dump.papers[at - 1] ?? null, next: dump.papers[at + 1] ?? null };
    },
    sourceSlug,
    entryHref: (ref) => {
      const source = sourceById.get(ref.source);
      return source ? routes.sourceEntry(sourceSlug(source), pageOf(ref.position), ref.position) : routes.sources();
    },
  };
}

/** The catalog of this build. */
export const loadCatalog = oncePerBuild(buildCatalog);
