/**
 * Deterministic damage to seed dumps: each mutation turns a dump's text into a broken or odd one
 * using a seeded random source, so a failing case is reproduced from its kind, file and case seed.
 */

/** A seeded random source (mulberry32): small, fast, and the same on every machine. */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, below). */
  below(below: number): number;
  pick<T>(items: readonly T[]): T;
}

export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const below = (limit: number) => Math.floor(next() * limit);
  return { next, below, pick: (items) => items[below(items.length)] as (typeof items)[number] };
}

/** A stable number for a name, to derive each kind's seeds. */
export function seedOf(name: string): number {
  let hash = 2166136261;
  for (const char of name) hash = Math.imul(hash ^ (char.codePointAt(0) ?? 0), 16777619) >>> 0;
  return hash;
}

type Mutation = (text: string, random: Random) => string;

const LONG_LINE = 100_000;
const HANGUL = ['가', '논문', '한국어', '{중괄호}', '뷁', '\u1100\u1161', 'ㅋㅋ'];
const HANGUL_PLACES = ['start', 'end', 'middle', 'own line', 'replace line'] as const;
/** Pieces that mean something to some parser, for building hostile long lines. */
const PIECES = [
  ' ',
  ')',
  '(',
  '.',
  ',',
  '#',
  '#a ',
  '•',
  '·',
  '{',
  '}',
  '<',
  '>',
  '\t',
  '가',
  'a',
  '9',
  'and ',
  'inference ',
  'https://x.example/',
  ')'.repeat(50),
  '.'.repeat(50),
  ' '.repeat(50),
];
const LINE_SHAPES = ['', '(', '#', '  • ', '    • ', '    1. ', 'https://x.example/', 'May 23 ', 'Subscribe', '· '];

function linesOf(text: string): string[] {
  return text.split('\n');
}

function times(random: Random, most: number): number {
  return 1 + random.below(most);
}

function utf8(text: string): Buffer {
  return Buffer.from(text, 'utf8');
}

function longLine(random: Random, lines: readonly string[]): string {
  const shape = random.pick(LINE_SHAPES);
  let body: string;
  switch (random.below(3)) {
    case 0: {
      const source = lines.filter((line) => line.trim() !== '');
      const unit = random.pick(source.length > 0 ? source : ['x']);
      body = unit.repeat(Math.ceil(LONG_LINE / Math.max(1, unit.length)));
      break;
    }
    case 1:
      body = random.pick(PIECES).repeat(LONG_LINE);
      break;
    default: {
      const parts: string[] = [];
      let length = 0;
      while (length < LONG_LINE) {
        const piece = random.pick(PIECES);
        parts.push(piece);
        length += piece.length;
      }
      body = parts.join('');
    }
  }
  return `${shape}${body.slice(0, LONG_LINE)}${shape === '(' ? ')' : ''}`;
}

