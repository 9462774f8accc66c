import type { APIRoute } from 'astro';
import { loadCatalog } from '../lib/catalog.ts';
import { FEED_SIZE, feedResponse, paperItem } from '../lib/feeds.ts';
import { absoluteUrl, routes } from '../lib/routes.ts';
import { SITE_DESCRIPTION, SITE_NAME } from '../lib/site.ts';

/** The site feed: the newest papers. */
export const GET: APIRoute = async ({ site }) => {
  const catalog = await loadCatalog();
  return feedResponse({
    title: `${SITE_NAME}: new papers`,
    description: SITE_DESCRIPTION,
    site: absoluteUrl(routes.home(), site),
    items: catalog.papers.slice(0, FEED_SIZE).map((paper) => paperItem(paper, site)),
  });
};
