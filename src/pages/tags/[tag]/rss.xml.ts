import type { APIRoute } from 'astro';
import type { Tag } from '../../../lib/catalog.ts';
import { loadCatalog } from '../../../lib/catalog.ts';
import { FEED_SIZE, feedResponse, listedItem } from '../../../lib/feeds.ts';
import { tagFeedPaths } from '../../../lib/paths.ts';
import { absoluteUrl, routes } from '../../../lib/routes.ts';
import { SITE_NAME } from '../../../lib/site.ts';
import { tagTitle } from '../../../lib/tags.ts';

export async function getStaticPaths() {
  return tagFeedPaths(await loadCatalog());
}

/** One feed per tag: its newest papers and notes. */
export const GET: APIRoute<{ tag: Tag }> = ({ props, site }) => {
  const { tag } = props;
  const title = tagTitle(tag.name, tag.origins);
  return feedResponse({
    title: `${SITE_NAME}: ${title}`,
    description: tag.topic?.description ?? `Papers and notes tagged ${title}.`,
    site: absoluteUrl(routes.tag(tag.slug), site),
    items: tag.items.slice(0, FEED_SIZE).map((item) => listedItem(item, site)),
  });
};
