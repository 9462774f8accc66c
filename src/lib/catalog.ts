/**
 * The site's derived index: every collection loaded once, filtered by the one publishing rule,
 * sorted, and cross-referenced (tags, authors, related papers and notes, the papers each note
 * mentions, neighbours within a dump). Computed once per build and shared by every page, so build
 * time per paper stays flat as the corpus grows.
 */
import { getCollection } from 'astro:content';
import type { Paper, Post, SeedDate, Source, SourceRef } from '../schemas/index.ts';
import { collectAuthors, authorSlug, type Author, type AuthorSlug } from './authors.ts';
import { isCommonWord } from './common-words.ts';
import { crossRelated } from './cross-related.ts';
import { arxivIds } from './links-out.ts';
import { mentionMatcher, type MentionKind } from './mentions.ts';
import { oncePerBuild } from './memo.ts';
import { compareText, mostUpvotedFirst, newestFirst } from './paper-order.ts';
import { pageOf } from './paging.ts';
import { relatedPapers } from './related.ts';
import { routes } from './routes.ts';
import { urlSegment } from './segments.ts';
import { sourceNames } from './source-names.ts';
import { tagSlug, topicInfo, type TagOrigin, type TagSlug, type TopicInfo } from './tags.ts';

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

/**
 * Something that discusses a paper, as its "Discussed in" list shows it. Notes from the blog dumps
 * are one kind; other kinds of writing (the maintainer's own notes) can join with their own `kind`.
 */
export interface Discussion {
  readonly kind: 'post';
  readonly title: string;
  readonly href: string;
  readonly date: SeedDate | null;
  /** How the text names the paper, e.g. `names it “ZeRO”`. */
  readonly via: string;
}

/** A paper a note mentions, and how. */
export interface PaperMention {
  readonly paper: Paper;
  readonly kind: MentionKind;
  /** The note's own words for it. */
  readonly text: string;
}

/** How many related items of each kind a page lists, so pages stay short and cheap to build. */
export const RELATED_LIMITS = { papersPerPaper: 6, papersPerNote: 6, notesPerPaper: 3 } as const;

