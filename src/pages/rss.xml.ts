import type { APIRoute } from 'astro';
import { loadCatalog } from '../lib/catalog.ts';
import { FEED_SIZE, feedResponse, listedItem } from '../lib/feeds.ts';
import { absoluteUrl, routes } from '../lib/routes.ts';
import { SITE_DESCRIPTION, SITE_NAME } from '../lib/site.ts';

/** The site feed: the newest papers and notes, newest first. */
export const GET: APIRoute = async ({ site }) => {
  const catalog = await loadCatalog();
  return feedResponse({
    title: `${SITE_NAME}: new papers and notes`,
    description: SITE_DESCRIPTION,
    site: absoluteUrl(routes.home(), site),
    items: catalog.newest.slice(0, FEED_SIZE).map((item) => listedItem(item, site)),
  });
};
