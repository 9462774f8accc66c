import type { PostBlock } from '../../schemas/index.ts';
import type { ParsedDump, PostDraft } from '../drafts.ts';
import type { Report } from '../errors.ts';
import { MAX_TAGS_PER_ENTRY } from '../limits.ts';
import { squash, type Line } from '../text.ts';

const TAG_HEADING = /^Tag:\s*(.+)$/u;
/** An item title sits at a shallower indent than the item's body, whose own bullets are indented further. */
const ITEM = /^ {0,3}•\s+(.+)$/u;
const BULLET = /^•\s+(.*)$/u;
const NUMBERED = /^(\d+)[.)]\s+(.*)$/u;
const BARE_URL = /^https?:\/\/\S+$/u;
/** Lines that read as code or program output rather than prose. */
/** A line of a quotation that ends its sentence; any other line was wrapped and goes on in the next. */
const ENDS_SENTENCE = /[.!?…。:;]["'”’)\]]*$/u;
const CODE_SIGNS =
  /^(?:import|from|def|class|for|while|if|elif|else|return|async|await|with|try|except|pip|uv|npm|print|@\w)\b|[=;{}]|\(\)|[([,:]$|^#\s|[┃┏┡│├└━═]/u;

export function isBlogPage(lines: readonly Line[]): boolean {
  const first = lines.find((line) => line.text.trim() !== '');
  return first !== undefined && TAG_HEADING.test(first.text.trim()) && lines.some((line) => ITEM.test(line.text));
}

function indentOf(text: string): number {
  return text.length - text.trimStart().length;
}

/** A run of lines with no empty line inside. A whitespace-only line does not end a run: the dump uses it inside and after code. */
interface Run {
  readonly lines: string[];
  readonly codeMarked: boolean;
}

function toRuns(lines: readonly Line[]): Run[] {
  const runs: Run[] = [];
  let current: string[] = [];
  let codeMarked = false;
  const flush = () => {
    while (current.at(-1) === '') current.pop();
    if (current.length > 0) runs.push({ lines: current, codeMarked });
    current = [];
    codeMarked = false;
  };
  for (const line of lines) {
    if (line.whitespaceOnly && current.length > 0) {
      codeMarked = true;
      current.push(''); // an empty line inside code, kept in the code block
    } else if (line.whitespaceOnly) continue;
    else if (line.text === '') flush();
    else current.push(line.text);
  }
  flush();
  return runs;
}

function dedent(lines: readonly string[]): string[] {
  // A reduce, not Math.min(...): spreading a code block of 100k+ lines overflows the call stack.
  const base = lines.reduce((least, line) => (line === '' ? least : Math.min(least, indentOf(line))), Infinity);
  return lines.map((line) => line.slice(base));
}

/** Bulleted or numbered items; a deeper-indented line without a marker continues the previous item. */
function toList(lines: readonly string[]): PostBlock | null {
  const first = lines[0]?.trimStart() ?? '';
  const ordered = NUMBERED.test(first);
  if (!ordered && !BULLET.test(first)) return null;
  const marker = ordered ? NUMBERED : BULLET;
  const baseIndent = indentOf(lines[0] ?? '');
  const items: string[] = [];
  for (const line of lines) {
    const match = marker.exec(line.trimStart());
    if (line === '') return null; // lists never hold the empty lines that mark code
    if (match && indentOf(line) <= baseIndent) items.push(squash(match[ordered ? 2 : 1] ?? ''));
    else {
      const item = items.pop();
      if (item === undefined) return null; // a continuation line before any item: not a list
      items.push(`${item} ${squash(line)}`);
    }
  }
  const start = ordered ? Number(NUMBERED.exec(first)?.[1] ?? 1) : 1;
  const nonEmpty = items.filter((item) => item.trim() !== '');
  return nonEmpty.length === 0 ? null : { type: 'list', ordered, start, items: nonEmpty };
}

function looksLikeCode(run: Run): boolean {
  if (run.codeMarked) return true;
  const lines = dedent(run.lines);
  if (lines.some((line) => indentOf(line) > 0)) return true;
  const coded = lines.filter((line) => CODE_SIGNS.test(line.trim())).length;
  return coded * 2 >= lines.length && lines.length >= 2;
}

/**
 * A quotation copied from a paper keeps the paper's hard line breaks. A line that stops mid-sentence goes on
 * in the next one, so the two are one line of the quotation; a line that ends a sentence keeps its break.
 */
function unwrap(lines: readonly string[]): string[] {
  const joined: string[] = [];
  let pending = '';
  for (const line of lines.map(squash)) {
    pending = pending ? `${pending} ${line}` : line;
    if (ENDS_SENTENCE.test(pending)) {
      joined.push(pending);
      pending = '';
    }
  }
  if (pending) joined.push(pending);
  return joined;
}

/** Turns one run into a block: list, code, quotation (several prose lines) or paragraph. */
function toBlock(run: Run): PostBlock {
  const list = toList(run.lines);
  if (list) return list;
  if (looksLikeCode(run)) return { type: 'code', code: dedent(run.lines).join('\n'), lang: null };
  if (run.lines.length > 1) return { type: 'quote', lines: unwrap(run.lines) };
  return { type: 'paragraph', text: squash(run.lines[0] ?? '') };
}

/** One item: its title, an optional opening bare URL, then the body's blocks. */
function toPost(titleLine: Line, body: readonly Line[], tags: string[]): PostDraft {
  const blocks = toRuns(body).map(toBlock);
  const opening = blocks[0];
  const url = opening?.type === 'paragraph' && BARE_URL.test(opening.text) ? opening.text : null;
  return {
    kind: 'post',
    line: titleLine.number,
    title: squash(ITEM.exec(titleLine.text)?.[1] ?? ''),
    url,
    body: url ? blocks.slice(1) : blocks,
    tags,
  };
}

/** The blog tag page: `Tag: ml`, then `  • Title` items whose bodies are indented four spaces. See LAYOUTS.md. */
export function parseBlog(lines: readonly Line[], report: Report): ParsedDump {
  const headingIndex = lines.findIndex((line) => line.text.trim() !== '');
  const headingLine = lines[headingIndex];
  const tag = headingLine ? TAG_HEADING.exec(headingLine.text.trim())?.[1] : undefined;
  if (!headingLine || !tag) {
    report(headingLine?.number ?? 1, 'expected a `Tag: …` line');
    return { layout: 'blog', heading: null, date: null, entries: [] };
  }
  const tags = tag.split(/[,\s]+/u).filter(Boolean);
  if (tags.length > MAX_TAGS_PER_ENTRY) {
    report(headingLine.number, `found ${tags.length} tags; expected at most ${MAX_TAGS_PER_ENTRY} for the notes of one page`);
    return { layout: 'blog', heading: squash(headingLine.text), date: null, entries: [] };
  }

  const entries: PostDraft[] = [];
  let title: Line | null = null;
  let body: Line[] = [];
  let strayReported = false;
  for (const line of lines.slice(headingIndex + 1)) {
    if (ITEM.test(line.text)) {
      if (title) entries.push(toPost(title, body, tags));
      title = line;
      body = [];
    } else if (title) {
      body.push(line);
    } else if (line.text.trim() !== '' && !strayReported) {
      // Once: every line of a stray paragraph would otherwise be its own error.
      report(line.number, 'expected a `  • Title` item before this text');
      strayReported = true;
    }
  }
  if (title) entries.push(toPost(title, body, tags));
  return { layout: 'blog', heading: squash(headingLine.text), date: null, entries };
}
