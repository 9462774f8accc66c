/**
 * Readable names for the seed dumps, made from what each dump holds: its layout and its date or
 * heading (`Hugging Face Daily Papers — 29 Oct`, `Notes digest — 26 Feb 2025`). File names are
 * only a detail on the source page; names are what headings, links and filter labels show.
 */
import type { Layout, Source } from '../schemas/index.ts';
import { formatDate } from './dates.ts';
import { truncate } from './text.ts';

/** What each layout is called in a source's name. */
export const LAYOUT_TITLES: Readonly<Record<Layout, string>> = {
  digest: 'Notes digest',
  blog: 'Blog posts',
  'hf-daily': 'Hugging Face Daily Papers',
  'hf-list': 'Hugging Face paper list',
};

const BLOG_TAG = /^Tag:\s*(\S.*)$/u;

function counted(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** What a dump holds, `213 papers` or `15 blog posts`; also the name of a dump with no date or heading to name it by. */
export function sourceContents(source: Source): string {
  const papers = source.entries.filter((entry) => entry.kind === 'paper').length;
  const posts = source.entries.length - papers;
  if (papers === 0 && posts === 0) return 'no entries';
  const parts = [papers > 0 && counted(papers, 'paper', 'papers'), posts > 0 && counted(posts, 'blog post', 'blog posts')];
  return parts.filter(Boolean).join(', ');
}

/** The name of one dump on its own; `sourceNames` makes names of several dumps unique. */
export function sourceName(source: Source): string {
  const title = LAYOUT_TITLES[source.layout];
  if (source.date) return `${title} — ${formatDate(source.date)}`;
  const heading = source.heading?.replace(/\s+/gu, ' ').trim();
  const tag = heading ? BLOG_TAG.exec(heading)?.[1] : undefined;
  if (source.layout === 'blog' && tag) return `${title} tagged “${truncate(tag, 60)}”`;
  if (heading) return `${title} — ${truncate(heading, 60)}`;
  return `${title} — ${sourceContents(source)}`;
}

/**
 * Names of every dump by source id, each different from the others. Dumps that would share a name
 * are told apart by their first entry, then (if even that is shared) by their order among the files,
 * so a name depends only on the dump's own text and its place in the folder.
 */
export function sourceNames(sources: readonly Source[]): Map<string, string> {
  const ordered = [...sources].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const byName = new Map<string, Source[]>();
  for (const source of ordered) {
    const name = sourceName(source);
    byName.set(name, [...(byName.get(name) ?? []), source]);
  }
  const names = new Map<string, string>();
  for (const [name, group] of byName) {
    if (group.length === 1) {
      names.set(group[0]?.id ?? '', name);
      continue;
    }
    const firstTitles = group.map((source) => source.entries[0]?.title ?? '');
    group.forEach((source, index) => {
      const first = firstTitles[index] ?? '';
      const unique = first !== '' && firstTitles.filter((title) => title === first).length === 1;
      names.set(source.id, unique ? `${name}, starting with “${truncate(first, 50)}”` : `${name} (${index + 1} of ${group.length})`);
    });
  }
  return names;
}
