import { z } from 'astro/zod';
import { layoutSchema, seedDateSchema } from './common.ts';

/** One seed dump and its entries in their original order. */
export const sourceSchema = z.object({
  /** File name without `.txt`; also the URL segment. */
  id: z.string().min(1),
  file: z.string().min(1),
  layout: layoutSchema,
  /** The heading the dump carries: its date line or `Tag: …` line, if any. */
  heading: z.string().nullable(),
  /** The dump's own date, when its heading is one. */
  date: seedDateSchema.nullable(),
  /** Number of lines in the file. */
  lineCount: z.number().int().min(0),
  entries: z.array(
    z.object({
      kind: z.enum(['paper', 'post']),
      /** Slug of the merged paper or post this entry became. */
      slug: z.string().min(1),
      title: z.string().min(1),
      line: z.number().int().min(1),
    }),
  ),
});
export type Source = z.infer<typeof sourceSchema>;
