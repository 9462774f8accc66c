/**
 * One record from every dump's description of the same paper or post. Each field has its own rule of
 * precedence (documented in LAYOUTS.md and on the schema), and every rule looks at what the dumps say,
 * never at the order or the names of the files, so renaming or reordering dumps changes nothing.
 */
import type { DateKind, Layout, Paper, PaperDate, Post, SeedDate, SourceRef } from '../schemas/index.ts';
import type { PaperDraft, PostDraft } from './drafts.ts';
import { compareCodeUnits } from './errors.ts';
import { extractLinks } from './links.ts';
import { slugFor, titleKey } from './slugs.ts';
import { textLength } from './text.ts';
import { topicsFor } from './topics.ts';

/** A draft together with where it was found. */
export interface Located<T> {
  readonly draft: T;
  readonly ref: SourceRef;
}

/** Groups drafts by normalised title, in the order each title first appears. */
export function groupByTitle<T extends { title: string }>(items: readonly Located<T>[]): [Located<T>, ...Located<T>[]][] {
  const groups = new Map<string, [Located<T>, ...Located<T>[]]>();
  for (const item of items) {
    const key = titleKey(item.draft.title);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return [...groups.values()];
}

/** The researcher's own digest first, then Hugging Face pages (whose text is copied from the same arXiv record). */
const TITLE_RANK: Record<Layout, number> = { digest: 0, 'hf-daily': 1, 'hf-list': 1, blog: 2 };
/** For everything else a digest, then the daily page (which carries metadata), then the list page. */
const LAYOUT_RANK: Record<Layout, number> = { digest: 0, 'hf-daily': 1, 'hf-list': 2, blog: 3 };

const DATE_KIND_OF: Partial<Record<Layout, DateKind>> = { digest: 'noted', 'hf-daily': 'listed' };

type Compare<T> = (a: T, b: T) => number;

function by<T>(...comparisons: Compare<T>[]): Compare<T> {
  return (a, b) => {
    for (const compare of comparisons) {
      const result = compare(a, b);
      if (result !== 0) return result;
    }
    return 0;
  };
}

/** The item that sorts first, or undefined for none. */
function best<T>(items: readonly T[], compare: Compare<T>): T | undefined {
  return items.reduce<T | undefined>((chosen, item) => (chosen === undefined || compare(item, chosen) < 0 ? item : chosen), undefined);
}

/**
 * The order every merge reads its drafts in: by layout, then by date (oldest first), then by the draft's
 * own text, so two dumps with the same content are interchangeable and file order never matters.
 */
function canonical<T extends PaperDraft | PostDraft>(group: readonly Located<T>[]): Located<T>[] {
  const dateKey = (item: Located<T>) => ('date' in item.draft && item.draft.date ? item.draft.date.sortKey : '9999');
  return [...group].sort(
    by<Located<T>>(
      (a, b) => LAYOUT_RANK[a.ref.layout] - LAYOUT_RANK[b.ref.layout],
      (a, b) => compareCodeUnits(dateKey(a), dateKey(b)),
      (a, b) => compareCodeUnits(JSON.stringify(a.draft), JSON.stringify(b.draft)),
    ),
  );
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

/** A title in mixed case (`Scaling Laws`) is how papers are titled; `SCALING LAWS` or `scaling laws` is a copy's accident. */
function isCased(title: string): boolean {
  const hasUpper = /\p{Lu}/u.test(title);
  const hasLower = /\p{Ll}/u.test(title);
  return hasUpper === hasLower;
}

/** The title shown: by layout (see TITLE_RANK), then a mixed-case spelling, then the most common, then code-unit order. */
function chooseTitle(group: readonly Located<{ title: string }>[]): string {
  const counts = new Map<string, number>();
  for (const item of group) counts.set(item.draft.title, (counts.get(item.draft.title) ?? 0) + 1);
  const chosen = best(
    group,
    by(
      (a, b) => TITLE_RANK[a.ref.layout] - TITLE_RANK[b.ref.layout],
      (a, b) => Number(isCased(b.draft.title)) - Number(isCased(a.draft.title)),
      (a, b) => (counts.get(b.draft.title) ?? 0) - (counts.get(a.draft.title) ?? 0),
      (a, b) => compareCodeUnits(a.draft.title, b.draft.title),
    ),
  );
  return chosen?.draft.title ?? '';
}

function maxOf(values: readonly (number | null)[]): number | null {
  return values.reduce<number | null>((most, value) => (value !== null && (most === null || value > most) ? value : most), null);
}

/** Every distinct (kind, date), each with the dumps that give it: `noted` first, each kind oldest first. */
function datesOf(group: readonly Located<PaperDraft>[]): PaperDate[] {
  const found = new Map<string, { kind: DateKind; date: SeedDate; sources: Set<string> }>();
  for (const { draft, ref } of group) {
    const kind = DATE_KIND_OF[ref.layout];
    if (!draft.date || !kind) continue;
    const key = `${kind}\0${draft.date.sortKey}\0${draft.date.text}`;
    const entry = found.get(key) ?? { kind, date: draft.date, sources: new Set<string>() };
    entry.sources.add(ref.source);
    found.set(key, entry);
  }
  return [...found.values()]
    .map((entry) => ({ kind: entry.kind, date: entry.date, sources: [...entry.sources].sort(compareCodeUnits) }))
    .sort(
      by<PaperDate>(
        (a, b) => compareCodeUnits(a.kind === 'noted' ? '0' : '1', b.kind === 'noted' ? '0' : '1'),
        (a, b) => Number(a.date.year === null) - Number(b.date.year === null),
        (a, b) => compareCodeUnits(a.date.sortKey, b.date.sortKey),
        (a, b) => compareCodeUnits(a.date.text, b.date.text),
      ),
    );
}

function bySourceOrder(a: SourceRef, b: SourceRef): number {
  return compareCodeUnits(a.file, b.file) || a.line - b.line;
}

/** One paper from every dump's description of it. */
export function mergePaper(group: readonly Located<PaperDraft>[]): Paper {
  const ordered = canonical(group);
  const drafts = ordered.map((item) => item.draft);
  const title = chooseTitle(ordered);
  // The longest list; a tie goes to the canonical order's first.
  const authorsFrom = best(drafts, (a, b) => b.authors.length - a.authors.length) as PaperDraft;
  const abstract = best(drafts, (a, b) => textLength(b.abstract) - textLength(a.abstract))?.abstract ?? [];
  const commentary = {
    ko: unique(drafts.flatMap((draft) => draft.commentary.ko)),
    en: unique(drafts.flatMap((draft) => draft.commentary.en)),
  };
  const dates = datesOf(ordered);
  return {
    slug: slugFor(titleKey(title)),
    title,
    authors: authorsFrom.authors,
    team: authorsFrom.team ?? drafts.find((draft) => draft.team !== null)?.team ?? null,
    authorCount: maxOf([authorsFrom.authors.length || null, ...drafts.map((draft) => draft.authorCount)]),
    organisation: drafts.find((draft) => draft.organisation !== null)?.organisation ?? null,
    date: dates[0]?.date ?? null,
    dates,
    upvotes: maxOf(drafts.map((draft) => draft.upvotes)),
    abstract,
    commentary,
    tags: unique(drafts.flatMap((draft) => draft.tags)),
    topics: topicsFor([title, ...abstract, ...commentary.en]),
    links: extractLinks([...abstract, ...commentary.en, ...commentary.ko]),
    sources: group.map((item) => item.ref).sort(bySourceOrder),
  };
}

function postTexts(draft: PostDraft): string[] {
  return [
    ...(draft.url ? [draft.url] : []),
    ...draft.body.flatMap((block) => {
      switch (block.type) {
        case 'paragraph':
          return [block.text];
        case 'list':
          return block.items;
        case 'quote':
          return block.lines;
        case 'code':
          return [block.code];
      }
    }),
  ];
}

/** One post from every blog page that holds it: the longest body wins, tags and sources accumulate. */
export function mergePost(group: readonly Located<PostDraft>[]): Post {
  const ordered = canonical(group);
  const drafts = ordered.map((item) => item.draft);
  const size = (draft: PostDraft) => postTexts(draft).join('').length;
  const richest = best(drafts, (a, b) => size(b) - size(a)) as PostDraft;
  const title = chooseTitle(ordered);
  return {
    slug: slugFor(titleKey(title)),
    title,
    url: richest.url ?? drafts.find((draft) => draft.url !== null)?.url ?? null,
    body: richest.body,
    tags: unique(drafts.flatMap((draft) => draft.tags)),
    topics: topicsFor([title, ...postTexts(richest)]),
    links: extractLinks(drafts.flatMap(postTexts)),
    sources: group.map((item) => item.ref).sort(bySourceOrder),
  };
}
