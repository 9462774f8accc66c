/**
 * The site's derived index: every collection loaded once, filtered by the one publishing rule,
 * sorted, and cross-referenced (tags, authors, notes joined to the papers they name, related papers
 * and blog posts, the papers each blog post mentions, neighbours within a dump). Computed once per build and shared by every page, so build
 * time per paper stays flat as the corpus grows.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { throwSeedProblems } from '../loader/dev-problems.ts';
import { hasNoteFiles } from '../notes/folder.ts';
import type { Paper, Post, SeedDate, Source, SourceRef } from '../schemas/index.ts';
import { collectAuthors, authorSlug, type Author, type AuthorSlug } from './authors.ts';
import { isCommonWord } from './common-words.ts';
import { crossRelated } from './cross-related.ts';
import { arxivIds } from './links-out.ts';
import { mentionMatcher, type MentionKind } from './mentions.ts';
import { sortKeyOf } from './dates.ts';
import { oncePerContent } from './memo.ts';
import { buildNotes, paperFinder, type Note, type PaperFinder } from './notes.ts';
import { compareText, mostUpvotedFirst, newestFirst } from './paper-order.ts';
import { pageOf } from './paging.ts';
import { RELATED_LIMITS, relatedPapers } from './related.ts';
import { routes } from './routes.ts';
import { urlSegment } from './segments.ts';
import { sourceNames } from './source-names.ts';
import { tagSlug, tagTarget, topicInfo, type TagOrigin, type TagSlug, type TopicInfo } from './tags.ts';

/** A paper, a note or a blog post, as listed on tag pages. */
export type Listed =
  | { readonly kind: 'paper'; readonly paper: Paper }
  | { readonly kind: 'note'; readonly note: Note }
  | { readonly kind: 'post'; readonly post: Post };

export type { Note };

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
  /** Note tags, as written, whose notes this page lists: `efficiency` on the inference-efficiency page. */
  readonly noteTags: readonly string[];
  /** Papers and notes, newest first, then blog posts in dump order. Never empty. */
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
 * Something that discusses a paper, as its "Discussed in" list shows it: a blog post that mentions it.
 * Other kinds of writing can join with their own `kind`.
 */
export interface Discussion {
  readonly kind: 'post';
  readonly title: string;
  readonly href: string;
  readonly date: SeedDate | null;
  /** How the text names the paper, e.g. `names it “ZeRO”`. */
  readonly via: string;
}

/** A paper a blog post mentions, and how. */
export interface PaperMention {
  readonly paper: Paper;
  readonly kind: MentionKind;
  /** The post's own words for it. */
  readonly text: string;
}

export { RELATED_LIMITS };

