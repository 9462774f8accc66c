/** Components every note can use without importing them, passed to each note's <Content />. */
import Figure from './Figure.astro';
import Paper from './Paper.astro';

// eslint-disable-next-line @typescript-eslint/no-unsafe-assignment -- .astro modules have types only inside Astro's own checker
export const NOTE_COMPONENTS = { Paper, Figure } as const;
