import { z } from 'astro/zod';
import { dateKindSchema, linkSchema, seedDateSchema, sourceRefSchema } from './common.ts';

/** One distinct date a paper carries, with the dumps that give it. */
export const paperDateSchema = z.object({
  kind: dateKindSchema,
  date: seedDateSchema,
  /** Source ids of the dumps that give this date, in file order. */
  sources: z.array(z.string().min(1)).min(1),
});
export type PaperDate = z.infer<typeof paperDateSchema>;

/**
 * A paper, merged from every dump that mentions it. Seed text is kept verbatim and rendered only as escaped text.
 * Where dumps disagree, each field follows its own rule below, which never depends on the order or names of the
 * files (see src/loader/LAYOUTS.md, "Merging").
 */
export const paperSchema = z.object({
  /** Stable URL slug derived from the normalised title alone. */
  slug: z.string().regex(/^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*$/u),
  /** Title as written by the digest if one has it, else by a Hugging Face page; a spelling in mixed case and the most common one win. */
  title: z.string().min(1),
  /** Author names in order: the longest list any dump gives. */
  authors: z.array(z.string().min(1)),
  /** Team named before a colon in the author line, e.g. `(Qwen Team: A, B)`: the one beside the chosen author list, if any. */
  team: z.string().min(1).nullable(),
  /** Number of authors: the largest of every list's length and every `• N authors` count; may exceed `authors.length`. */
  authorCount: z.number().int().min(0).nullable(),
  /** Organisation shown instead of authors on a daily page (`deepseek-ai DeepSeek`). */
  organisation: z.object({ handle: z.string().min(1), name: z.string().min(1) }).nullable(),
  /**
   * The date lists sort by: the earliest `noted` date, else the earliest `listed` date with a year, else the
   * earliest `listed` date without one. One of `dates`.
   */
  date: seedDateSchema.nullable(),
  /** Every distinct date the dumps give, labelled by kind: `noted` dates first, each kind oldest first. */
  dates: z.array(paperDateSchema),
  /** Hugging Face upvotes, the highest shown. */
  upvotes: z.number().int().min(0).nullable(),
  /** Abstract paragraphs: the longest abstract any dump gives; empty when none has one. */
  abstract: z.array(z.string().min(1)),
  /** Commentary paragraphs by language, from every digest that notes the paper, oldest note first, each paragraph once. */
  commentary: z.object({ ko: z.array(z.string().min(1)), en: z.array(z.string().min(1)) }),
  /** Author hashtags without `#`, as written, from every dump, each once. */
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
