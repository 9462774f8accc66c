import type { Link } from '../schemas/index.ts';

const URL_PATTERN = /https?:\/\/[^\s<>"'`{}|\\^\]\[]+/giu;
const ARXIV_ID = /(?:arxiv\.org\/(?:abs|pdf)\/|arXiv:\s?|\[)(\d{4}\.\d{4,5})(?:v\d+)?\]?/giu;

const TRAILING_PUNCTUATION = new Set(['.', ',', ';', ':', '!', '?', '*', '…']);

/**
 * URLs end where prose punctuation starts: `(see https://x.y/z).` keeps `https://x.y/z`, while a
 * balanced `(…)` inside the URL stays. One pass from the end, so a line of 100k `)` or `.` stays linear.
 */
function trimUrl(url: string): string {
  let unmatchedClosers = 0;
  for (const char of url) {
    if (char === '(') unmatchedClosers -= 1;
    else if (char === ')') unmatchedClosers += 1;
  }
  let end = url.length;
  while (end > 0) {
    const char = url[end - 1] as string;
    if (TRAILING_PUNCTUATION.has(char)) end -= 1;
    else if (char === ')' && unmatchedClosers > 0) {
      end -= 1;
      unmatchedClosers -= 1;
    } else break;
  }
  return url.slice(0, end);
}

function isValidHttpUrl(candidate: string): URL | null {
  try {
    const url = new URL(candidate);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

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
    for (const match of text.matchAll(URL_PATTERN)) {
      const url = isValidHttpUrl(trimUrl(match[0]));
      if (url) add(describe(url));
    }
    for (const match of text.matchAll(ARXIV_ID)) {
      const id = match[1];
      if (id) add({ kind: 'arxiv', href: `https://arxiv.org/abs/${id}`, label: `arXiv:${id}` });
    }
  }
  return [...found.values()];
}
