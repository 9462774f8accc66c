import { z } from 'astro/zod';
import { linkSchema, sourceRefSchema } from './common.ts';

/** One block of a long-form note, recovered from the dump's indentation and markers. */
export const postBlockSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('paragraph'), text: z.string().min(1) }),
  z.object({
    type: z.literal('list'),
    ordered: z.boolean(),
    /** First number of an ordered list. */
    start: z.number().int().min(0),
    items: z.array(z.string().min(1)).min(1),
  }),
  z.object({ type: z.literal('code'), code: z.string().min(1), lang: z.string().nullable() }),
  /**
   * A passage quoted from elsewhere: the dump shows it as consecutive prose lines. Lines the source wrapped
   * mid-sentence are joined, so each line here ends a sentence (or the passage).
   */
  z.object({ type: z.literal('quote'), lines: z.array(z.string().min(1)).min(1) }),
]);
export type PostBlock = z.infer<typeof postBlockSchema>;

/** A long-form note from a blog tag page. */
export const postSchema = z.object({
  slug: z.string().regex(/^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*$/u),
  title: z.string().min(1),
  /** The URL the note opens with, when its first paragraph is a bare URL. */
  url: z
    .string()
    .regex(/^https?:\/\//)
    .nullable(),
  body: z.array(postBlockSchema),
  /** The tag page's tag(s), e.g. `ml`. */
  tags: z.array(z.string().min(1)).min(1),
  /** Topic tags from the site's taxonomy (src/taxonomy/), matched on the title and text, strongest first. */
  topics: z.array(z.string().min(1)).max(3),
  links: z.array(linkSchema),
  sources: z.array(sourceRefSchema).min(1),
});
export type Post = z.infer<typeof postSchema>;