export interface Catalog {
  /** Newest first: by date, yearless dates after full ones, undated last, then later dumps first, then dump order. */
  readonly papers: readonly Paper[];
  /** The papers with Hugging Face upvotes, most upvoted first (ties newest first). */
  readonly papersByUpvotes: readonly Paper[];
  /** In dump order. */
  readonly posts: readonly Post[];
  /** The maintainer's notes, newest first. */
  readonly notes: readonly Note[];
  /** Papers and notes together, newest first, for the site feed. */
  readonly newest: readonly Listed[];
  /** Most recently added first (dumps are numbered by file name). */
  readonly sources: readonly Source[];
  /** Most used first. */
  readonly tags: readonly Tag[];
  /** Most papers first, then by name. */
  readonly authors: readonly Author[];
  paper(slug: string): Paper | undefined;
  post(slug: string): Post | undefined;
  note(slug: string): Note | undefined;
  /** Notes whose frontmatter names the paper, newest first. */
  notesOf(paper: Paper): readonly Note[];
  /** Finds a published paper by title as written or by slug, as notes name them. */
  readonly papersByName: PaperFinder;
  source(id: string): Source | undefined;
  tag(name: string): Tag | undefined;
  author(slug: string): Author | undefined;
  /** A paper's authors in order, each with the slug of their page. */
  authorsOf(paper: Paper): readonly { readonly name: string; readonly slug: AuthorSlug }[];
  /** Up to `limit` papers sharing tags, topics or title words. */
  related(paper: Paper, limit: number): Paper[];
  /** Blog posts for which this paper is among the closest papers (and that do not already discuss it). */
  relatedPosts(paper: Paper): readonly Post[];
  /** The papers closest to a blog post, leaving out those it mentions. */
  relatedToPost(post: Post): readonly Paper[];
  /** Up to `limit` papers sharing tags, topics or title words with a note, besides those it names. */
  relatedToNote(note: Note, limit: number): Paper[];
  /** The papers a blog post mentions, in the order it first mentions them. */
  mentions(post: Post): readonly PaperMention[];
  /** What discusses a paper: the blog posts that mention it, in post order. */
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

/** The listed items that carry a date: papers and notes. */
type Dated = Extract<Listed, { kind: 'paper' | 'note' }>;

/** Papers and notes merged newest first (papers keep their own order); on the same day a note comes first. */
function datedNewestFirst(papers: readonly Paper[], notes: readonly Note[]): Dated[] {
  const merged: Dated[] = [];
  let n = 0;
  for (const paper of papers) {
    for (; n < notes.length && (notes[n]?.date.sortKey ?? '') >= sortKeyOf(paper.date); n += 1) {
      merged.push({ kind: 'note', note: notes[n] as Note });
    }
    merged.push({ kind: 'paper', paper });
  }
  for (; n < notes.length; n += 1) merged.push({ kind: 'note', note: notes[n] as Note });
  return merged;
}

function collectTags(dated: readonly Dated[], posts: readonly Post[]): Tag[] {
  interface Draft {
    readonly origins: Set<TagOrigin>;
    readonly items: Listed[];
    readonly written: { author: string[]; note: string[] };
    readonly counts: Partial<Record<TagOrigin, number>>;
    last: unknown;
  }
  const byName = new Map<string, Draft>();
  const add = (name: string, origin: TagOrigin, item: Listed, record: unknown) => {
    let tag = byName.get(name);
    if (!tag) byName.set(name, (tag = { origins: new Set(), items: [], written: { author: [], note: [] }, counts: {}, last: null }));
    tag.origins.add(origin);
    tag.counts[origin] = (tag.counts[origin] ?? 0) + 1;
    // A paper tagged `#rl` that also has the reinforcement-learning topic is listed once.
    if (tag.last !== record) tag.items.push(item);
    tag.last = record;
    return tag;
  };
  // An own tag that names a topic joins the topic's page; the item keeps showing the tag as written.
  const addOwn = (written: string, origin: 'author' | 'note' | 'blog', item: Listed, record: unknown) => {
    const tag = add(tagTarget(written), origin, item, record);
    if (origin === 'blog') return;
    if (!tag.written[origin].includes(written)) tag.written[origin].push(written);
  };
  for (const item of dated) {
    if (item.kind === 'paper') {
      for (const hashtag of item.paper.tags) addOwn(hashtag, 'author', item, item.paper);
      for (const name of item.paper.topics) add(name, 'topic', item, item.paper);
    } else {
      for (const name of item.note.tags) addOwn(name, 'note', item, item.note);
      for (const name of item.note.topics) add(name, 'topic', item, item.note);
    }
  }
  for (const post of posts) {
    const item: Listed = { kind: 'post', post };
    for (const name of post.tags) addOwn(name, 'blog', item, post);
    for (const name of post.topics) add(name, 'topic', item, post);
  }

  const tags = [...byName].map(([name, tag]): Tag => ({
    slug: tagSlug(name),
    name,
    origins: [...tag.origins].sort(),
    topic: topicInfo(name),
    hashtags: tag.written.author,
    noteTags: tag.written.note,
    items: tag.items,
    originCounts: tag.counts,
  }));
  assertUnique(
    tags.map((tag) => tag.slug),
    'tag',
  );
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

/** The prose of a blog post that can mention a paper: its title, paragraphs, list items and quotations (not its code). */
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

interface PostLinks {
  readonly mentions: ReadonlyMap<Post, readonly PaperMention[]>;
  readonly discussions: ReadonlyMap<Paper, readonly Discussion[]>;
  readonly relatedToPost: ReadonlyMap<Post, readonly Paper[]>;
  readonly relatedPosts: ReadonlyMap<Paper, readonly Post[]>;
}

/** Blog posts and papers, linked both ways: by mention (the post names the paper) and by closeness of their text. */
function linkPostsAndPapers(papers: readonly Paper[], posts: readonly Post[], bySlug: ReadonlyMap<string, Paper>): PostLinks {
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
    { perNote: RELATED_LIMITS.papersPerPost + 1, perPaper: RELATED_LIMITS.postsPerPaper + 1 },
  );
  const relatedToPost = new Map<Post, Paper[]>();
  posts.forEach((post, index) => {
    const mentioned = new Set((mentions.get(post) ?? []).map(({ paper }) => paper));
    const near = closest.papersForNote(index).flatMap((at) => papers[at] ?? []);
    relatedToPost.set(post, near.filter((paper) => !mentioned.has(paper)).slice(0, RELATED_LIMITS.papersPerPost));
  });
  const relatedPosts = new Map<Paper, Post[]>();
  papers.forEach((paper, index) => {
    const discussing = new Set((discussions.get(paper) ?? []).map(({ href }) => href));
    const near = closest.notesForPaper(index).flatMap((at) => posts[at] ?? []);
    const nearPosts = near.filter((post) => !discussing.has(routes.post(post.slug))).slice(0, RELATED_LIMITS.postsPerPaper);
    if (nearPosts.length > 0) relatedPosts.set(paper, nearPosts);
  });
  return { mentions, discussions, relatedToPost, relatedPosts };
}

/** The collections a catalog is built from, as the content layer holds them. */
interface CatalogContent {
  readonly paperEntries: CollectionEntry<'papers'>[];
  readonly postEntries: CollectionEntry<'posts'>[];
  readonly sourceEntries: CollectionEntry<'sources'>[];
  readonly noteEntries: CollectionEntry<'notes'>[];
}

async function readCatalogContent(): Promise<CatalogContent> {
  // During `astro dev`, a dump with problems shows them in the error overlay on every page until it is fixed.
  throwSeedProblems();
  const [paperEntries, postEntries, sourceEntries, noteEntries] = await Promise.all([
    getCollection('papers'),
    getCollection('posts'),
    getCollection('sources'),
    // A site without notes has no notes collection to read, and Astro would warn about it.
    hasNoteFiles() ? getCollection('notes') : [],
  ]);
  return { paperEntries, postEntries, sourceEntries, noteEntries };
}

/** What tells two readings of the content apart: every entry's id and the digest the content layer keeps of it. */
function catalogContentVersion(content: CatalogContent): string {
  const collections = [content.paperEntries, content.postEntries, content.sourceEntries, content.noteEntries];
  return collections
    .map((entries) => entries.map((entry) => `${entry.id}\u0000${entry.digest ?? JSON.stringify(entry.data)}`).join('\u0001'))
    .join('\u0002');
}

async function buildCatalog({ paperEntries, postEntries, sourceEntries, noteEntries }: CatalogContent): Promise<Catalog> {
  const sources = sourceEntries.map((entry) => entry.data).sort((a, b) => compareText(b.file, a.file));
  const sourceIds = new Set(sources.map((source) => source.id));
  const papers = paperEntries
    .map((entry) => entry.data)
    .filter((paper) => isPublished(paper, sourceIds))
    .sort(newestFirst);
  const posts = postEntries
    .map((entry) => entry.data)
    .filter((post) => isPublished(post, sourceIds))
    .sort(
      (a, b) =>
        compareText(a.sources[0]?.file ?? '', b.sources[0]?.file ?? '') || (a.sources[0]?.position ?? 0) - (b.sources[0]?.position ?? 0),
    );

  assertNoReservedSlug(papers);
  const papersByUpvotes = papers.filter((paper) => paper.upvotes !== null).sort(mostUpvotedFirst);
  const paperBySlug = new Map(papers.map((paper) => [paper.slug, paper]));
  const paperIndex = new Map(papers.map((paper, index) => [paper.slug, index]));
  const postBySlug = new Map(posts.map((post) => [post.slug, post]));
  const sourceById = new Map(sources.map((source) => [source.id, source]));
  const sourceSlugs = new Map(sources.map((source) => [source.id, urlSegment(source.id)]));
  assertUnique([...sourceSlugs.values()], 'source');
  const papersByName = paperFinder(papers);
  const notes = await buildNotes(noteEntries, papersByName);
  const noteBySlug = new Map(notes.map((note) => [note.slug, note]));
  const notesByPaper = new Map<string, Note[]>();
  for (const note of notes) for (const paper of note.papers) notesByPaper.set(paper.slug, [...(notesByPaper.get(paper.slug) ?? []), note]);
  const newest = datedNewestFirst(papers, notes);
  const tags = collectTags(newest, posts);
  const tagByName = new Map(tags.map((tag) => [tag.name, tag]));
  const relatedAt = relatedPapers(papers);
  const order = paperOrderBySource(sources, paperBySlug);
  const authors = collectAuthors(papers);
  const authorBySlug = new Map(authors.map((author) => [author.slug, author]));
  assertUnique(
    authors.map((author) => author.slug),
    'author',
  );
  const postLinks = linkPostsAndPapers(papers, posts, paperBySlug);
  const names = sourceNames(sources);

  const sourceSlug = (source: Source): string => sourceSlugs.get(source.id) ?? urlSegment(source.id);
  return {
    papers,
    papersByUpvotes,
    posts,
    notes,
    newest,
    sources,
    tags,
    authors,
    paper: (slug) => paperBySlug.get(slug),
    post: (slug) => postBySlug.get(slug),
    note: (slug) => noteBySlug.get(slug),
    notesOf: (paper) => notesByPaper.get(paper.slug) ?? [],
    papersByName,
    source: (id) => sourceById.get(id),
    tag: (name) => tagByName.get(name),
    author: (slug) => authorBySlug.get(slug as AuthorSlug),
    authorsOf: (paper) => paper.authors.map((name) => ({ name, slug: authorSlug(name) })),
    related: (paper, limit) => relatedAt.toPaper(paperIndex.get(paper.slug) ?? -1, limit),
    relatedPosts: (paper) => postLinks.relatedPosts.get(paper) ?? [],
    relatedToPost: (post) => postLinks.relatedToPost.get(post) ?? [],
    relatedToNote: (note, limit) => {
      const named = new Set(note.papers.map((paper) => paperIndex.get(paper.slug) ?? -1));
      return relatedAt.toFeatures(note, named, limit);
    },
    mentions: (post) => postLinks.mentions.get(post) ?? [],
    discussedIn: (paper) => postLinks.discussions.get(paper) ?? [],
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

/** The catalog of this build, or during `astro dev` of the content as it is now. */
export const loadCatalog = oncePerContent(readCatalogContent, catalogContentVersion, buildCatalog);
