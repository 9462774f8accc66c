import { z } from 'astro/zod';

/** The four dump layouts the loader recognises from a file's text. */
export const LAYOUTS = ['digest', 'blog', 'hf-daily', 'hf-list'] as const;
export const layoutSchema = z.enum(LAYOUTS);
export type Layout = z.infer<typeof layoutSchema>;

/** Human names for each layout, used in error messages and on source pages. */
export const LAYOUT_NAMES: Record<Layout, string> = {
  digest: 'bilingual notes digest',
  blog: 'blog tag page',
  'hf-daily': 'Hugging Face daily page',
  'hf-list': 'Hugging Face paper list',
};

/**
 * A date as the dump wrote it. Hugging Face pages often omit the year:
 * `year` is then null and is never guessed.
 */
export const seedDateSchema = z.object({
  /** The date exactly as written in the dump, e.g. `May 23`, `Jan 11, 2024`, `2025년 2월 26일`. */
  text: z.string().min(1),
  /** Four-digit year, or null when the dump does not say. */
  year: z.number().int().min(1900).max(2999).nullable(),
  /** Month, 1–12. */
  month: z.number().int().min(1).max(12),
  /** Day of month, 1–31. */
  day: z.number().int().min(1).max(31),
  /** Sortable key `YYYY-MM-DD`; an unknown year is written `0000`, so such dates sort after known ones in newest-first lists. */
  sortKey: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
});
export type SeedDate = z.infer<typeof seedDateSchema>;

/**
 * What a date of a paper says: `noted`, the day a digest's notes were written (its heading); `listed`, the
 * day a Hugging Face daily page lists the paper (the date under the entry).
 */
export const DATE_KINDS = ['noted', 'listed'] as const;
export const dateKindSchema = z.enum(DATE_KINDS);
export type DateKind = z.infer<typeof dateKindSchema>;

/** Labels for each kind of date, as the paper page shows them. */
export const DATE_KIND_NAMES: Record<DateKind, string> = {
  noted: 'Noted',
  listed: 'Listed on Hugging Face',
};

/** Where an entry was found: one per dump an entry appears in. */
export const sourceRefSchema = z.object({
  /** Source id: the dump's file name without `.txt`. */
  source: z.string().min(1),
  /** The dump's file name, e.g. `003_4441ba21b5e0df02.txt`. */
  file: z.string().min(1),
  layout: layoutSchema,
  /** 1-based position of the entry among the dump's entries. */
  position: z.number().int().min(1),
  /** 1-based line where the entry starts in the dump. */
  line: z.number().int().min(1),
});
export type SourceRef = z.infer<typeof sourceRefSchema>;

/** A link found in the text. Only http(s) URLs are ever kept. */
export const linkSchema = z.object({
  kind: z.enum(['arxiv', 'github', 'url']),
  /** Absolute http(s) URL. */
  href: z.string().regex(/^https?:\/\//),
  /** Short text to show: the arXiv id, `owner/repo`, or the host and path. */
  label: z.string().min(1),
});
export type Link = z.infer<typeof linkSchema>;
