/**
 * The static paths of every dynamic route, computed from the catalog. Page files only return
 * these, so what exists on the site is decided here and nowhere else.
 */
import type { Paper, Post, Source } from '../schemas/index.ts';
import type { Author } from './authors.ts';
import { earlierAddresses, type EarlierAddress } from './earlier-addresses.ts';
import type { Catalog, Listed, Note, Tag } from './catalog.ts';
import { paperPageView, type PaperPageView } from './page-views/paper-page.ts';
import { PAPER_PAGE_SIZE, pageParam, paginate, type Page } from './paging.ts';

/** A dump's entry with its 1-based position in the dump (its anchor on the source page). */
export type SourceEntry = Source['entries'][number] & { readonly position: number };

export function paperPaths(catalog: Catalog): { params: { slug: string }; props: { view: PaperPageView } }[] {
  return catalog.papers.map((paper) => ({ params: { slug: paper.slug }, props: { view: paperPageView(paper, catalog) } }));
}

/** Addresses papers had under the earlier slug rule, each leading to its paper (see earlier-addresses.ts). */
export function movedPaperPaths(catalog: Catalog): { params: { slug: string }; props: { moved: EarlierAddress<Paper> } }[] {
  return earlierAddresses(catalog.papers).map((moved) => ({ params: { slug: moved.slug }, props: { moved } }));
}

export function postPaths(catalog: Catalog): { params: { slug: string }; props: { post: Post } }[] {
  return catalog.posts.map((post) => ({ params: { slug: post.slug }, props: { post } }));
}

/** Addresses blog posts had under the earlier slug rule, each leading to its post. */
export function movedPostPaths(catalog: Catalog): { params: { slug: string }; props: { moved: EarlierAddress<Post> } }[] {
  return earlierAddresses(catalog.posts).map((moved) => ({ params: { slug: moved.slug }, props: { moved } }));
}

export function notePaths(catalog: Catalog): { params: { slug: string }; props: { note: Note } }[] {
  return catalog.notes.map((note) => ({ params: { slug: note.slug }, props: { note } }));
}

/** Pages of the newest papers, as `/papers/` shows them (page 1) and `/papers/page/N/` the rest. */
export function paperListPages(catalog: Catalog): Page<Paper>[] {
  return paginate(catalog.papers, PAPER_PAGE_SIZE);
}

/** Newest papers, pages 2 and up (page 1 is `/papers/`). */
export function paperListPaths(catalog: Catalog): { params: { page: string }; props: { page: Page<Paper> } }[] {
  return paperListPages(catalog)
    .slice(1)
    .map((page) => ({ params: { page: String(page.number) }, props: { page } }));
}

/** Pages of the blog posts, in the blog's order, as many to a page as the paper list: `/posts/` holds page 1. */
export function postListPages(catalog: Catalog): Page<Post>[] {
  return paginate(catalog.posts, PAPER_PAGE_SIZE);
}

/** Blog posts, pages 2 and up (page 1 is `/posts/`). */
export function postListPaths(catalog: Catalog): { params: { page: string }; props: { page: Page<Post> } }[] {
  return postListPages(catalog)
    .slice(1)
    .map((page) => ({ params: { page: String(page.number) }, props: { page } }));
}

/** The papers with upvotes, most first: `/papers/top/`, then `/papers/top/N/`; none when no paper shows upvotes. */
export function topPaperPaths(catalog: Catalog): { params: { page: string | undefined }; props: { page: Page<Paper> } }[] {
  if (catalog.papersByUpvotes.length === 0) return [];
  return paginate(catalog.papersByUpvotes, PAPER_PAGE_SIZE).map((page) => ({ params: { page: pageParam(page.number) }, props: { page } }));
}

export function authorPaths(catalog: Catalog): { params: { slug: string }; props: { author: Author } }[] {
  return catalog.authors.map((author) => ({ params: { slug: author.slug }, props: { author } }));
}

/** Pages of the author index: `/authors/` holds page 1. */
export function authorIndexPages(catalog: Catalog): Page<Author>[] {
  return paginate(catalog.authors);
}

export function authorIndexPaths(catalog: Catalog): { params: { page: string }; props: { page: Page<Author> } }[] {
  return authorIndexPages(catalog)
    .slice(1)
    .map((page) => ({ params: { page: String(page.number) }, props: { page } }));
}

export function tagPaths(
  catalog: Catalog,
): { params: { tag: string; page: string | undefined }; props: { tag: Tag; page: Page<Listed> } }[] {
  return catalog.tags.flatMap((tag) =>
    paginate(tag.items).map((page) => ({ params: { tag: tag.slug, page: pageParam(page.number) }, props: { tag, page } })),
  );
}

export function tagFeedPaths(catalog: Catalog): { params: { tag: string }; props: { tag: Tag } }[] {
  return catalog.tags.map((tag) => ({ params: { tag: tag.slug }, props: { tag } }));
}

export function sourcePaths(
  catalog: Catalog,
): { params: { id: string; page: string | undefined }; props: { source: Source; page: Page<SourceEntry> } }[] {
  return catalog.sources.flatMap((source) => {
    const entries = source.entries.map((entry, index): SourceEntry => ({ ...entry, position: index + 1 }));
    return paginate(entries).map((page) => ({
      params: { id: catalog.sourceSlug(source), page: pageParam(page.number) },
      props: { source, page },
    }));
  });
}
