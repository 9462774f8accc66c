/** The content model: every collection's schema, imported by the loader, the content config and the pages. */
export * from './common.ts';
export * from './paper.ts';
export * from './post.ts';
export * from './source.ts';
export * from './note.ts';
