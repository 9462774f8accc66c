/**
 * Writes synthetic records in the four dump layouts, the way the seeds look when copied from
 * their pages (see content/seeds/ and src/loader/parsers/ for what each layout must hold).
 */
import type { PostBlock, SyntheticPaper, SyntheticPost } from './prose.ts';
import type { Random } from './random.ts';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export type PaperLayout = 'digest' | 'hf-daily' | 'hf-list';

function monthName(month: number): string {
  return MONTHS[month - 1] ?? 'Jan';
}

/** `(A, B, C)`, `(A and B and C)` or `(Team: A, B)`. */
function authorLine(paper: SyntheticPaper, random: Random): string {
  const names = paper.team ? paper.authors.slice(0, 4) : paper.authors;
  const list = !paper.team && names.length <= 4 && random.chance(0.3) ? names.join(' and ') : names.join(', ');
  return paper.team ? `(${paper.team}: ${list})` : `(${list})`;
}

/**
 * The bilingual digest: a Korean date line, then per paper its title, `(authors)`, abstract,
 * Korean and English commentary and a `#tags` line, with no blank lines.
 */
export function writeDigest(papers: readonly SyntheticPaper[], random: Random, date: { year: number; month: number; day: number }): string {
  const lines = [`${date.year}년 ${date.month}월 ${date.day}일`];
  for (const paper of papers) {
    lines.push(paper.title, authorLine(paper, random));
    // Some entries are a release note with commentary only, like the seeds' DeepGEMM entry.
    if (random.chance(0.85)) lines.push(paper.abstract);
    lines.push(...paper.koreanCommentary);
    if (random.chance(0.85)) lines.push(...paper.englishCommentary);
    lines.push(paper.hashtags.map((tag) => `#${tag}`).join(' '));
  }
  return `${lines.join('\n')}\n`;
}

/** `May 23`, `Jan 11, 2024`, each with optional upvotes after it. */
function hfDate(paper: SyntheticPaper, random: Random): string {
  const date = random.chance(0.2) ? `${monthName(paper.month)} ${paper.day}, ${paper.year}` : `${monthName(paper.month)} ${paper.day}`;
  return paper.upvotes === null ? date : `${date} ${paper.upvotes}`;
}

/**
 * The daily page: chrome, the page's own date, then blank-line separated entries of title,
 * abstract and usually a `• N authors` or organisation line, `·` and a date.
 */
export function writeHfDaily(papers: readonly SyntheticPaper[], random: Random, pageDate: { month: number; day: number }): string {
  const lines = ['new', '', 'Get trending papers in your email inbox!', '', 'Subscribe', ''];
  if (random.chance(0.5)) lines.push('Daily Papers', '');
  lines.push('byAK and the research community', '', `${monthName(pageDate.month)} ${pageDate.day}`, '');
  for (const paper of papers) {
    lines.push(paper.title, '', paper.abstract, '');
    if (random.chance(0.85)) {
      if (paper.organisation) lines.push(`${paper.organisation[0]} ${paper.organisation[1]}`);
      else if (random.chance(0.95)) lines.push(`  • ${paper.authors.length} author${paper.authors.length === 1 ? '' : 's'}`);
      lines.push('·', hfDate(paper, random), '');
    }
  }
  return `${lines.join('\n')}\n`;
}

/** The list page: chrome, then title and abstract lines back to back, the first title glued to `Subscribe`. */
export function writeHfList(papers: readonly SyntheticPaper[]): string {
  const lines = ['Get trending papers in your email inbox once a day!', 'Get trending papers in your email inbox!'];
  papers.forEach((paper, index) => {
    lines.push(index === 0 ? `Subscribe${paper.title}` : paper.title, paper.abstract);
  });
  return `${lines.join('\n')}\n`;
}

const BODY = '    ';

function blockLines(block: PostBlock): string[] {
  switch (block.type) {
    case 'paragraph':
      return [BODY + block.text];
    case 'quote':
      return block.lines.map((line) => BODY + line);
    case 'list':
      return block.items.map((item, index) => `${BODY}${block.ordered ? `${index + 1}.` : '•'} ${item}`);
    case 'code':
      // Pasted code keeps an indented blank line at its end, which marks it as code.
      return [...block.lines.map((line) => BODY + line), BODY];
  }
}

/** The blog tag page: `Tag: …`, then `  • Title` items whose bodies are indented four spaces, blocks separated by blank lines. */
export function writeBlog(tag: string, posts: readonly SyntheticPost[]): string {
  const lines = [`Tag: ${tag}`, ''];
  for (const post of posts) {
    lines.push(`  • ${post.title}`, '');
    if (post.url) lines.push(BODY + post.url, '');
    for (const block of post.blocks) lines.push(...blockLines(block), '');
  }
  return `${lines.join('\n')}\n`;
}
