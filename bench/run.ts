/**
 * The benchmark: `npm run bench [-- options]`.
 *
 * For each corpus size it generates the corpus, runs a full build of the site, measures time,
 * memory, output and index sizes, a first search and Lighthouse on each page type in Chromium,
 * Pagefind alone over the same documents, the rebuild after one more dump, and builds the two
 * framework floors with as many pages. Writes bench/REPORT.md, bench/plot.svg and bench/results.json after
 * every size, so a run stopped part-way still leaves its figures.
 *
 * Options (or the BENCH_* environment variable in brackets):
 *   --sizes seeds,1000,5000,20000   corpus sizes; `seeds` or 0 is the real content/seeds [BENCH_SIZES]
 *   --query "kv cache"              the first-search query [BENCH_QUERY]
 *   --seed 20251123                 corpus generator seed [BENCH_SEED]
 *   --timeout-min 45                limit for each build, in minutes (default grows with N) [BENCH_TIMEOUT_MIN]
 *   --skip-floors, --skip-search, --skip-lighthouse, --skip-index-alone, --skip-rebuild
 *                                   leave out those measurements
 *   --mdx-floor-max 20000           largest N with an .mdx floor: at 50,000 it needs 21 GiB [BENCH_MDX_FLOOR_MAX]
 *   --keep                          keep each size's built site in bench/.work/out/
 *   --report-only                   rewrite REPORT.md and plot.svg from bench/results.json, building nothing
 * NODE_OPTIONS and CHROMIUM_PATH are passed through to the builds and the browser.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, release, totalmem, type as osType } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildCorpus, type Dump } from '../src/loader/corpus.ts';
import { readSeedDir } from '../src/loader/read-seeds.ts';
import { DEFAULT_SEED, checkCorpus, generateCorpus, generateDailyDump, writeCorpus } from './generate.ts';
import { buildFloor, buildSite, rebuildSite, runProblem, type BuildPlace } from './lib/builds.ts';
import { comparePages, pageDigests } from './lib/page-changes.ts';
import { folderSize } from './lib/disk.ts';
import { readPhases } from './lib/phases.ts';
import { renderPlot } from './lib/plot.ts';
import { renderReport, summaryTable, targetLines } from './lib/report.ts';
import type {
  BenchRun,
  BuildPhase,
  CorpusFacts,
  FloorResult,
  MachineFacts,
  Problem,
  RebuildResult,
  SiteFacts,
  SizeResult,
} from './lib/results.ts';
import { measureIndexAlone, type IndexAlone } from './lib/index-alone.ts';
import { lighthousePages, probeLighthouse, type PageScore } from './lib/lighthouse-probe.ts';
import { launchChromium, probeSearch, type SearchMeasurement } from './lib/search-probe.ts';
import { serveStatic } from './lib/static-server.ts';

const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(BENCH_DIR, '..');
const WORK = join(BENCH_DIR, '.work');
const DEFAULT_SIZES = 'seeds,1000,5000,20000';
const DEFAULT_QUERY = 'kv cache';
/** Papers in the daily dump added before the rebuild: a busy day on Hugging Face. */
const DAILY_DUMP_PAPERS = 50;

/** A build gets 15 minutes plus 0.1 s per page unless told otherwise: generous, but a hang still ends. */
function timeLimitMs(pages: number, minutes: number | null): number {
  return minutes !== null ? minutes * 60_000 : 15 * 60_000 + pages * 100;
}

interface Options {
  readonly sizes: readonly number[];
  readonly query: string;
  readonly seed: number;
  readonly timeoutMin: number | null;
  readonly floors: boolean;
  readonly search: boolean;
  readonly lighthouse: boolean;
  readonly indexAlone: boolean;
  readonly rebuild: boolean;
  readonly mdxFloorMax: number;
  readonly keep: boolean;
  readonly reportOnly: boolean;
}

