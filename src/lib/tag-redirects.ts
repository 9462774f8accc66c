/**
 * Tag addresses that lead elsewhere: retired tags (src/taxonomy/retired-tags.ts) and pages of tag
 * lists that have grown shorter. Each gets a static redirect page, and each retired tag's feed keeps
 * being served with what its successor's feed carries, since a feed cannot redirect statically.
 */
import { PUBLISHED_TAG_PAGES, RETIRED_TAGS, type RetiredTag } from '../taxonomy/retired-tags.ts';
import type { Catalog, Tag } from './catalog.ts';
import { pageCount } from './paging.ts';
import { routes } from './routes.ts';
import { tagSlug, tagTitle, type TagSlug } from './tags.ts';

export interface TagRedirect {
  /** The old address: `/tags/<slug>/`, or `/tags/<slug>/<page>/` for a later page. */
  readonly slug: TagSlug;
  readonly page: number;
  /** The site path it leads to. */
  readonly href: string;
  /** What is there, as a link text. */
  readonly target: string;
  readonly reason: string;
}

/** A retired tag's feed address and what it now carries: its successor topic's items, or (null) the newest papers. */
export interface RetiredFeed {
  readonly slug: TagSlug;
  readonly tag: Tag | null;
}

const LISTS = {
  papers: { href: routes.papers(), target: 'All papers' },
  tags: { href: routes.tags(), target: 'All tags' },
} as const;

/** The live tag a retired tag leads to, if its successor is a topic that has a page in this build. */
function successorTag(retired: RetiredTag, catalog: Catalog): Tag | null {
  return retired.successor.kind === 'topic' ? (catalog.tag(retired.successor.tag) ?? null) : null;
}

function successorLink(retired: RetiredTag, catalog: Catalog): { href: string; target: string } {
  const tag = successorTag(retired, catalog);
  if (tag) return { href: routes.tag(tag.slug), target: tagTitle(tag.name) };
  // A successor topic no paper has in this corpus: the tag index lists what there is.
  return retired.successor.kind === 'list' ? LISTS[retired.successor.list] : LISTS.tags;
}

/** Retired tags whose address no live tag has taken back. */
function standingRetirements(catalog: Catalog): RetiredTag[] {
  const live = new Set(catalog.tags.map((tag) => tag.slug));
  return RETIRED_TAGS.filter((retired) => !live.has(tagSlug(retired.tag)));
}

export function tagRedirects(catalog: Catalog): TagRedirect[] {
  const retired = standingRetirements(catalog).flatMap((entry) => {
    const link = successorLink(entry, catalog);
    const pages = Math.max(1, PUBLISHED_TAG_PAGES[entry.tag] ?? 1);
    return Array.from({ length: pages }, (_, index) => ({ slug: tagSlug(entry.tag), page: index + 1, ...link, reason: entry.reason }));
  });
  const shortened = catalog.tags.flatMap((tag) => {
    const published = PUBLISHED_TAG_PAGES[tag.name] ?? 1;
    const now = pageCount(tag.items.length);
    const target = tagTitle(tag.name);
    const reason = `${target} now fits on ${now === 1 ? 'one page' : `${now} pages`}; this page of it no longer exists.`;
    return Array.from({ length: Math.max(0, published - now) }, (_, index) => ({
      slug: tag.slug,
      page: now + index + 1,
      href: routes.tag(tag.slug),
      target,
      reason,
    }));
  });
  return [...retired, ...shortened];
}

/** The feeds served at retired tags' feed addresses. */
export function retiredFeeds(catalog: Catalog): RetiredFeed[] {
  return standingRetirements(catalog).map((entry) => ({ slug: tagSlug(entry.tag), tag: successorTag(entry, catalog) }));
}
