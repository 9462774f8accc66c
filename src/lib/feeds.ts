/** RSS items for the site feed and the tag feeds. Titles and descriptions are plain text; the RSS builder escapes them. */
import rss, { type RSSFeedItem, type RSSOptions } from '@astrojs/rss';
import type { Paper, Post } from '../schemas/index.ts';
import type { Listed, Note } from './catalog.ts';
import { isoDate } from './dates.ts';
import { absoluteUrl, routes } from './routes.ts';
import { paperSummary, postSummary } from './text.ts';
import { xmlSafe } from './xml.ts';

/** Entries per feed: readers poll feeds often, so they carry the newest entries only. */
export const FEED_SIZE = 50;

export function paperItem(paper: Paper, site: URL | undefined): RSSFeedItem {
  const published = isoDate(paper.date);
  const summary = paperSummary(paper, 400);
  return {
    title: paper.title,
    link: absoluteUrl(routes.paper(paper.slug), site),
    ...(summary ? { description: summary.text } : {}),
    ...(published ? { pubDate: new Date(`${published}T00:00:00Z`) } : {}),
    categories: [...new Set([...paper.tags, ...paper.topics])],
  };
}

export function postItem(post: Post, site: URL | undefined): RSSFeedItem {
  const summary = postSummary(post, 400);
  return {
    title: post.title,
    link: absoluteUrl(routes.post(post.slug), site),
    ...(summary ? { description: summary.text } : {}),
    categories: post.tags,
  };
}

export function noteItem(note: Note, site: URL | undefined): RSSFeedItem {
  return {
    title: note.title,
    link: absoluteUrl(routes.note(note.slug), site),
    ...(note.summary ? { description: note.summary } : {}),
    pubDate: new Date(`${note.date.sortKey}T00:00:00Z`),
    categories: [...new Set([...note.tags, ...note.topics])],
  };
}

export function listedItem(item: Listed, site: URL | undefined): RSSFeedItem {
  switch (item.kind) {
    case 'paper':
      return paperItem(item.paper, site);
    case 'note':
      return noteItem(item.note, site);
    case 'post':
      return postItem(item.post, site);
  }
}

/**
 * The feed response. Every text of the channel and its items passes through xmlSafe here, at the
 * boundary: escaping is the RSS builder's job, but characters XML cannot hold at all must not reach it.
 */
export function feedResponse(options: RSSOptions): Promise<Response> {
  return rss(xmlSafe(options));
}
