/**
 * Which papers a note mentions, found three ways:
 * - by arXiv id, when a link in the note and one in the paper name the same id;
 * - by full title, ignoring case and punctuation, for titles of four words or more;
 * - by short name: the part of a title before its colon (`ZeRO`, `SWE-RL`), or a title under four
 *   words (`DeepGEMM`), written with the same letters and case as a whole word. A name must be
 *   distinctive enough not to be an ordinary word: at least four characters, and either a
 *   coined shape (`ZeRO`, `Qwen2`), a word that is not common English (`Muon`), or three words or more.
 * Names two papers share are left out, since they cannot say which paper is meant.
 *
 * Every title and name goes into a trie keyed by lower-case words, and each note is read once,
 * word by word, so the cost grows with the notes' length and not with notes × papers.
 */
import { linkify } from './linkify.ts';

export type MentionKind = 'arxiv' | 'title' | 'name';

/** What the matcher needs to know of a paper. */
export interface MentionTarget {
  readonly slug: string;
  readonly title: string;
  readonly arxivIds: readonly string[];
}

/** What the matcher reads of a note: its prose (title, paragraphs, list items, quotations) and the arXiv ids it links. */
export interface NoteText {
  readonly prose: readonly string[];
  readonly arxivIds: readonly string[];
}

export interface Mention {
  readonly slug: string;
  readonly kind: MentionKind;
  /** The words as the note wrote them (`arXiv:2505.02809` for an id). */
  readonly text: string;
}

/** Full titles this long are specific enough to match in any case. */
export const MIN_TITLE_WORDS = 4;
/** Characters (spaces aside) a short name needs: `MoE++` has enough, `ISO` and `MoE` do not. */
export const MIN_NAME_CHARS = 4;

const TOKEN = /[\p{L}\p{N}]+/gu;
const ALNUM = /[\p{L}\p{N}]/u;
/** Characters that join words into one compound: `ZeRO-Infinity` or `Qwen2.5` is not a mention of `ZeRO` or `Qwen2`. */
const JOINERS = new Set(['-', '‐', '.', '/', '_', '+', '@']);

interface Candidate {
  readonly slug: string;
  readonly kind: 'title' | 'name';
  /** The name with its spacing normalised, as a mention must spell it (names only). */
  readonly spelled: string;
  /** Characters before the first and after the last word, such as the `++` of `MoE++`. */
  readonly leading: string;
  readonly trailing: string;
}

interface TrieNode {
  readonly children: Map<string, TrieNode>;
  readonly candidates: Candidate[];
}

interface Token {
  readonly lower: string;
  readonly start: number;
  readonly end: number;
}

function tokensOf(text: string): Token[] {
  return [...text.matchAll(TOKEN)].map((match) => ({
    lower: match[0].toLowerCase(),
    start: match.index,
    end: match.index + match[0].length,
  }));
}

