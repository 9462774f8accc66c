import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { seedLoader } from './loader/astro-loader.ts';
import { NOTES_DIR } from './notes/folder.ts';
import { notesLoader } from './notes/loader.ts';
import { noteSchema, paperSchema, postSchema, sourceSchema } from './schemas/index.ts';

/** Seed dumps live outside src/ so readers can drop files in without touching code. Tests and the benchmark point SEEDS_DIR elsewhere. */
const SEEDS_DIR = process.env.SEEDS_DIR ?? 'content/seeds';

export const collections = {
  papers: defineCollection({ loader: seedLoader('papers', { dir: SEEDS_DIR }), schema: paperSchema }),
  posts: defineCollection({ loader: seedLoader('posts', { dir: SEEDS_DIR }), schema: postSchema }),
  sources: defineCollection({ loader: seedLoader('sources', { dir: SEEDS_DIR }), schema: sourceSchema }),
  /** Notes written by hand in MDX: the one place MDX comes from outside src/, and never from seed text. */
  notes: defineCollection({ loader: notesLoader({ dir: NOTES_DIR }), schema: noteSchema }),
  /** The site's own pages, written in MDX by the maintainer (not seed text). */
  pages: defineCollection({
    loader: glob({ pattern: '*.mdx', base: 'content/pages' }),
    schema: z.object({ title: z.string(), description: z.string() }),
  }),
};