export interface Catalog {
  /** Newest first: by date, yearless dates after full ones, undated last, then later dumps first, then dump order. */
  readonly papers: readonly Paper[];
  /** Most upvoted first, papers without upvotes after them (newest first). */
  readonly papersByUpvotes: readonly Paper[];
  /** In dump order. */
  readonly posts: readonly Post[];
  /** Most recently added first (dumps are numbered by file name). */
  readonly sources: readonly Source[];
  /** Most used first. */
  readonly tags: readonly Tag[];
  /** Most papers first, then by name. */
  readonly authors: readonly Author[];
  paper(slug: string): Paper | undefined;
  post(slug: string): Post | undefined;
  source(id: string): Source | undefined;
  tag(name: string): Tag | undefined;
  author(slug: string): Author | undefined;
  /** A paper's authors in order, each with the slug of their page. */
  authorsOf(paper: Paper): readonly { readonly name: string; readonly slug: AuthorSlug }[];
  /** Up to `limit` papers sharing tags, topics or title words. */
  related(paper: Paper, limit: number): Paper[];
  /** Notes for which this paper is among the closest papers (and that do not already discuss it). */
  relatedNotes(paper: Paper): readonly Post[];
  /** The papers closest to a note, leaving out those it mentions. */
  relatedToNote(post: Post): readonly Paper[];
  /** The papers a note mentions, in the order it first mentions them. */
  mentions(post: Post): readonly PaperMention[];
  /** What discusses a paper: the notes that mention it, in note order. */
  discussedIn(paper: Paper): readonly Discussion[];
  /** A dump's readable name (see source-names.ts). */
  sourceName(source: Source): string;
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

function collectTags(papers: readonly Paper[], posts: readonly Post[]): Tag[] {
  const byName = new Map<string, { origins: Set<TagOrigin>; items: Listed[]; last: unknown; counts: Partial<Record<TagOrigin, number>> }>();
  const add = (name: string, origin: TagOrigin, item: Listed, record: unknown) => {
    let tag = byName.get(name);
    if (!tag) byName.set(name, (tag = { origins: new Set(), items: [], last: null, counts: {} }));
    tag.origins.add(origin);
    tag.counts[origin] = (tag.counts[origin] ?? 0) + 1;
    // A paper tagged `#reasoning` that also has the `reasoning` topic is listed once.
    if (tag.last !== record) tag.items.push(item);
    tag.last = record;
  };
  for (const paper of papers) {
    const item: Listed = { kind: 'paper', paper };
    for (const name of paper.tags) add(name, 'author', item, paper);
    for (const name of paper.topics) add(name, 'topic', item, paper);
  }
  for (const post of posts) for (const name of post.tags) add(name, 'blog', { kind: 'post', post }, post);

  const tags = [...byName].map(([name, tag]): Tag => ({
    slug: tagSlug(name),
    name,
    origins: [...tag.origins].sort(),
    topic: tag.origins.has('topic') ? topicInfo(name) : null,
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

/** A paper whose slug is a fixed segment of the paper list would lose its page to the list; say so instead. */
function assertNoReservedSlug(papers: readonly Paper[]): void {
  for (const paper of papers) {
    if (paper.slug !== 'top') continue;
    const ref = paper.sources[0];
    const where = ref ? `${ref.file}:${ref.line}: ` : '';
    const address = routes.paper(paper.slug);
    throw new Error(`${where}the paper "${paper.title}" would take ${address}, the list of papers by upvotes; reword its title.`);
  }
}

/** The prose of a note that can mention a paper: its title, paragraphs, list items and quotations (not its code). */
function noteProse(post: Post): string[] {
  const blockProse = (block: Post['body'][number]): readonly string[] =>
    block.type === 'paragraph' ? [block.text] : block.type === 'list' ? block.items : block.type === 'quote' ? block.lines : [];
  return [post.title, ...post.body.flatMap(blockProse)];
}

const VIA: Record<MentionKind, (text: string) => string> = {
  arxiv: (text) => `links ${text}`,
  title: () => 'names its title',
  name: (text) => `names it “${text}”`,
};

interface NoteLinks {
  readonly mentions: ReadonlyMap<Post, readonly PaperMention[]>;
  readonly discussions: ReadonlyMap<Paper, readonly Discussion[]>;
  readonly relatedToNote: ReadonlyMap<Post, readonly Paper[]>;
  readonly relatedNotes: ReadonlyMap<Paper, readonly Post[]>;
}

/** Notes and papers, linked both ways: by mention (the note names the paper) and by closeness of their text. */
function linkNotesAndPapers(papers: readonly Paper[], posts: readonly Post[], bySlug: ReadonlyMap<string, Paper>): NoteLinks {
  const match = mentionMatcher(
    papers.map((paper) => ({ slug: paper.slug, title: paper.title, arxivIds: arxivIds(paper.links) })),
    isCommonWord,
  );
  const mentions = new Map<Post, PaperMention[]>();
  const discussions = new Map<Paper, Discussion[]>();
  for (const post of posts) {
    const found = match({ prose: noteProse(post), arxivIds: arxivIds(post.links) }).flatMap((mention) => {
      const paper = bySlug.get(mention.slug);
      return paper ? [{ paper, kind: mention.kind, text: mention.text }] : [];
    });
    mentions.set(post, found);
    for (const { paper, kind, text } of found) {
      const discussion: Discussion = { kind: 'post', title: post.title, href: routes.post(post.slug), date: null, via: VIA[kind](text) };
      discussions.set(paper, [...(discussions.get(paper) ?? []), discussion]);
    }
  }

  const closest = crossRelated(
    papers.map((paper) => ({ title: paper.title, body: [...paper.abstract, ...paper.commentary.en, ...paper.commentary.ko] })),
    posts.map((post) => ({ title: post.title, body: noteProse(post).slice(1) })),
    // One more than shown, so leaving out a mentioned paper still leaves a full list.
    { perNote: RELATED_LIMITS.papersPerNote + 1, perPaper: RELATED_LIMITS.notesPerPaper + 1 },
  );
  const relatedToNote = new Map<Post, Paper[]>();
  posts.forEach((post, index) => {
    const mentioned = new Set((mentions.get(post) ?? []).map(({ paper }) => paper));
    const near = closest.papersForNote(index).flatMap((at) => papers[at] ?? []);
    relatedToNote.set(post, near.filter((paper) => !mentioned.has(paper)).slice(0, RELATED_LIMITS.papersPerNote));
  });
  const relatedNotes = new Map<Paper, Post[]>();
  papers.forEach((paper, index) => {
    const discussing = new Set((discussions.get(paper) ?? []).map(({ href }) => href));
    const near = closest.notesForPaper(index).flatMap((at) => posts[at] ?? []);
    const notes = near.filter((post) => !discussing.has(routes.post(post.slug))).slice(0, RELATED_LIMITS.notesPerPaper);
    if (notes.length > 0) relatedNotes.set(paper, notes);
  });
  return { mentions, discussions, relatedToNote, relatedNotes };
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

  assertNoReservedSlug(papers);
  const papersByUpvotes = [...papers].sort(mostUpvotedFirst);
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
  const authors = collectAuthors(papers);
  const authorBySlug = new Map(authors.map((author) => [author.slug, author]));
  assertUnique(authors.map((author) => author.slug), 'author');
  const notes = linkNotesAndPapers(papers, posts, paperBySlug);
  const names = sourceNames(sources);

  const sourceSlug = (source: Source): string => sourceSlugs.get(source.id) ?? urlSegment(source.id);
  return {
    papers,
    papersByUpvotes,
    posts,
    sources,
    tags,
    authors,
    paper: (slug) => paperBySlug.get(slug),
    post: (slug) => postBySlug.get(slug),
    source: (id) => sourceById.get(id),
    tag: (name) => tagByName.get(name),
    author: (slug) => authorBySlug.get(slug as AuthorSlug),
    authorsOf: (paper) => paper.authors.map((name) => ({ name, slug: authorSlug(name) })),
    related: (paper, limit) => relatedAt(paperIndex.get(paper.slug) ?? -1, limit),
    relatedNotes: (paper) => notes.relatedNotes.get(paper) ?? [],
    relatedToNote: (post) => notes.relatedToNote.get(post) ?? [],
    mentions: (post) => notes.mentions.get(post) ?? [],
    discussedIn: (paper) => notes.discussions.get(paper) ?? [],
    sourceName: (source) => names.get(source.id) ?? source.file,
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
