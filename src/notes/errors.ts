/** A problem in one of the maintainer's notes, located by file (relative to the project) and 1-based line. */
export class NoteError extends Error {
  readonly file: string;
  readonly line: number;

  constructor(file: string, line: number, reason: string) {
    super(`${file}:${line}: ${reason}`);
    this.name = 'NoteError';
    this.file = file;
    this.line = line;
  }
}

/** Every problem found in the notes at once, so they can all be fixed in one pass. */
export class NoteErrors extends Error {
  readonly problems: readonly NoteError[];

  constructor(problems: readonly NoteError[]) {
    const lines = problems.map((problem) => `  ${problem.message}`).join('\n');
    super(`${problems.length} problem${problems.length === 1 ? '' : 's'} in the notes:\n${lines}`);
    this.name = 'NoteErrors';
    this.problems = problems;
  }
}
