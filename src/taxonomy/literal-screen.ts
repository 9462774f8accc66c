/**
 * A quick, exact pre-test for the taxonomy's patterns. Testing some 130 term patterns against every
 * abstract was most of the time it took to load the dumps: each test walks the whole text, and most
 * find nothing. Nearly every pattern needs some literal text to match (`\bKV[- ]cache\b` needs `kv`
 * and `cache`), and looking for a short string is far cheaper than running a pattern. So each
 * pattern is read once for the strings one of which any match must contain; a text holding none of
 * them cannot match, and the pattern runs only on texts that hold one.
 *
 * The reading is conservative: any syntax it does not know gives "no requirement", and the pattern
 * then always runs. Required strings are ASCII: a character outside ASCII ends one, since the `i`
 * flag and `toLowerCase` do not agree on every letter outside ASCII (`ς` and `σ`). Under the `i`
 * flag they are lowercase and looked for in the lowercased text; for ASCII letters both agree.
 */

/** Strings one of which every match contains; null when there is no such requirement. */
type Requirement = readonly string[] | null;

/** Why the reader gave up: the pattern then gets no screen. */
class Unknown extends Error {}

interface Item {
  /** A single literal character (consumes exactly it), or null for anything else. */
  readonly char: string | null;
  readonly min: number;
  readonly max: number;
  /** What a non-literal item requires (groups), when it consumes text. */
  readonly requirement: Requirement;
  /** Lookarounds, `\b`, `^`, `$`: they match no text. */
  readonly zeroWidth: boolean;
}

const LITERAL_ESCAPES: Readonly<Record<string, string>> = { n: '\n', t: '\t', r: '\r', f: '\f', v: '\v', '0': '\0' };
const CLASS_ESCAPES = new Set(['d', 'D', 'w', 'W', 's', 'S']);
/** Characters that stand for themselves after a backslash. */
const PUNCTUATION = '.-+()[]{}|\\/?*^$,:=!<>#&~@%\'"`;_ ';

/** The better of two requirements: longer shortest string, then fewer strings. */
function better(a: Requirement, b: Requirement): Requirement {
  if (a === null) return b;
  if (b === null) return a;
  const shortest = (req: readonly string[]) => Math.min(...req.map((text) => text.length));
  if (shortest(a) !== shortest(b)) return shortest(a) > shortest(b) ? a : b;
  return a.length <= b.length ? a : b;
}

class Reader {
  #at = 0;
  readonly #source: string;
  readonly #ignoreCase: boolean;

  constructor(source: string, ignoreCase: boolean) {
    this.#source = source;
    this.#ignoreCase = ignoreCase;
  }

  read(): Requirement {
    const requirement = this.#alternation();
    if (this.#at !== this.#source.length) throw new Unknown();
    return requirement;
  }

  #peek(offset = 0): string | undefined {
    return this.#source[this.#at + offset];
  }

  #alternation(): Requirement {
    const alternatives: Requirement[] = [this.#sequence()];
    while (this.#peek() === '|') {
      this.#at += 1;
      alternatives.push(this.#sequence());
    }
    if (alternatives.some((requirement) => requirement === null)) return null;
    return [...new Set(alternatives.flatMap((requirement) => requirement ?? []))];
  }

  #sequence(): Requirement {
    let best: Requirement = null;
    let run = '';
    const endRun = () => {
      if (run !== '') best = better(best, [run]);
      run = '';
    };
    while (this.#at < this.#source.length && this.#peek() !== '|' && this.#peek() !== ')') {
      const item = this.#quantified(this.#atom());
      if (item.zeroWidth) {
        endRun();
        continue;
      }
      if (item.char !== null && item.min >= 1) {
        run += item.char;
        // `ab+c` holds `ab` and then an unknown count of `b`: the run ends after one copy.
        if (item.max !== 1) endRun();
        continue;
      }
      endRun();
      if (item.min >= 1) best = better(best, item.requirement);
    }
    endRun();
    return best;
  }

