/**
 * During `astro dev` a dump with problems must not stop the server: the loader keeps serving the last
 * good content and leaves the problems here, and every page throws them, so Astro's error overlay lists
 * them as `file:line: what was expected` until the dump is fixed. The content loader and the pages run
 * in one process but load this module separately, hence a slot on globalThis rather than a module variable.
 */
import type { SeedErrors } from './errors.ts';

const SLOT = Symbol.for('paper-notes.seed-problems');

type WithSlot = typeof globalThis & { [SLOT]?: SeedErrors | null };

export function recordSeedProblems(problems: SeedErrors | null): void {
  (globalThis as WithSlot)[SLOT] = problems;
}

/** Throws the problems of the last load, if it had any; a page calls it before it reads the collections. */
export function throwSeedProblems(): void {
  const problems = (globalThis as WithSlot)[SLOT];
  if (problems) throw problems;
}
