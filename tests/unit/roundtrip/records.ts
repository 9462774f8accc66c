/**
 * Random records of what notes hold, for the round trip: every field, empty and missing parts, Korean
 * and English, bracketed asides, team forms, titles that differ only by symbols, hostile text. Each
 * generator stays inside what its layout can say (LAYOUTS.md); the writers then put the records into
 * the layout's text, and the loader must give them back field for field.
 */
import type { SeedDate } from '../../../src/schemas/index.ts';
import { emptyPaper, type PaperDraft, type PostDraft } from '../../../src/loader/drafts.ts';
import type { Random } from '../fuzz/mutations.ts';

/** Words that are text everywhere: never a list marker, a keyword that reads as code, or sentence punctuation. */
const WORDS = [
  'model',
  'attention',
  'scaling',
  'tokens',
  'layers',
  'sparse',
  'quantized',
  'kernel',
  'latency',
  'memory',
  'experts',
  'routing',
  'reasoning',
  'benchmark',
  'training',
  'inference',
  'decoding',
  'cache',
  'gradient',
  'optimizer',
  'the',
  'a',
  'of',
  'and',
  'to',
  'in',
  'on',
  'by',
  'we',
  'our',
  'this',
  'paper',
  'shows',
  'that',
  'large',
  'small',
  'fast',
  'new',
  'data',
  'loss',
  'GPU',
  'FP8',
  'C++',
  'ZeRO++',
  'C#',
  'Café',
  'naïve',
  'Straße',
  'Llama-3',
  '70B',
  '4.5%',
  'O(n)',
  'x^2',
  '$534',
  '\\alpha',
  '{x}',
  '<b>',
  'a<b',
  '&amp;',
  '`code`',
  '**bold**',
  'e.g.',
  'vs.',
  'export',
  '—',
  '“quoted”',
  'ß',
  'İstanbul',
  '🤗',
  'p<0.05',
  '[1]',
];
/** Text that would run or mark up if it were ever treated as code: it must come back as written. */
const HOSTILE = [
  '{process.exit(1)}',
  '<script>window.__pwned=1</script>',
  'export const x = 1',
  '<img src=x onerror=alert(1)>',
  '${x}',
  '\\u0000',
];
/** Characters that must survive but never break a line of the message or the parse. */
const ODD = ['\u202e', '\u0001', '\u200b', 'ﬁ', 'Ａ'];
const KOREAN = [
  '논문',
  '모델',
  '학습',
  '추론',
  '데이터',
  '성능',
  '실험',
  '결과',
  '방법',
  '제안',
  '분석',
  '개선',
  '연구',
  '효율',
  '구조',
  '{중괄호}',
];
const KOREAN_ENDINGS = ['했습니다.', '입니다.', '네요.', '군요.', '보입니다.'];
const NAMES = [
  'Ada Lovelace',
  'Alan Turing',
  '김연구',
  'Grace Hopper',
  'J. Doe',
  "Liam O'Neil",
  'Ren-Jie Zhou',
  'Anne-Marie Dubois',
  'Bob <T>',
  'Eve {x}',
];
const TEAMS = ['Qwen Team', 'Codefuse, Ling Team', 'DeepSeek-AI', '연구팀, Beta Lab', 'Team (Alpha)'];
const HANDLES = ['deepseek-ai', 'openbmb', 'Qwen', 'InstaDeepAI', 'nvidia', 'meta-llama'];
const ORG_NAMES = ['DeepSeek', 'OpenBMB', 'Qwen', 'InstaDeep Ltd', 'NVIDIA', 'Meta Llama'];
const TAGS = ['rl', 'reasoning', 'kv-cache', 'mechanistic-interpretation', '효율', 'C++', '{x}', 'Transformers', 'a_b', '2025', 'p<0.05'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAYS_IN = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function between(random: Random, least: number, most: number): number {
  return least + random.below(most - least + 1);
}

function pickMany<T>(random: Random, items: readonly T[], least: number, most: number): T[] {
  return Array.from({ length: between(random, least, most) }, () => random.pick(items));
}

function word(random: Random, hostile: boolean): string {
  const roll = random.next();
  if (hostile && roll < 0.06) return random.pick(HOSTILE);
  if (hostile && roll < 0.09) return `x${random.pick(ODD)}y`;
  return random.pick(WORDS);
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** One English sentence of `least`–`most` words, ending with a full stop. */
export function sentence(random: Random, least: number, most: number, hostile = true): string {
  const words = Array.from({ length: between(random, least, most) }, () => word(random, hostile));
  return `${capitalised(words.join(' '))}.`;
}

/** Prose of several sentences. */
export function prose(random: Random, sentences: number, hostile = true): string {
  return Array.from({ length: sentences }, () => sentence(random, 6, 12, hostile)).join(' ');
}

/** Mostly Hangul, with an English term or two as real commentary has (`Sparse Autoencoder로 …`). */
export function korean(random: Random): string {
  const words = pickMany(random, KOREAN, 4, 10);
  if (random.next() < 0.5) words.splice(random.below(words.length), 0, random.pick(['Latent를', 'GEMM', 'MoE', 'RL']));
  return `${words.join(' ')} ${random.pick(KOREAN_ENDINGS)}`;
}

/** A paper title: a short line with no full stop at its end, sometimes a question or with a subtitle. */
export function title(random: Random, hostile = true): string {
  const head = Array.from({ length: between(random, 1, 5) }, () => word(random, hostile)).filter((piece) => !piece.includes('.'));
  const tail = Array.from({ length: between(random, 0, 7) }, () => word(random, hostile)).filter((piece) => !piece.includes('.'));
  const text = [capitalised(head.join(' ') || 'Model'), ...(tail.length > 0 ? [`: ${tail.join(' ')}`] : [])].join('');
  return random.next() < 0.15 ? `${text}?` : text;
}

/** Titles that differ only by a symbol are different papers: `C++ Tools` and `C Tools`. */
export function symbolTwin(random: Random, original: string): string {
  const without = original.replace(/\+\+/gu, '').replace(/\s+/gu, ' ').trim();
  return random.next() < 0.5 || without === '' ? `${original} ++` : without;
}

export function date(random: Random, withYear: boolean): SeedDate {
  const month = between(random, 1, 12);
  const day = between(random, 1, DAYS_IN[month - 1] as number);
  const year = withYear ? between(random, 2015, 2026) : null;
  const name = MONTHS[month - 1] as string;
  const text = year === null ? `${name} ${day}` : `${name} ${day}, ${year}`;
  const pad = (value: number, width: number) => String(value).padStart(width, '0');
  return { text, year, month, day, sortKey: `${pad(year ?? 0, 4)}-${pad(month, 2)}-${pad(day, 2)}` };
}

export function koreanDate(random: Random): SeedDate {
  const month = between(random, 1, 12);
  const day = between(random, 1, DAYS_IN[month - 1] as number);
  const year = between(random, 2020, 2030);
  const pad = (value: number, width: number) => String(value).padStart(width, '0');
  return { text: `${year}년 ${month}월 ${day}일`, year, month, day, sortKey: `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` };
}

/** A digest entry. English commentary comes only with Korean commentary: the layout has no place for it alone. */
export function digestPaper(random: Random, noteDate: SeedDate, last: boolean): PaperDraft {
  const authors = random.next() < 0.2 ? [] : pickMany(random, NAMES, 1, 5);
  const team = random.next() < 0.25 ? random.pick(TEAMS) : null;
  const abstract = random.next() < 0.3 ? [] : Array.from({ length: between(random, 1, 2) }, () => prose(random, between(random, 1, 4)));
  const ko = random.next() < 0.15 ? [] : Array.from({ length: between(random, 1, 3) }, () => korean(random));
  const en =
    ko.length === 0 || random.next() < 0.2 ? [] : Array.from({ length: between(random, 1, 3) }, () => prose(random, between(random, 1, 3)));
  // Asides in brackets, after finished sentences, as the notes write them.
  if (ko.length > 0 && random.next() < 0.3) ko.splice(between(random, 1, ko.length), 0, '(업데이트: 코드가 공개되었습니다.)');
  if (en.length > 0 && random.next() < 0.3) en.splice(between(random, 1, en.length), 0, '(Update: the code is out.)');
  if (abstract.length > 0 && random.next() < 0.1) abstract.unshift('(Preprint.)');
  // Every entry but the last ends with its #tags line; the last may end with the file.
  const tags = last && random.next() < 0.3 ? [] : [...new Set(pickMany(random, TAGS, 1, 4))];
  return {
    ...emptyPaper(0, random.next() < 0.2 ? korean(random).replace(/\.$/u, '') : title(random)),
    authors,
    team,
    authorCount: authors.length > 0 ? authors.length : null,
    date: noteDate,
    abstract,
    commentary: { ko, en },
    tags,
  };
}

export type Byline =
  { readonly kind: 'count'; readonly count: number } | { readonly kind: 'org'; readonly handle: string; readonly name: string | null };

/** A daily page entry and its byline (kept apart, as the page writes it). */
export interface DailyEntry {
  readonly paper: PaperDraft;
  readonly byline: Byline | null;
  readonly meta: boolean;
}

export function dailyEntry(random: Random): DailyEntry {
  const hasAbstract = random.next() < 0.85;
  const meta = random.next() < 0.6;
  let byline: Byline | null = null;
  if (meta && random.next() < 0.7) {
    byline =
      random.next() < 0.6
        ? { kind: 'count', count: between(random, 1, 300) }
        : { kind: 'org', handle: random.pick(HANDLES), name: random.next() < 0.8 ? random.pick(ORG_NAMES) : null };
  }
  const listed = meta ? date(random, random.next() < 0.5) : null;
  const upvotes = meta && random.next() < 0.6 ? between(random, 0, 999) : null;
  return {
    paper: {
      ...emptyPaper(0, title(random)),
      abstract: hasAbstract ? [prose(random, between(random, 2, 6))] : [],
      authorCount: byline?.kind === 'count' ? byline.count : null,
      organisation: byline?.kind === 'org' ? { handle: byline.handle, name: byline.name ?? byline.handle } : null,
      date: listed,
      upvotes,
    },
    byline,
    meta,
  };
}

/** A list page entry: every title has its abstract. */
export function listPaper(random: Random): PaperDraft {
  return { ...emptyPaper(0, title(random)), abstract: [prose(random, between(random, 2, 6))] };
}

/** Words for quotations, which must never read as code: no brackets, `=`, or keywords such as `for` or `with`. */
const QUOTE_WORDS = [
  'model',
  'attention',
  'hardware',
  'vendors',
  'network',
  'units',
  'the',
  'a',
  'of',
  'and',
  'to',
  'we',
  'our',
  'scale-up',
  'NVLink',
  'Café',
  '한국어',
];

function quoteSentence(random: Random): string {
  return `${capitalised(pickMany(random, QUOTE_WORDS, 4, 14).join(' '))}.`;
}

/** A blog post: optional opening URL, then paragraphs, lists, code and quotations. */
export function blogPost(random: Random, tags: string[]): PostDraft {
  const body: PostDraft['body'] = [];
  for (let count = between(random, 0, 6); count > 0; count -= 1) {
    const roll = random.next();
    if (roll < 0.4) body.push({ type: 'paragraph', text: prose(random, between(random, 1, 3)) });
    else if (roll < 0.6) {
      const ordered = random.next() < 0.5;
      body.push({
        type: 'list',
        ordered,
        start: ordered ? between(random, 1, 9) : 1,
        items: Array.from({ length: between(random, 1, 4) }, () => sentence(random, 2, 8)),
      });
    } else if (roll < 0.8) {
      const lines = Array.from(
        { length: between(random, 1, 6) },
        (_, index) => `${index > 0 && random.next() < 0.4 ? '    ' : ''}x${index} = f(${index}) {}`,
      );
      if (lines.length > 2 && random.next() < 0.3) lines.splice(1, 0, '');
      body.push({ type: 'code', code: lines.join('\n'), lang: null });
    } else body.push({ type: 'quote', lines: Array.from({ length: between(random, 1, 3) }, () => quoteSentence(random)) });
  }
  // A bare URL opening the body is the post's URL; one that opens a post without a URL would be read as its URL.
  const url = random.next() < 0.4 ? `https://example.org/notes/${random.below(1000)}?q=${random.pick(['a', '%7B', '$'])}` : null;
  return { kind: 'post', line: 0, title: title(random), url, body, tags };
}
