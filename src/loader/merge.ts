import type { Paper, Post, SeedDate, SourceRef } from '../schemas/index.ts';
import type { PaperDraft, PostDraft } from './drafts.ts';
import { extractLinks } from './links.ts';
import { slugFor, titleKey } from './slugs.ts';
import { textLength } from './text.ts';
import { topicsFor } from './topics.ts';

/** A draft together with where it was found. */
export interface Located<T> {
  readonly draft: T;
  readonly ref: SourceRef;
}

/** Groups drafts by normalised title, keeping first-seen order. */
export function groupByTitle<T extends { title: string }>(items: readonly Located<T>[]): Located<T>[][] {
  const groups = new Map<string, Located<T>[]>();
  for (const item of items) {
    const key = titleKey(item.draft.title);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return [...groups.values()];
}

function firstNonNull<T>(values: readonly (T | null)[]): T | null {
  return values.find((value) => value !== null) ?? null;
}

function maxNonNull(values: readonly (number | null)[]): number | null {
  const numbers = values.filter((value): value is number => value !== null);
  return numbers.length > 0 ? Math.max(...numbers) : null;
}

function longest<T>(lists: readonly T[][], size: (list: T[]) => number): T[] {
  return lists.reduce<T[]>((best, list) => (size(list) > size(best) ? list : best), []);
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

/** A dated entry beats an undated one; a date with a year beats one without. */
function bestDate(dates: readonly (SeedDate | null)[]): SeedDate | null {
  return dates.find((date) => date?.year !== null && date !== null) ?? firstNonNull(dates);
}

/** One paper from every dump's description of it, keeping the richest value of each field. */
export function mergePaper(group: readonly Located<PaperDraft>[]): Paper {
  const drafts = group.map((item) => item.draft);
  const first = drafts[0] as PaperDraft;
  const authors = longest(drafts.map((draft) => draft.authors), (list) => list.length);
  const abstract = longest(drafts.map((draft) => draft.abstract), textLength);
  const commentary = {
    ko: unique(drafts.flatMap((draft) => draft.commentary.ko)),
    en: unique(drafts.flatMap((draft) => draft.commentary.en)),
  };
  return {
    slug: slugFor(titleKey(first.title)),
    title: first.title,
    authors,
    team: firstNonNull(drafts.map((draft) => draft.team)),
    authorCount: maxNonNull([authors.length || null, ...drafts.map((draft) => draft.authorCount)]),
    organisation: firstNonNull(drafts.map((draft) => draft.organisation)),
    date: bestDate(drafts.map((draft) => draft.date)),
    upvotes: maxNonNull(drafts.map((draft) => draft.upvotes)),
    abstract,
    commentary,
    tags: unique(drafts.flatMap((draft) => draft.tags)),
    topics: topicsFor([first.title, ...abstract, ...commentary.en]),
    links: extractLinks([...abstract, ...commentary.en, ...commentary.ko]),
    sources: group.map((item) => item.ref),
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
  const drafts = group.map((item) => item.draft);
  const first = drafts[0] as PostDraft;
  const richest = drafts.reduce((best, draft) => (postTexts(draft).join('').length > postTexts(best).join('').length ? draft : best));
  return {
    slug: slugFor(titleKey(first.title)),
    title: first.title,
    url: firstNonNull(drafts.map((draft) => draft.url)),
    body: richest.body,
    tags: unique(drafts.flatMap((draft) => draft.tags)),
    topics: topicsFor([first.title, ...postTexts(richest)]),
    links: extractLinks(drafts.flatMap(postTexts)),
    sources: group.map((item) => item.ref),
  };
}