  #quantified(atom: Item): Item {
    const next = this.#peek();
    let min: number;
    let max: number;
    if (next === '?' || next === '*' || next === '+') {
      this.#at += 1;
      min = next === '+' ? 1 : 0;
      max = next === '?' ? 1 : Infinity;
    } else if (next === '{') {
      const braces = /^\{(\d+)(,(\d*))?\}/u.exec(this.#source.slice(this.#at));
      if (!braces) throw new Unknown();
      this.#at += braces[0].length;
      min = Number(braces[1]);
      max = braces[2] === undefined ? min : braces[3] === '' ? Infinity : Number(braces[3]);
    } else return atom;
    if (this.#peek() === '?') this.#at += 1; // lazy: matches the same texts
    if (atom.zeroWidth) throw new Unknown();
    return { ...atom, min: atom.min * min, max: atom.max * max };
  }

  #literal(char: string): Item {
    const code = char.charCodeAt(0);
    // Required strings are ASCII without NUL (see screenedText); other characters require nothing.
    const usable = code > 0 && code < 128;
    return { char: usable ? (this.#ignoreCase ? char.toLowerCase() : char) : null, min: 1, max: 1, requirement: null, zeroWidth: false };
  }

  #atom(): Item {
    const char = this.#peek();
    if (char === undefined) throw new Unknown();
    this.#at += 1;
    const other: Item = { char: null, min: 1, max: 1, requirement: null, zeroWidth: false };
    const assertion: Item = { ...other, zeroWidth: true };
    switch (char) {
      case '^':
      case '$':
        return assertion;
      case '.':
        return other;
      case '[':
        this.#skipClass();
        return other;
      case '(':
        return this.#group();
      case '\\':
        return this.#escape();
      case '*':
      case '+':
      case '?':
      case '{':
      case '}':
      case ']':
        throw new Unknown();
      default:
        return this.#literal(char);
    }
  }

  #skipClass(): void {
    if (this.#peek() === '^') this.#at += 1;
    for (let first = true; ; first = false) {
      const char = this.#peek();
      if (char === undefined) throw new Unknown();
      this.#at += 1;
      if (char === '\\') this.#at += 1;
      else if (char === ']' && !first) return;
      else if (char === ']') throw new Unknown(); // `[]` or `[^]`: rare enough to refuse
    }
  }

  #group(): Item {
    let lookaround = false;
    if (this.#peek() === '?') {
      const kind = this.#source.slice(this.#at, this.#at + 3);
      if (kind.startsWith('?:')) this.#at += 2;
      else if (kind.startsWith('?=') || kind.startsWith('?!')) {
        this.#at += 2;
        lookaround = true;
      } else if (kind === '?<=' || kind === '?<!') {
        this.#at += 3;
        lookaround = true;
      } else throw new Unknown(); // named groups and anything newer
    }
    const requirement = this.#alternation();
    if (this.#peek() !== ')') throw new Unknown();
    this.#at += 1;
    if (lookaround) return { char: null, min: 1, max: 1, requirement: null, zeroWidth: true };
    return { char: null, min: 1, max: 1, requirement, zeroWidth: false };
  }

  #escape(): Item {
    const char = this.#peek();
    if (char === undefined) throw new Unknown();
    this.#at += 1;
    if (char === 'b' || char === 'B') return { char: null, min: 1, max: 1, requirement: null, zeroWidth: true };
    if (CLASS_ESCAPES.has(char)) return { char: null, min: 1, max: 1, requirement: null, zeroWidth: false };
    const control = LITERAL_ESCAPES[char];
    if (control !== undefined && !(char === '0' && /\d/u.test(this.#peek() ?? ''))) return this.#literal(control);
    if (PUNCTUATION.includes(char)) return this.#literal(char);
    // Backreferences, \x, \u, \c, \p and identity escapes of letters: not worth reading.
    throw new Unknown();
  }
}

/** The strings one of which every match of `pattern` contains (lowercased under `i`), or null. */
export function requiredStrings(pattern: RegExp): Requirement {
  if (/[uv]/u.test(pattern.flags)) return null;
  try {
    const requirement = new Reader(pattern.source, pattern.flags.includes('i')).read();
    return requirement && requirement.every((text) => text.length > 0) ? requirement : null;
  } catch (error) {
    if (error instanceof Unknown) return null;
    throw error;
  }
}

/** Whether each pattern of a screen can match one text: false means it cannot, true that it may. */
export type ScreenResult = Uint8Array;

/**
 * A multi-string search (Aho–Corasick) over the required strings of many patterns at once, so a
 * text is read once, not once per string. Two automata read the same pass: one over the text as
 * written for patterns without `i`, one over its ASCII letters lowercased for patterns with it.
 * Characters outside ASCII and NUL lead back to the start, as no required string holds them.
 */
class Automaton {
  /** Next state by state and character code (0–127); state 0 is the start. */
  readonly #next: Int32Array;
  /** Pattern ids whose required string ends at each state. */
  readonly #found: readonly (readonly number[])[];

  constructor(strings: readonly { readonly text: string; readonly pattern: number }[]) {
    const children = [new Map<number, number>()];
    const ends: number[][] = [[]];
    for (const { text, pattern } of strings) {
      let state = 0;
      for (const char of text) {
        const code = char.charCodeAt(0);
        let next = children[state]?.get(code);
        if (next === undefined) {
          next = children.length;
          children.push(new Map());
          ends.push([]);
          children[state]?.set(code, next);
        }
        state = next;
      }
      ends[state]?.push(pattern);
    }
    const next = new Int32Array(children.length * 128);
    const fallback = new Int32Array(children.length);
    const found: number[][] = ends.map((list) => [...list]);
    // Breadth first, so a state's fallback is complete before its children need it.
    const queue: number[] = [];
    for (let code = 1; code < 128; code += 1) {
      const child = children[0]?.get(code);
      if (child !== undefined) {
        next[code] = child;
        queue.push(child);
      }
    }
    for (let head = 0; head < queue.length; head += 1) {
      const state = queue[head] as number;
      found[state] = [...new Set([...(found[state] ?? []), ...(found[fallback[state] as number] ?? [])])];
      for (let code = 1; code < 128; code += 1) {
        const child = children[state]?.get(code);
        const viaFallback = next[(fallback[state] as number) * 128 + code] as number;
        if (child === undefined) next[state * 128 + code] = viaFallback;
        else {
          next[state * 128 + code] = child;
          fallback[child] = viaFallback;
          queue.push(child);
        }
      }
    }
    this.#next = next;
    this.#found = found;
  }

  step(state: number, code: number, result: ScreenResult): number {
    const next = this.#next[state * 128 + code] as number;
    for (const pattern of this.#found[next] ?? []) result[pattern] = 1;
    return next;
  }
}

/** A screen over a fixed list of patterns; ids are positions in the list. */
export class LiteralScreen {
  readonly #patterns: readonly RegExp[];
  /** Patterns with no requirement, which may always match. */
  readonly #always: readonly number[];
  readonly #exact: Automaton;
  readonly #folded: Automaton;

  constructor(patterns: readonly RegExp[]) {
    this.#patterns = patterns;
    const always: number[] = [];
    const exact: { text: string; pattern: number }[] = [];
    const folded: { text: string; pattern: number }[] = [];
    patterns.forEach((pattern, id) => {
      const required = requiredStrings(pattern);
      if (required === null) always.push(id);
      else for (const text of required) (pattern.flags.includes('i') ? folded : exact).push({ text, pattern: id });
    });
    this.#always = always;
    this.#exact = new Automaton(exact);
    this.#folded = new Automaton(folded);
  }

  /** Reads a text once and tells, per pattern, whether it may match. */
  scan(text: string): ScreenResult {
    const result = new Uint8Array(this.#patterns.length);
    for (const id of this.#always) result[id] = 1;
    let exact = 0;
    let folded = 0;
    for (let at = 0; at < text.length; at += 1) {
      const raw = text.charCodeAt(at);
      const code = raw < 128 ? raw : 0;
      exact = this.#exact.step(exact, code, result);
      folded = this.#folded.step(folded, code >= 65 && code <= 90 ? code + 32 : code, result);
    }
    return result;
  }

  /** Exactly `pattern.test(text)` for the pattern with this id, given the text's scan. */
  test(id: number, text: string, scan: ScreenResult): boolean {
    if (scan[id] !== 1) return false;
    const pattern = this.#patterns[id] as RegExp;
    pattern.lastIndex = 0;
    return pattern.test(text);
  }
}