/** Mutations by the kind of damage, each applied a random number of times. */
export const MUTATIONS: Record<string, Mutation> = {
  truncation: (text, random) => {
    const bytes = utf8(text);
    return bytes.subarray(0, random.below(bytes.length + 1)).toString('utf8');
  },
  'random bytes': (text, random) => {
    let bytes = utf8(text);
    for (let count = times(random, 8); count > 0; count -= 1) {
      const at = random.below(bytes.length + 1);
      const byte = Buffer.from([random.below(256)]);
      const action = random.below(3);
      if (action === 0) bytes = Buffer.concat([bytes.subarray(0, at), byte, bytes.subarray(at)]);
      else if (action === 1) bytes = Buffer.concat([bytes.subarray(0, at), byte, bytes.subarray(at + 1)]);
      else bytes = Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + 1 + random.below(4))]);
    }
    return bytes.toString('utf8');
  },
  'swapped lines': (text, random) => {
    const lines = linesOf(text);
    for (let count = times(random, 5); count > 0; count -= 1) {
      const a = random.below(lines.length);
      const b = random.next() < 0.5 ? Math.min(lines.length - 1, a + 1 + random.below(3)) : random.below(lines.length);
      [lines[a], lines[b]] = [lines[b] as string, lines[a] as string];
    }
    return lines.join('\n');
  },
  'duplicated lines': (text, random) => {
    const lines = linesOf(text);
    for (let count = times(random, 5); count > 0; count -= 1) {
      const from = random.below(lines.length);
      const block = lines.slice(from, from + times(random, 8));
      const to = random.next() < 0.5 ? from + block.length : random.below(lines.length + 1);
      lines.splice(to, 0, ...block);
    }
    return lines.join('\n');
  },
  'deleted lines': (text, random) => {
    const lines = linesOf(text);
    for (let count = times(random, 5); count > 0 && lines.length > 0; count -= 1)
      lines.splice(random.below(lines.length), times(random, 4));
    return lines.join('\n');
  },
  'CRLF, CR, BOM and spaces': (text, random) => {
    const lines = linesOf(text);
    const ends = ['\n', '\r\n', '\r'];
    let out = random.next() < 0.5 ? '\uFEFF' : '';
    lines.forEach((line, index) => {
      const padded = random.next() < 0.3 ? `${line}${random.pick([' ', '\t', '  \t', '\u00a0'])}` : line;
      const bom = random.next() < 0.01 ? '\uFEFF' : '';
      out += bom + padded;
      if (index < lines.length - 1) out += random.pick(ends);
    });
    return random.next() < 0.5 ? `${out}${random.pick(ends)}` : out;
  },
  'NUL bytes': (text, random) => {
    const lines = linesOf(text);
    for (let count = times(random, 6); count > 0; count -= 1) {
      const index = random.below(lines.length);
      const line = lines[index] as string;
      const at = random.below(line.length + 1);
      const nul = '\0'.repeat(times(random, 3));
      const action = random.below(3);
      if (action === 0) lines[index] = `${line.slice(0, at)}${nul}${line.slice(at)}`;
      else if (action === 1) lines[index] = nul;
      else lines.splice(index, 0, nul);
    }
    return lines.join('\n');
  },
  'very long lines': (text, random) => {
    let result = text;
    for (let count = times(random, 2); count > 0; count -= 1) result = insertLine(result, longLine(random, linesOf(result)), random);
    return result;
  },
  'Hangul in odd places': (text, random) => {
    const lines = linesOf(text);
    for (let count = times(random, 6); count > 0; count -= 1) {
      // Lines the layouts key on (dates, `·`, bylines, tags, items, author lines) are the odd places that matter most.
      const keyed = lines
        .map((line, index) => [line, index] as const)
        .filter(([line]) => /^(?:\s*•|·|#|\(|[A-Z][a-z]{2} \d|\d{4}년|Tag:|Subscribe|new$)/u.test(line));
      const index = keyed.length > 0 && random.next() < 0.6 ? random.pick(keyed)[1] : random.below(lines.length);
      const line = lines[index] as string;
      const hangul = random.pick(HANGUL);
      const at = random.below(line.length + 1);
      switch (random.pick(HANGUL_PLACES)) {
        case 'start':
          lines[index] = `${hangul}${line}`;
          break;
        case 'end':
          lines[index] = `${line}${hangul}`;
          break;
        case 'middle':
          lines[index] = `${line.slice(0, at)}${hangul}${line.slice(at)}`;
          break;
        case 'own line':
          lines.splice(index, 0, hangul);
          break;
        case 'replace line':
          lines[index] = hangul;
      }
    }
    return lines.join('\n');
  },
};

/**
 * Every line shape a parser keys on, followed by 100k characters of one piece: the inputs most likely
 * to make a regular expression backtrack for minutes. The fuzz runs each one once.
 */
export const PATHOLOGICAL_LINES: readonly string[] = LINE_SHAPES.flatMap((shape) =>
  PIECES.map((piece) => `${shape}${piece.repeat(Math.ceil(LONG_LINE / piece.length)).slice(0, LONG_LINE)}${shape === '(' ? ')' : ''}`),
);

/** Puts a line somewhere in a dump: as a new line, in place of one, or at the end of one. */
export function insertLine(text: string, line: string, random: Random): string {
  const lines = linesOf(text);
  const index = random.below(lines.length);
  const action = random.below(3);
  if (action === 0) lines.splice(index, 0, line);
  else if (action === 1) lines[index] = line;
  else lines[index] = `${lines[index] ?? ''} ${line}`;
  return lines.join('\n');
}

/** Several kinds of damage on one dump. */
export function mixed(text: string, random: Random): { text: string; kinds: string[] } {
  const kinds = Array.from({ length: 2 + random.below(3) }, () => random.pick(Object.keys(MUTATIONS)));
  return { text: kinds.reduce((current, kind) => (MUTATIONS[kind] as Mutation)(current, random), text), kinds };
}

/**
 * Rewrites that must not change the parse at all: line ends chosen per line, a BOM, spaces after
 * text and a final newline. A `\r` before an empty line would join two breaks into one `\r\n`, so
 * such a break is written `\r\n` instead.
 */
export function harmless(text: string, random: Random): string {
  const lines = linesOf(text);
  let out = random.next() < 0.5 ? '\uFEFF' : '';
  lines.forEach((line, index) => {
    out += line.trim() !== '' && random.next() < 0.3 ? `${line}${random.pick([' ', '\t', '  \t '])}` : line;
    if (index === lines.length - 1) return;
    const end = random.pick(['\n', '\r\n', '\r']);
    out += end === '\r' && lines[index + 1] === '' ? '\r\n' : end;
  });
  return random.next() < 0.5 ? `${out}${random.pick(['\n', '\r\n', '\r'])}` : out;
}
