import { z } from 'astro/zod';

function isCalendarDay(text: string): boolean {
  const day = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(text);
}

/** `YYYY-MM-DD` that names a real day: `2025-02-30` is an error, not 2 March. */
const calendarDateSchema = z
  .string({ error: 'expected a date written YYYY-MM-DD, e.g. 2025-03-01' })
  .regex(/^\d{4}-\d{2}-\d{2}$/u, { error: 'expected a date written YYYY-MM-DD, e.g. 2025-03-01' })
  .refine(isCalendarDay, { error: (issue) => `${String(issue.input)} is not a day of the calendar` });

/**
 * The frontmatter of a note the maintainer writes by hand in `content/notes/*.mdx`. Unknown keys
 * are errors, so a misspelt `paper:` is reported instead of silently ignored.
 */
export const noteSchema = z.strictObject({
  /** The note's heading and page title. */
  title: z.string().trim().min(1),
  /** The day the note was written, `YYYY-MM-DD`. */
  date: calendarDateSchema,
  /**
   * Papers the note is about, each by its title as written in the dumps (case, spacing and
   * punctuation do not matter) or by its slug (`deepgemm`). Each must name a paper on the site.
   * Leave it out for a stand-alone note.
   */
  papers: z.array(z.string().trim().min(1)).default([]),
  /** Tags, written as on the tag pages (`kv-cache`, `rl`); they share pages with the papers' tags. */
  tags: z.array(z.string().trim().min(1)).default([]),
  /** One or two plain sentences for lists, feeds and the page description. */
  summary: z.string().trim().min(1).optional(),
});
export type NoteFrontmatter = z.infer<typeof noteSchema>;
export type NoteFrontmatterInput = z.input<typeof noteSchema>;
