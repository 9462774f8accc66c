/** A problem in a seed dump, located by file and 1-based line. */
export class SeedError extends Error {
  readonly file: string;
  readonly line: number;
  readonly reason: string;

  constructor(file: string, line: number, reason: string) {
    super(`${file}:${line}: ${reason}`);
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