function readOptions(args: string[]): Options {
  const { values } = parseArgs({
    args,
    options: {
      sizes: { type: 'string', default: process.env.BENCH_SIZES ?? DEFAULT_SIZES },
      query: { type: 'string', default: process.env.BENCH_QUERY ?? DEFAULT_QUERY },
      seed: { type: 'string', default: process.env.BENCH_SEED ?? String(DEFAULT_SEED) },
      'timeout-min': { type: 'string', default: process.env.BENCH_TIMEOUT_MIN },
      'skip-floors': { type: 'boolean', default: false },
      'skip-search': { type: 'boolean', default: false },
      'skip-lighthouse': { type: 'boolean', default: false },
      'skip-index-alone': { type: 'boolean', default: false },
      'skip-rebuild': { type: 'boolean', default: false },
      'mdx-floor-max': { type: 'string', default: process.env.BENCH_MDX_FLOOR_MAX ?? '20000' },
      keep: { type: 'boolean', default: false },
      'report-only': { type: 'boolean', default: false },
    },
  });
  const sizes = values.sizes.split(',').map((text) => {
    const size = text.trim() === 'seeds' ? 0 : Number(text);
    if (!Number.isInteger(size) || size < 0) throw new Error(`--sizes: "${text}" is neither "seeds" nor a whole number`);
    return size;
  });
  const timeoutMin = values['timeout-min'] === undefined ? null : Number(values['timeout-min']);
  if (timeoutMin !== null && !(timeoutMin > 0)) throw new Error(`--timeout-min must be a positive number, got ${values['timeout-min']}`);
  return {
    sizes,
    query: values.query,
    seed: Number(values.seed),
    timeoutMin,
    floors: !values['skip-floors'],
    search: !values['skip-search'],
    lighthouse: !values['skip-lighthouse'],
    indexAlone: !values['skip-index-alone'],
    rebuild: !values['skip-rebuild'],
    mdxFloorMax: Number(values['mdx-floor-max']),
    keep: values.keep,
    reportOnly: values['report-only'],
  };
}

function log(message: string): void {
  console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);
}

async function packageVersion(name: string): Promise<string> {
  const text = await readFile(join(ROOT, 'node_modules', name, 'package.json'), 'utf8');
  return (JSON.parse(text) as { version: string }).version;
}

function gitCommit(): string {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain'], { cwd: ROOT, encoding: 'utf8' }).trim() !== '';
    return dirty ? `${commit} with uncommitted changes` : commit;
  } catch {
    return 'unknown';
  }
}

/** `commit` is read once, before the run writes its own results into the project. */
async function machineFacts(args: readonly string[], chromium: string | null, commit: string): Promise<MachineFacts> {
  return {
    date: new Date().toISOString(),
    command: `npm run bench${args.length > 0 ? ` -- ${args.join(' ')}` : ''}`,
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGiB: totalmem() / 1024 ** 3,
    os: `${osType()} ${release()}`,
    node: process.version,
    astro: await packageVersion('astro'),
    pagefind: await packageVersion('pagefind'),
    lighthouse: await packageVersion('lighthouse'),
    chromium,
    gnuTime: existsSync('/usr/bin/time'),
    commit,
  };
}

/** The corpus for one size: the real seeds, or a generated corpus the loader has checked. */
async function prepareCorpus(size: number, seed: number): Promise<{ dir: string; facts: CorpusFacts; daily: Dump }> {
  if (size === 0) {
    // A copy, because the rebuild adds a dump to the corpus's folder.
    const dir = join(WORK, 'seeds-seeds');
    await rm(dir, { recursive: true, force: true });
    await cp(join(ROOT, 'content', 'seeds'), dir, { recursive: true });
    const dumps = await readSeedDir(dir);
    const corpus = buildCorpus(dumps);
    const dumpBytes = dumps.reduce((sum, dump) => sum + Buffer.byteLength(dump.text), 0);
    return {
      dir,
      facts: { papers: corpus.papers.length, posts: corpus.posts.length, dumps: dumps.length, dumpBytes, duplicates: null },
      daily: generateDailyDump(corpus, DAILY_DUMP_PAPERS, seed),
    };
  }
  const corpus = generateCorpus(size, seed);
  const checked = checkCorpus(corpus);
  const dir = join(WORK, `seeds-${size}`);
  await writeCorpus(dir, corpus);
  return {
    dir,
    facts: {
      papers: checked.papers,
      posts: checked.posts,
      dumps: corpus.dumps.length,
      dumpBytes: checked.bytes,
      duplicates: corpus.duplicates,
    },
    daily: generateDailyDump(checked.parsed, DAILY_DUMP_PAPERS, seed),
  };
}

