import { z } from 'astro/zod';
import { linkSchema, seedDateSchema, sourceRefSchema } from './common.ts';

/** A paper, merged from every dump that mentions it. Seed text is kept verbatim and rendered only as escaped text. */
export const paperSchema = z.object({
  /** Stable URL slug derived from the normalised title alone. */
  slug: z.string().regex(/^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*$/u),
  /** Title as the richest dump wrote it. */
  title: z.string().min(1),
  /** Author names in order, where the dump lists them. */
  authors: z.array(z.string().min(1)),
  /** Team named before a colon in the author line, e.g. `(Qwen Team: A, B)`. */
  team: z.string().min(1).nullable(),
  /** Number of authors: the list's length, or the `• N authors` count of a daily page. */
  authorCount: z.number().int().min(0).nullable(),
  /** Organisation shown instead of authors on a daily page (`deepseek-ai DeepSeek`). */
  organisation: z.object({ handle: z.string().min(1), name: z.string().min(1) }).nullable(),
  /** Publication or listing date, as far as the dump tells it. */
  date: seedDateSchema.nullable(),
  /** Hugging Face upvotes, where shown. */
  upvotes: z.number().int().min(0).nullable(),
  /** Abstract paragraphs; empty when the dump has none. */
  abstract: z.array(z.string().min(1)),
  /** Commentary paragraphs by language, decided by script (Hangul or not). */
  commentary: z.object({ ko: z.array(z.string().min(1)), en: z.array(z.string().min(1)) }),
  /** Author hashtags without `#`, as written. */
  tags: z.array(z.string().min(1)),
  /** Topic tags from the site's taxonomy (src/taxonomy/), strongest first; none when the text earns none. */
  topics: z.array(z.string().min(1)).max(3),
  /** arXiv ids, GitHub repositories and other URLs found in the text. */
  links: z.array(linkSchema),
  /** Every dump the paper appears in, in file order. */
  sources: z.array(sourceRefSchema).min(1),
});
export type Paper = z.infer<typeof paperSchema>;
export type PaperInput = z.input<typeof paperSchema>;