function spaced(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

function wordCount(text: string): number {
  return spaced(text)
    .split(' ')
    .filter((word) => ALNUM.test(word)).length;
}

/** The short name a title offers: the part before its colon, or the whole of a short title. */
export function shortName(title: string): string | null {
  const colon = title.indexOf(':');
  const name = colon >= 0 ? title.slice(0, colon) : wordCount(title) < MIN_TITLE_WORDS ? title : '';
  return spaced(name) === '' ? null : spaced(name);
}

/** A word shaped like a coinage rather than prose: a capital after a small letter (`ZeRO`, `DeepGEMM`) or letters with digits (`Qwen2`). */
function coined(word: string): boolean {
  return /\p{Ll}\p{Lu}/u.test(word) || (/\p{L}/u.test(word) && /\p{N}/u.test(word));
}

/** Whether a short name is distinctive enough to stand for its paper in prose. */
export function isDistinctiveName(name: string, isCommonWord: (word: string) => boolean): boolean {
  const words = name.match(TOKEN) ?? [];
  if (Array.from(name.replace(/\s+/gu, '')).length < MIN_NAME_CHARS || words.every((word) => /^\p{N}+$/u.test(word))) return false;
  if (wordCount(name) >= 3) return true;
  return words.some((word) => coined(word) || (word.length >= 3 && !/^\p{N}+$/u.test(word) && !isCommonWord(word)));
}

/** A title or name to look for, under the key that tells two papers' names apart. */
interface Keyed {
  readonly key: string;
  readonly words: string[];
  readonly candidate: Candidate;
}

function candidatesOf(paper: MentionTarget, isCommonWord: (word: string) => boolean): Keyed[] {
  const found: Keyed[] = [];
  const title = spaced(paper.title.normalize('NFKC'));
  const titleWords = tokensOf(title).map((token) => token.lower);
  if (wordCount(title) >= MIN_TITLE_WORDS && titleWords.length > 0) {
    const candidate: Candidate = { slug: paper.slug, kind: 'title', spelled: title, leading: '', trailing: '' };
    found.push({ key: `t:${titleWords.join(' ')}`, words: titleWords, candidate });
  }
  const name = shortName(title);
  if (name && isDistinctiveName(name, isCommonWord)) {
    const tokens = tokensOf(name);
    const first = tokens[0];
    const last = tokens.at(-1);
    if (first && last) {
      const [leading, trailing] = [name.slice(0, first.start), name.slice(last.end)];
      const candidate: Candidate = { slug: paper.slug, kind: 'name', spelled: name, leading, trailing };
      found.push({ key: `n:${name}`, words: tokens.map((token) => token.lower), candidate });
    }
  }
  return found;
}

function buildTrie(papers: readonly MentionTarget[], isCommonWord: (word: string) => boolean): TrieNode {
  const byKey = new Map<string, { words: string[]; candidate: Candidate; slugs: Set<string> }>();
  for (const paper of papers) {
    for (const { key, words, candidate } of candidatesOf(paper, isCommonWord)) {
      const entry = byKey.get(key);
      if (entry) entry.slugs.add(paper.slug);
      else byKey.set(key, { words, candidate, slugs: new Set([paper.slug]) });
    }
  }
  const root: TrieNode = { children: new Map(), candidates: [] };
  for (const { words, candidate, slugs } of byKey.values()) {
    if (slugs.size > 1) continue;
    let node = root;
    for (const word of words) {
      let child = node.children.get(word);
      if (!child) node.children.set(word, (child = { children: new Map(), candidates: [] }));
      node = child;
    }
    node.candidates.push(candidate);
  }
  return root;
}

/** The span a candidate would cover, when the text at those words really is that title or name as a whole word. */
function verified(text: string, candidate: Candidate, first: Token, last: Token): { start: number; end: number } | null {
  const start = first.start - candidate.leading.length;
  const end = last.end + candidate.trailing.length;
  if (start < 0 || end > text.length) return null;
  if (candidate.kind === 'name' && spaced(text.slice(start, end)) !== candidate.spelled) return null;
  const [before, beforeThat] = [text[start - 1] ?? '', text[start - 2] ?? ''];
  const [after, afterThat] = [text[end] ?? '', text[end + 1] ?? ''];
  if (ALNUM.test(before) || (JOINERS.has(before) && ALNUM.test(beforeThat))) return null;
  if (ALNUM.test(after) || (JOINERS.has(after) && ALNUM.test(afterThat))) return null;
  return { start, end };
}

/** Titles and names found in one piece of prose, longest first at each place, in reading order. */
function scan(root: TrieNode, raw: string): { slug: string; kind: 'title' | 'name'; text: string }[] {
  // URLs are not prose: `github.com/KellerJordan/Muon` names a repository, not the paper.
  const text = linkify(raw.normalize('NFKC'))
    .map((segment) => (segment.href ? ' ' : segment.text))
    .join('');
  const tokens = tokensOf(text);
  const found: { slug: string; kind: 'title' | 'name'; text: string }[] = [];
  let index = 0;
  while (index < tokens.length) {
    const first = tokens[index] as Token;
    let node: TrieNode | undefined = root;
    let best: { candidate: Candidate; start: number; end: number; next: number } | null = null;
    for (let at = index; at < tokens.length; at += 1) {
      const token = tokens[at] as Token;
      node = node.children.get(token.lower);
      if (!node) break;
      for (const candidate of node.candidates) {
        const span = verified(text, candidate, first, token);
        if (span) best = { candidate, ...span, next: at + 1 };
      }
    }
    if (best) {
      found.push({ slug: best.candidate.slug, kind: best.candidate.kind, text: spaced(text.slice(best.start, best.end)) });
      index = best.next;
    } else index += 1;
  }
  return found;
}

const STRENGTH: Record<MentionKind, number> = { arxiv: 3, title: 2, name: 1 };

/**
 * Builds the matcher for a set of papers and returns a function listing the papers a note mentions:
 * each paper once, by its strongest kind of mention, in the order the note first mentions it
 * (arXiv links first).
 */
export function mentionMatcher(papers: readonly MentionTarget[], isCommonWord: (word: string) => boolean): (note: NoteText) => Mention[] {
  const root = buildTrie(papers, isCommonWord);
  const byArxiv = new Map<string, string>();
  for (const paper of papers) for (const id of paper.arxivIds) if (!byArxiv.has(id)) byArxiv.set(id, paper.slug);
  return (note) => {
    const mentions = new Map<string, Mention>();
    const add = (mention: Mention) => {
      const earlier = mentions.get(mention.slug);
      if (!earlier) mentions.set(mention.slug, mention);
      else if (STRENGTH[mention.kind] > STRENGTH[earlier.kind]) mentions.set(mention.slug, { ...mention });
    };
    for (const id of note.arxivIds) {
      const slug = byArxiv.get(id);
      if (slug) add({ slug, kind: 'arxiv', text: `arXiv:${id}` });
    }
    for (const prose of note.prose) for (const found of scan(root, prose)) add(found);
    return [...mentions.values()];
  };
}
