import { LAYOUT_NAMES, type Layout } from '../schemas/index.ts';
import type { Parser } from './drafts.ts';
import { SeedError } from './errors.ts';
import { isBlogPage, parseBlog } from './parsers/blog.ts';
import { isDigestPage, parseDigest } from './parsers/digest.ts';
import { hasHuggingFaceChrome, looksLikeHfList, parseHfDaily, parseHfList } from './parsers/hugging-face.ts';
import type { Line } from './text.ts';

/** What marks each layout, in the order they are tried. The first match decides; its parser then reads the file. */
const LAYOUT_RULES: readonly { layout: Layout; mark: string; matches: (lines: readonly Line[]) => boolean; parse: Parser }[] = [
  {
    layout: 'digest',
    mark: 'first line a date like `2025년 2월 26일`',
    matches: isDigestPage,
    parse: parseDigest,
  },
  {
    layout: 'blog',
    mark: 'first line `Tag: …`, then `  • Title` items',
    matches: isBlogPage,
    parse: parseBlog,
  },
  {
    layout: 'hf-list',
    mark: 'Hugging Face page text, title and abstract lines back to back',
    matches: (lines) => hasHuggingFaceChrome(lines) && looksLikeHfList(lines),
    parse: parseHfList,
  },
  {
    layout: 'hf-daily',
    mark: 'Hugging Face page text, entries separated by blank lines',
    matches: hasHuggingFaceChrome,
    parse: parseHfDaily,
  },
];

/** Recognises a dump's layout from its text, never its name. */
export function detectLayout(lines: readonly Line[], file: string): { layout: Layout; parse: Parser } {
  const rule = LAYOUT_RULES.find((candidate) => candidate.matches(lines));
  if (!rule) {
    const tried = LAYOUT_RULES.map((candidate) => `${LAYOUT_NAMES[candidate.layout]} (${candidate.mark})`).join('; ');
    const empty = lines.every((line) => line.text.trim() === '');
    throw new SeedError(file, 1, `${empty ? 'is empty' : 'matches no known layout'}. Tried: ${tried}`);
  }
  return rule;
}
