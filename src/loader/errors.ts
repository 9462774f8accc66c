/**
 * Control, line-break and bidi characters, which in a file name or a quoted piece of seed text could
 * forge a line of the error list or make it read backwards.
 */
const UNPRINTABLE = /[\p{Cc}\p{Zl}\p{Zp}\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff\ufffe\uffff]/gu;

/** Writes every unprintable character as `\u{…}`, so a message stays one honest line. */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (char) => `\\u{${(char.codePointAt(0) ?? 0).toString(16)}}`);
}

/** A short, printable quotation of seed text for an error message. */
export function quoted(text: string, most = 80): string {
  const chars = Array.from(text);
  const shown = chars.length > most ? `${chars.slice(0, most).join('')}…` : text;
  return `"${printable(shown)}"`;
}

/** A problem in a seed dump, located by file and 1-based line; `line` is null when the problem is the file itself. */
export class SeedError extends Error {
  readonly file: string;
  readonly line: number | null;
  readonly reason: string;

  constructor(file: string, line: number | null, reason: string) {
    super(`${printable(file)}${line === null ? '' : `:${line}`}: ${printable(reason)}`);
    this.name = 'SeedError';
    this.file = file;
    this.line = line;
    this.reason = reason;
  }
}

/** Every problem found in one build, so a reader fixes them all in one pass. */
export class SeedErrors extends Error {
  /** Not named `errors`: Astro's error overlay shows only the first item of an `errors` list. */
  readonly problems: readonly SeedError[];

  constructor(errors: readonly SeedError[]) {
    super(
      `${errors.length} problem${errors.length === 1 ? '' : 's'} in the seed dumps:\n` +
        errors.map((error) => `  ${error.message}`).join('\n'),
    );
    this.name = 'SeedErrors';
    this.problems = errors;
  }
}

/**
 * Where a parser reports what is wrong with its file and carries on, so one run lists every
 * problem of every file instead of stopping at the first.
 */
export class Problems {
  readonly #errors: SeedError[] = [];

  add(error: SeedError): void {
    this.#errors.push(error);
  }

  /** Runs a step; a SeedError it throws is recorded and `fallback` returned instead. */
  attempt<T>(step: () => T, fallback: T): T {
    try {
      return step();
    } catch (error) {
      if (!(error instanceof SeedError)) throw error;
      this.add(error);
      return fallback;
    }
  }

  get count(): number {
    return this.#errors.length;
  }

  /** Every problem so far, ordered by file and line so the list reads the same whatever order the files came in. */
  sorted(): SeedError[] {
    return [...this.#errors].sort(
      (a, b) => compareCodeUnits(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0) || compareCodeUnits(a.reason, b.reason),
    );
  }

  throwIfAny(): void {
    if (this.#errors.length > 0) throw new SeedErrors(this.sorted());
  }
}

/** Plain code-unit order: the same on every machine and locale. */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A parser's way to report a problem at a line of its file. */
export type Report = (line: number, reason: string) => void;

export function reporterFor(file: string, problems: Problems): Report {
  return (line, reason) => {
    problems.add(new SeedError(file, line, reason));
  };
}