/**
 * Serves the built site and measures a first search. The browser is started here and closed
 * afterwards, so it takes no memory or CPU from the builds.
 */
async function measureSearch(outDir: string, query: string): Promise<{ measurements: SearchMeasurement[]; chromium: string }> {
  const server = await serveStatic(outDir);
  const browser = await launchChromium();
  try {
    return { measurements: await probeSearch(browser, server, query), chromium: browser.version() };
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Lighthouse on one page of each type, served as a static host serves it. */
async function measureLighthouse(outDir: string, query: string): Promise<{ scores: PageScore[]; chromium: string }> {
  const server = await serveStatic(outDir);
  try {
    return await probeLighthouse(server, await lighthousePages(outDir, query));
  } finally {
    await server.close();
  }
}

async function measureSize(size: number, options: Options, noteChromium: (version: string) => void): Promise<SizeResult> {
  const label = size === 0 ? 'seeds' : String(size);
  const problems: Problem[] = [];
  const fail = (text: string) => problems.push({ failure: true, text });
  const note = (text: string) => problems.push({ failure: false, text });
  const loadAverage = loadavg()[0] ?? 0;
  log(`N = ${label}: corpus`);
  let corpus: { dir: string; facts: CorpusFacts; daily: Dump };
  try {
    corpus = await prepareCorpus(size, options.seed);
  } catch (error) {
    fail(`**The corpus did not parse.**\n\n\`\`\`\n${error instanceof Error ? error.message : String(error)}\n\`\`\``);
    return { label, corpus: null, build: null, site: null, search: [], floors: [], problems, loadAverage };
  }
  const { papers, posts, dumps } = corpus.facts;
  log(`N = ${label}: ${papers} papers, ${posts} posts in ${dumps} dumps; building the site`);
  const place = (pages: number): BuildPlace => ({
    root: ROOT,
    work: WORK,
    label,
    timeoutMs: timeLimitMs(pages, options.timeoutMin),
    nodeOptions: process.env.NODE_OPTIONS,
  });
  const { run: build, outDir } = await buildSite(place(papers + posts), corpus.dir, options.rebuild);
  log(`N = ${label}: site build ${build.ok ? 'done' : 'FAILED'} in ${(build.wallMs / 1000).toFixed(1)} s`);
  const phases: BuildPhase[] = readPhases(await readFile(build.logFile, 'utf8').catch(() => ''));

  let site: SiteFacts | null = null;
  let search: SearchMeasurement[] = [];
  let lighthouse: PageScore[] = [];
  let indexAlone: IndexAlone | null = null;
  if (!build.ok) fail(runProblem(ROOT, 'The site build', build));
  else {
    site = { dist: await folderSize(outDir), pagefind: await folderSize(join(outDir, 'pagefind')) };
    if (!options.search) note('First search skipped (--skip-search).');
    else if (site.pagefind.files === 0)
      fail(`**No search index:** the build wrote no \`pagefind/\` folder in \`${relative(ROOT, outDir)}\`, so no search was measured.`);
    else {
      log(`N = ${label}: first search in Chromium`);
      try {
        const measured = await measureSearch(outDir, options.query);
        search = measured.measurements;
        noteChromium(measured.chromium);
        for (const measurement of search.filter((item) => !item.ok))
          fail(`**First search (${measurement.mode}) failed:** ${measurement.error}`);
      } catch (error) {
        fail(`**First search could not run:** ${String(error)}`);
      }
    }
    if (!options.lighthouse) note('Lighthouse skipped (--skip-lighthouse).');
    else {
      log(`N = ${label}: Lighthouse on each page type`);
      try {
        const measured = await measureLighthouse(outDir, options.query);
        lighthouse = measured.scores;
        noteChromium(measured.chromium);
        for (const page of lighthouse.filter((item) => item.error !== null))
          fail(`**Lighthouse on \`/${page.path}\` (${page.kind}) failed:** ${page.error}`);
      } catch (error) {
        fail(`**Lighthouse could not run:** ${String(error)}`);
      }
    }
    if (!options.indexAlone) note('Search index alone skipped (--skip-index-alone).');
    else {
      log(`N = ${label}: Pagefind alone over the site's indexed pages`);
      try {
        indexAlone = await measureIndexAlone(outDir, join(WORK, 'index-alone'));
      } catch (error) {
        fail(`**Pagefind alone could not run:** ${String(error)}`);
      }
    }
  }
  let rebuild: RebuildResult | null = null;
  if (options.rebuild && build.ok) {
    const before = await pageDigests(outDir);
    // In the same folder as the full build, as a researcher adds a dump; taken out again afterwards.
    const dump = corpus.daily;
    const added = join(corpus.dir, dump.file);
    await writeFile(added, dump.text);
    log(`N = ${label}: rebuild after one more daily dump (${DAILY_DUMP_PAPERS} papers)`);
    const run = await rebuildSite(place(papers + posts + DAILY_DUMP_PAPERS), corpus.dir);
    log(`N = ${label}: rebuild ${run.ok ? 'done' : 'FAILED'} in ${(run.wallMs / 1000).toFixed(1)} s`);
    if (!run.ok) fail(runProblem(ROOT, 'The rebuild after one more dump', run));
    const pages = run.ok ? comparePages(before, await pageDigests(outDir)) : null;
    rebuild = { addedPapers: DAILY_DUMP_PAPERS, run, pages };
    await rm(added, { force: true });
  }
  if (!options.keep) await rm(outDir, { recursive: true, force: true });

  const floors: FloorResult[] = [];
  if (options.floors) {
    const pages = site?.dist.htmlFiles || papers + posts;
    for (const kind of ['md', 'mdx'] as const) {
      if (kind === 'mdx' && size > options.mdxFloorMax) {
        note(`No .mdx floor at N = ${label} (--mdx-floor-max ${options.mdxFloorMax}).`);
        continue;
      }
      log(`N = ${label}: .${kind} floor, ${pages} pages`);
      const floor = await buildFloor(place(pages), kind, pages, (message) => {
        log(`N = ${label}: ${message}`);
      });
      if (floor.run && !floor.run.ok) fail(runProblem(ROOT, `The .${kind} floor build`, floor.run));
      if (floor.error) fail(`**${floor.error}.**`);
      if (floor.heapNote) note(`The .${kind} floor ${floor.heapNote}.`);
      floors.push(floor);
    }
  }
  return { label, corpus: corpus.facts, build, site, search, lighthouse, indexAlone, floors, rebuild, phases, problems, loadAverage };
}

const RESULTS_FILE = join(BENCH_DIR, 'results.json');

async function writeOutputs(run: BenchRun, { withResults = true } = {}): Promise<void> {
  // Log paths are stored relative to the project, so the file reads the same on any machine.
  const portable = (key: string, value: unknown) => (key === 'logFile' && typeof value === 'string' ? relative(ROOT, value) : value);
  if (withResults) await writeFile(RESULTS_FILE, `${JSON.stringify(run, portable, 2)}\n`);
  await writeFile(join(BENCH_DIR, 'REPORT.md'), renderReport(run));
  await writeFile(join(BENCH_DIR, 'plot.svg'), renderPlot(run));
}

function printSummary(run: BenchRun): void {
  console.log(`\n${summaryTable(run)}\n\n${targetLines(run).join('\n')}\n`);
  console.log(`Report: ${join(BENCH_DIR, 'REPORT.md')}, plot: ${join(BENCH_DIR, 'plot.svg')}`);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const options = readOptions(args);
  if (options.reportOnly) {
    const saved = JSON.parse(await readFile(RESULTS_FILE, 'utf8')) as BenchRun;
    await writeOutputs(saved, { withResults: false });
    printSummary(saved);
    return;
  }
  await mkdir(join(WORK, 'logs'), { recursive: true });
  let chromium: string | null = null;
  const sizes: SizeResult[] = [];
  const commit = gitCommit();
  let run: BenchRun = { machine: await machineFacts(args, null, commit), query: options.query, seed: options.seed, sizes };
  for (const size of options.sizes) {
    sizes.push(await measureSize(size, options, (version) => (chromium = version)));
    run = { ...run, machine: await machineFacts(args, chromium, commit), sizes };
    await writeOutputs(run);
  }
  printSummary(run);
  const failed = sizes.filter((size) => size.problems.some((problem) => problem.failure));
  if (failed.length > 0) {
    console.error(`\nProblems at N = ${failed.map((size) => size.label).join(', ')}; see "Failures and skipped steps" in the report.`);
    process.exitCode = 1;
  }
}

await main();
