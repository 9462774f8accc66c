/**
 * The static paths of every dynamic route, computed from the catalog. Page files only return
 * these, so what exists on the site is decided here and nowhere else.
 */
import type { Paper, Post, Source } from '../schemas/index.ts';
import type { Catalog, Listed, Note, Tag } from './catalog.ts';
import { pageParam, paginate, type Page } from './paging.ts';

/** A dump's entry with its 1-based position in the dump (its anchor on the source page). */
export type SourceEntry = Source['entries'][number] & { readonly position: number };

export function paperPaths(catalog: Catalog): { params: { slug: string }; props: { paper: Paper } }[] {
  return catalog.papers.map((paper) => ({ params: { slug: paper.slug }, props: { paper } }));
}

export function postPaths(catalog: Catalog): { params: { slug: string }; props: { post: Post } }[] {
  return catalog.posts.map((post) => ({ params: { slug: post.slug }, props: { post } }));
}

export function notePaths(catalog: Catalog): { params: { slug: string }; props: { note: Note } }[] {
  return catalog.notes.map((note) => ({ params: { slug: note.slug }, props: { note } }));
}

/** Newest papers, pages 2 and up (page 1 is `/papers/`). */
export function paperListPaths(catalog: Catalog): { params: { page: string }; props: { page: Page<Paper> } }[] {
  return paginate(catalog.papers)
    .slice(1)
    .map((page) => ({ params: { page: String(page.number) }, props: { page } }));
}

export function tagPaths(catalog: Catalog): { params: { tag: string; page: string | undefined }; props: { tag: Tag; page: Page<Listed> } }[] {
  return catalog.tags.flatMap((tag) => paginate(tag.items).map((page) => ({ params: { tag: tag.slug, page: pageParam(page.number) }, props: { tag, page } })));
}

export function tagFeedPaths(catalog: Catalog): { params: { tag: string }; props: { tag: Tag } }[] {
  return catalog.tags.map((tag) => ({ params: { tag: tag.slug }, props: { tag } }));
}

export function sourcePaths(catalog: Catalog): { params: { id: string; page: string | undefined }; props: { source: Source; page: Page<SourceEntry> } }[] {
  return catalog.sources.flatMap((source) => {
    const entries = source.entries.map((entry, index): SourceEntry => ({ ...entry, position: index + 1 }));
    return paginate(entries).map((page) => ({ params: { id: catalog.sourceSlug(source), page: pageParam(page.number) }, props: { source, page } }));
  });
}
