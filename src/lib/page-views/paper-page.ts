import type { Catalog, Discussion } from '../catalog.ts';
import { RELATED_LIMITS } from '../related.ts';
import type { AuthorSlug } from '../authors.ts';
import type { Paper, Post, SeedDate, SourceRef } from '../../schemas/index.ts';

/** A source an entry appears in, as its page's "Appears in" links it. */
export interface SourceLink {
  readonly ref: SourceRef;
  readonly href: string;
  readonly name: string;
}

/** A note that names the paper, as the paper's page lists it. */
export interface NoteLink {
  readonly slug: string;
  readonly title: string;
  readonly date: SeedDate;
  readonly summary: string | null;
}

/**
 * Everything a paper's page shows, gathered from the catalog before the page renders. The page's
 * components read only this, never the catalog (but for the header's one read, which every key
 * covers), so the page's cache key (page-cache-key.ts), taken over this view, changes whenever
 * anything the page shows changes.
 */
export interface PaperPageView {
  readonly paper: Paper;
  readonly authors: readonly { readonly name: string; readonly slug: AuthorSlug }[];
  readonly notes: readonly NoteLink[];
  readonly discussions: readonly Discussion[];
  readonly appearsIn: readonly SourceLink[];
  readonly relatedPosts: readonly Post[];
  readonly relatedPapers: readonly Paper[];
  /** The papers before and after it in its first dump, and that dump's name. */
  readonly neighbours: { readonly previous: Paper | null; readonly next: Paper | null; readonly sourceName: string } | null;
}

/** Where a paper or blog post appears, each source by name, linked to the entry on its page. */
export function sourceLinks(refs: readonly SourceRef[], catalog: Catalog): SourceLink[] {
  return refs.map((ref) => {
    const source = catalog.source(ref.source);
    return { ref, href: catalog.entryHref(ref), name: source ? catalog.sourceName(source) : ref.file };
  });
}

export function paperPageView(paper: Paper, catalog: Catalog): PaperPageView {
  const neighbours = catalog.neighbours(paper);
  return {
    paper,
    authors: catalog.authorsOf(paper),
    notes: catalog.notesOf(paper).map(({ slug, title, date, summary }) => ({ slug, title, date, summary })),
    discussions: catalog.discussedIn(paper),
    appearsIn: sourceLinks(paper.sources, catalog),
    relatedPosts: catalog.relatedPosts(paper),
    relatedPapers: catalog.related(paper, RELATED_LIMITS.papersPerPaper),
    neighbours: neighbours && {
      previous: neighbours.previous,
      next: neighbours.next,
      sourceName: catalog.sourceName(neighbours.source),
    },
  };
}
