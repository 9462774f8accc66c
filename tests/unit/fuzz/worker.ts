/**
 * Runs fuzz cases in a worker thread, so the test can stop a case that hangs. Reports each case's
 * start, then its outcome; a broken invariant is reported with what reproduces it.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { buildCorpus, parseDump, type Corpus, type Dump } from '../../../src/loader/corpus.ts';
import { printable, SeedError, SeedErrors } from '../../../src/loader/errors.ts';
import { assertEveryEntryMapped, assertTextKept, realDumps } from '../support.ts';
import { harmless, insertLine, mixed, MUTATIONS, PATHOLOGICAL_LINES, seededRandom, seedOf } from './mutations.ts';
import { HARMLESS, MIXED, PATHOLOGICAL, type FuzzJob, type FuzzMessage } from './protocol.ts';

const port = parentPort;
if (!port) throw new Error('fuzz/worker.ts runs as a worker thread');
const post = (message: FuzzMessage) => {
  port.postMessage(message);
};

/** The highest line number an error may name: the file's last line, or 1 for an empty file. */
function lastLine(text: string): number {
  return Math.max(1, text.replace(/^\uFEFF/u, '').split(/\r\n|\r|\n/u).length);
}

/** A rejection must be SeedErrors of SeedErrors, each `file:line: reason` with a line inside the file. */
function checkRejection(error: unknown, dumps: readonly Dump[]): string | null {
  if (!(error instanceof SeedErrors)) {
    return `threw ${error instanceof Error ? `${error.name}: ${error.message}\n${error.stack ?? ''}` : String(error)} instead of SeedErrors`;
  }
  if (error.problems.length === 0) return 'threw SeedErrors with no errors';
  for (const each of error.problems) {
    if (!(each instanceof SeedError)) return `SeedErrors holds ${String(each)}`;
    const dump = dumps.find((candidate) => candidate.file === each.file);
    if (!dump) return `error names a file that was not given: ${each.message}`;
    const { line } = each;
    if (line === null || !Number.isInteger(line) || line < 1 || line > lastLine(dump.text))
      return `line out of range: ${each.message.slice(0, 300)}`;
    // Control and bidi characters of quoted seed text are escaped, so the message stays one honest line.
    if (each.reason.trim() === '' || each.message !== `${each.file}:${line}: ${printable(each.reason)}`)
      return `not a file:line: message: ${each.message.slice(0, 300)}`;
    if (/[\n\r\u2028\u2029]/u.test(each.message)) return `a message spans lines: ${each.message.slice(0, 300)}`;
  }
  return null;
}

function checkParsed(corpus: Corpus, mutated: Dump): string | null {
  try {
    assertEveryEntryMapped(corpus);
    assertTextKept(mutated.text, parseDump(mutated), mutated.file);
    return null;
  } catch (error) {
    return error instanceof Error ? error.message.slice(0, 2000) : String(error);
  }
}

async function run({ kind, cases }: FuzzJob): Promise<void> {
  const seeds = await realDumps();
  const baselines = new Map(seeds.map((dump) => [dump.file, JSON.stringify(buildCorpus([dump]))]));
  for (let index = 0; index < cases; index += 1) {
    const caseSeed = (seedOf(kind) + index) >>> 0;
    const random = seededRandom(caseSeed);
    const original = random.pick(seeds);
    let text: string;
    let detail = kind;
    if (kind === HARMLESS) text = harmless(original.text, random);
    else if (kind === PATHOLOGICAL)
      text = insertLine(original.text, PATHOLOGICAL_LINES[index % PATHOLOGICAL_LINES.length] as string, random);
    else if (kind === MIXED) {
      const result = mixed(original.text, random);
      text = result.text;
      detail = result.kinds.join(' + ');
    } else {
      const mutate = MUTATIONS[kind];
      if (!mutate) throw new Error(`unknown fuzz kind ${kind}`);
      text = mutate(original.text, random);
    }
    // One case in ten is built with the other real seeds, so merging across dumps is fuzzed too.
    const withOthers = kind !== HARMLESS && random.next() < 0.1;
    const mutated = { file: original.file, text };
    const dumps = withOthers ? seeds.map((dump) => (dump.file === original.file ? mutated : dump)) : [mutated];
    const label = `${detail} on ${original.file}${withOthers ? ' with the other seeds' : ''} (case ${index}, seed ${caseSeed})`;

    post({ type: 'start', index, label });
    const started = performance.now();
    let problem: string | null = null;
    let corpus: Corpus | null = null;
    try {
      corpus = buildCorpus(dumps);
      if (kind === HARMLESS && JSON.stringify(corpus) !== baselines.get(original.file)) problem = 'a harmless rewrite changed the parse';
    } catch (error) {
      problem = kind === HARMLESS ? `a harmless rewrite was rejected: ${String(error).slice(0, 500)}` : checkRejection(error, dumps);
    }
    if (!problem && corpus && kind !== HARMLESS) problem = checkParsed(corpus, mutated);
    const outcome = corpus ? 'parsed' : 'rejected';
    if (problem) post({ type: 'failure', index, label, problem });
    post({ type: 'done', index, outcome, ms: performance.now() - started });
  }
  post({ type: 'finished' });
}

await run(workerData as FuzzJob);
