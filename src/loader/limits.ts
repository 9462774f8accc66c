/**
 * What one entry may cost the site. Every hashtag gets a tag page and a feed, and every tag feed lists
 * its papers' categories: one entry with 3,000 hashtags once made 3,031 pages and grew the site 25-fold.
 * The real notes carry at most three; a notes digest never needs more than this.
 */
export const MAX_TAGS_PER_ENTRY = 20;
