/** Short text derived from seed text for lists, meta descriptions and feeds. Always plain text, never markup. */
import { isKorean } from '../loader/text.ts';
import type { Paper, Post } from '../schemas/index.ts';

/** A piece of text with the language to mark it with, so Korean gets its own line breaking. */
export interface LangText {
  readonly text: string;
  readonly lang: 'ko' | 'en';
}

/** The language to mark a piece of seed text with; the loader decides commentary the same way. */
export function langOf(text: string): 'ko' | 'en' {
  return isKorean(text) ? 'ko' : 'en';
}

/** The first `count` code points of a text, or null when it has fewer. */
function codePointPrefix(text: string, count: number): string | null {
  let seen = 0;
  let end = 0;
  for (const char of text) {
    if (seen === count) return text.slice(0, end);
    seen += 1;
    end += char.length;
  }
  return seen === count ? text : null;
}

/**
 * Cuts text at a word boundary so it fits `max` characters (code points, whitespace runs counted
 * as one space), adding an ellipsis when cut. Only the opening is read: lists cut long abstracts
 * thousands of times, and flattening or splitting a whole paragraph to keep 200 characters of it
 * was a measurable share of a large build.
 */
export function truncate(text: string, max: number): string {
  for (let size = 4 * max + 16; ; size *= 2) {
    const whole = size >= text.length;
    const flat = whole ? text.replace(/\s+/gu, ' ').trim() : text.slice(0, size).replace(/\s+/gu, ' ').trimStart();
    // A slice may end inside a whitespace run or a surrogate pair, which changes only its last code point.
    if (!whole && codePointPrefix(flat, max + 2) === null) continue;
    if (whole && codePointPrefix(flat, max + 1) === null) return flat;
    const cut = codePointPrefix(flat, max - 1) ?? flat;
    const atSpace = cut.lastIndexOf(' ');
    return `${(atSpace > max / 2 ? cut.slice(0, atSpace) : cut).trimEnd()}…`;
  }
}

/** The opening of a paper for lists: its first English commentary, else Korean, else its abstract. */
export function paperSummary(paper: Paper, max = 220): LangText | null {
  const first = paper.commentary.en[0] ?? paper.commentary.ko[0] ?? paper.abstract[0];
  return first === undefined ? null : { text: truncate(first, max), lang: langOf(first) };
}

/** A bare link: the post's own words are elsewhere. */
const BARE_URL = /^https?:\/\/\S+$/u;
/** The end of a sentence, which a linked page's title rarely has. */
const SENTENCE_END = /[.!?…:;)"”’]$/u;
/** How a page's title names its site (`Deep Dive on … | PyTorch`, `… – Sander Dieleman`) or its arXiv id (`[2412.09871] …`). */
const TITLE_MARK = /\s[|–—-]\s|^\[[^\]]+\]\s/u;

/**
 * Whether a paragraph is only the title of a page the post links to, as copied with the link: it
 * names the page's site or id and is no sentence. Such a line says what the post is about, not
 * what it says.
 */
export function isLinkedPageTitle(text: string): boolean {
  const flat = text.replace(/\s+/gu, ' ').trim();
  return Array.from(flat).length <= 160 && !SENTENCE_END.test(flat) && TITLE_MARK.test(flat);
}

/** The opening of a blog post for lists: its first paragraph that is its own words, not a link or a linked page's title. */
export function postSummary(post: Post, max = 220): LangText | null {
  for (const block of post.body) {
    if (block.type !== 'paragraph') continue;
    if (block.text === post.url || BARE_URL.test(block.text.trim()) || isLinkedPageTitle(block.text)) continue;
    return { text: truncate(block.text, max), lang: langOf(block.text) };
  }
  return null;
}

/** Meta description of a paper: its summary, or a line naming it when it has no text yet. */
export function paperDescription(paper: Paper): string {
  return paperSummary(paper, 160)?.text ?? `Notes on the paper “${truncate(paper.title, 120)}”.`;
}
