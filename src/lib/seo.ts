/** Structured data for search engines. Seed text only ever enters it as JSON string values. */
import type { Paper } from '../schemas/index.ts';
import { isoDate } from './dates.ts';

/** schema.org ScholarlyArticle for a paper page. */
export function scholarlyArticle(paper: Paper, url: string): Record<string, unknown> {
  const published = isoDate(paper.date);
  const sameAs = paper.links.filter((link) => link.kind === 'arxiv').map((link) => link.href);
  return {
    '@context': 'https://schema.org',
    '@type': 'ScholarlyArticle',
    headline: paper.title,
    name: paper.title,
    url,
    ...(paper.authors.length > 0 ? { author: paper.authors.map((name) => ({ '@type': 'Person', name })) } : {}),
    ...(paper.organisation ? { sourceOrganization: { '@type': 'Organization', name: paper.organisation.name } } : {}),
    ...(published ? { datePublished: published } : {}),
    ...(paper.abstract.length > 0 ? { abstract: paper.abstract.join('\n\n') } : {}),
    keywords: [...new Set([...paper.tags, ...paper.topics])].join(', '),
    ...(sameAs.length > 0 ? { sameAs } : {}),
  };
}

/**
 * JSON that is safe as the text of a `<script type="application/ld+json">` element. An HTML
 * parser ends a script at `</script` whatever the JSON means, and `<!--` changes how it scans,
 * so every `<`, `>` and `&` is written as a JSON unicode escape; U+2028 and U+2029 too, for
 * readers that treat the text as JavaScript. The result still parses to the same value.
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/gu, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
