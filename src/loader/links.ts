import { findUrls } from '../lib/url-spans.ts';
import type { Link } from '../schemas/index.ts';

const ARXIV_ID = /(?:arxiv\.org\/(?:abs|pdf)\/|arXiv:\s?|\[)(\d{4}\.\d{4,5})(?:v\d+)?\]?/giu;

function describe(url: URL): Link {
  const href = url.href;
  const arxiv = /arxiv\.org\/(?:abs|pdf)\/(\d{4}\.\d{4,5})/iu.exec(href);
  if (arxiv?.[1]) return { kind: 'arxiv', href: `https://arxiv.org/abs/${arxiv[1]}`, label: `arXiv:${arxiv[1]}` };
  const [owner, repo] = url.pathname.split('/').filter(Boolean);
  if (url.hostname === 'github.com' && owner && repo) return { kind: 'github', href, label: `${owner}/${repo}` };
  const path = url.pathname === '/' ? '' : url.pathname.replace(/\/$/u, '');
  return { kind: 'url', href, label: `${url.hostname}${path}` };
}

/** Finds arXiv ids, GitHub repositories and other http(s) URLs in text, first occurrence first, without duplicates. */
export function extractLinks(texts: readonly string[]): Link[] {
  const found = new Map<string, Link>();
  const add = (link: Link) => {
    if (!found.has(link.href)) found.set(link.href, link);
  };
  for (const text of texts) {
    for (const span of findUrls(text)) add(describe(span.url));
    for (const match of text.matchAll(ARXIV_ID)) {
      const id = match[1];
      if (id) add({ kind: 'arxiv', href: `https://arxiv.org/abs/${id}`, label: `arXiv:${id}` });
    }
  }
  return [...found.values()];
}
