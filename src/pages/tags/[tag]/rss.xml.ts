import type { APIRoute } from 'astro';
import type { Tag } from '../../../lib/catalog.ts';
import { loadCatalog } from '../../../lib/catalog.ts';
import { FEED_SIZE, feedResponse, listedItem } from '../../../lib/feeds.ts';
import { tagFeedPaths } from '../../../lib/paths.ts';
import { absoluteUrl, routes } from '../../../lib/routes.ts';
import { SITE_DESCRIPTION, SITE_NAME } from '../../../lib/site.ts';
import { retiredFeeds } from '../../../lib/tag-redirects.ts';
import { tagTitle } from '../../../lib/tags.ts';

/** `tag` null: a retired tag whose successor is the full list, whose feed is the site feed's newest papers and notes. */
type Props = { tag: Tag | null };

/**
 * One feed per tag: its newest papers and notes. A retired tag's feed address keeps serving, with
 * what its successor's feed carries: feed readers follow no redirect page, and a subscription should
 * not go silent.
 */
export async function getStaticPaths() {
  const catalog = await loadCatalog();
  const retired = retiredFeeds(catalog).map((feed) => ({ params: { tag: feed.slug }, props: { tag: feed.tag } }));
  return [...tagFeedPaths(catalog), ...retired];
}

export const GET: APIRoute<Props> = async ({ props, site }) => {
  const { tag } = props;
  if (!tag) {
    const catalog = await loadCatalog();
    return feedResponse({
      title: `${SITE_NAME}: new papers and notes`,
      description: SITE_DESCRIPTION,
      site: absoluteUrl(routes.papers(), site),
      items: catalog.newest.slice(0, FEED_SIZE).map((item) => listedItem(item, site)),
    });
  }
  const title = tagTitle(tag.name);
  return feedResponse({
    title: `${SITE_NAME}: ${title}`,
    description: tag.topic?.description ?? `Papers and notes tagged ${title}.`,
    site: absoluteUrl(routes.tag(tag.slug), site),
    items: tag.items.slice(0, FEED_SIZE).map((item) => listedItem(item, site)),
  });
};
