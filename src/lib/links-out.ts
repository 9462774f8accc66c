/**
 * Where a reader goes from a paper page to the paper itself: its arXiv abstract and PDF and its
 * Hugging Face page when an arXiv id is known, otherwise title searches on arXiv and Hugging Face
 * Papers; then code and project links found in the text. Links only: the build never fetches them.
 */
import type { Link, Paper } from '../schemas/index.ts';

export interface LinkOut {
  readonly href: string;
  /** Link text. */
  readonly label: string;
  /** Where the link goes, in a few words, shown beside it. */
  readonly note: string;
}

export interface LinksOut {
  /** The paper itself: by arXiv id, or searches by title. */
  readonly paper: readonly LinkOut[];
  /** Whether `paper` holds searches rather than the paper's own pages. */
  readonly searched: boolean;
  /** Repositories named in the text. */
  readonly code: readonly LinkOut[];
  /** Every other web page named in the text, other arXiv ids first. */
  readonly web: readonly LinkOut[];
}

const ARXIV_ID = /^arXiv:(\d{4}\.\d{4,5})$/u;

/** The arXiv ids of a paper's links, first found first. */
export function arxivIds(links: readonly Link[]): string[] {
  return [...new Set(links.flatMap((link) => (link.kind === 'arxiv' ? (ARXIV_ID.exec(link.label)?.[1] ?? []) : [])))];
}

/** arXiv's own search, restricted to titles or to authors. */
export function arxivSearch(query: string, field: 'title' | 'author'): string {
  return `https://arxiv.org/search/?${new URLSearchParams({ query, searchtype: field })}`;
}

/** Hugging Face Papers' search box. */
export function huggingFaceSearch(query: string): string {
  return `https://huggingface.co/papers?${new URLSearchParams({ q: query })}`;
}

export function linksOut(paper: Paper): LinksOut {
  const [id, ...otherIds] = arxivIds(paper.links);
  const own: LinkOut[] = id
    ? [
        { href: `https://arxiv.org/abs/${id}`, label: `arXiv ${id}`, note: 'abstract' },
        { href: `https://arxiv.org/pdf/${id}`, label: 'PDF', note: 'on arXiv' },
        { href: `https://huggingface.co/papers/${id}`, label: 'Hugging Face', note: 'paper page' },
      ]
    : [
        { href: arxivSearch(paper.title, 'title'), label: 'arXiv', note: 'search by title' },
        { href: huggingFaceSearch(paper.title), label: 'Hugging Face Papers', note: 'search by title' },
      ];
  const code = paper.links.filter((link) => link.kind === 'github').map((link) => ({ href: link.href, label: link.label, note: 'GitHub' }));
  // A second arXiv id in the text (a follow-up, a companion paper) is kept as another link.
  const more = otherIds.map((other) => ({ href: `https://arxiv.org/abs/${other}`, label: `arXiv ${other}`, note: 'also in the text' }));
  const web = paper.links.filter((link) => link.kind === 'url').map((link) => ({ href: link.href, label: link.label, note: 'web page' }));
  return { paper: own, searched: !id, code, web: [...more, ...web] };
}
