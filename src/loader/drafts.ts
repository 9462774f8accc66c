import type { Layout, PostBlock, SeedDate } from '../schemas/index.ts';
import type { Report } from './errors.ts';
import type { Line } from './text.ts';

/** A paper as one dump describes it, before duplicates across dumps are merged. */
export interface PaperDraft {
  readonly kind: 'paper';
  readonly line: number;
  readonly title: string;
  readonly authors: string[];
  readonly team: string | null;
  readonly authorCount: number | null;
  readonly organisation: { handle: string; name: string } | null;
  readonly date: SeedDate | null;
  readonly upvotes: number | null;
  readonly abstract: string[];
  readonly commentary: { ko: string[]; en: string[] };
  readonly tags: string[];
}

/** A long-form note as one blog tag page holds it. */
export interface PostDraft {
  readonly kind: 'post';
  readonly line: number;
  readonly title: string;
  readonly url: string | null;
  readonly body: PostBlock[];
  readonly tags: string[];
}

export type EntryDraft = PaperDraft | PostDraft;

/** What a layout parser returns for one dump. */
export interface ParsedDump {
  readonly layout: Layout;
  readonly heading: string | null;
  readonly date: SeedDate | null;
  readonly entries: EntryDraft[];
}

/** A layout's parser: reports each problem at its line and returns every entry it could read. */
export type Parser = (lines: readonly Line[], report: Report) => ParsedDump;

/** A paper draft with every optional field empty, for parsers to fill in. */
export function emptyPaper(line: number, title: string): PaperDraft {
  return {
    kind: 'paper',
    line,
    title,
    authors: [],
    team: null,
    authorCount: null,
    organisation: null,
    date: null,
    upvotes: null,
    abstract: [],
    commentary: { ko: [], en: [] },
    tags: [],
  };
}
