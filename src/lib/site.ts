/** The site's own name and one-line description, for titles, feeds and metadata. */
export const SITE_NAME = 'Paper notes';
export const SITE_DESCRIPTION = 'Notes on machine-learning papers, with Korean and English commentary, browsable by topic, tag and source.';
