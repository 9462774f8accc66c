/** Components every note can use without importing them, passed to each note's <Content />. */
import Figure from './Figure.astro';
import Paper from './Paper.astro';

export const NOTE_COMPONENTS = { Paper, Figure } as const;
