/** Turns a benchmark run into bench/REPORT.md: tables of every figure, the targets, failures and method. */
import {
  GiB,
  firstSearch,
  floorOf,
  floorRatio,
  indexAloneRatio,
  msPerPaper,
  newestSearch,
  peakBytes,
  rebuildRatio,
  searchBy,
  type BenchRun,
  type SizeResult,
} from './results.ts';
import type { PageScore } from './lighthouse-probe.ts';
import type { ChangeCounts } from './page-changes.ts';
import { SEARCH_MODES, type ByteCount, type SearchMode, type SearchPart } from './search-probe.ts';

/** The targets the site is held to. */
export const TARGETS = {
  mdRatio: 1.5,
  /** Sizes the .md floor ratio, the memory and the first-search targets are judged at. */
  ratioPapers: [20_000, 50_000],
  scalePapers: 50_000,
  memoryBytes: 8 * GiB,
  searchBytes: 300 * 1000,
  resultsMs: 500,
  /** "Flat or falling": each size's time per paper at most this factor of the previous size's. */
  perPaperSlack: 1.1,
  /** Lighthouse's performance score on every page type, and the most elements any of them has. */
  lighthousePerformance: 100,
  pageElements: 1_500,
} as const;

const dash = '–';
const fixed = (value: number | null | undefined, digits = 1) => (value === null || value === undefined ? dash : value.toFixed(digits));
const seconds = (ms: number | null | undefined) => fixed(ms === null || ms === undefined ? null : ms / 1000, 1);
const mb = (bytes: number | null | undefined) => fixed(bytes === null || bytes === undefined ? null : bytes / 1e6, 1);
const kb = (bytes: number | null | undefined) => fixed(bytes === null || bytes === undefined ? null : bytes / 1000, 1);
const gib = (bytes: number | null | undefined) => fixed(bytes === null || bytes === undefined ? null : bytes / GiB, 2);
const times = (ratio: number | null) => (ratio === null ? dash : `${ratio.toFixed(2)}×`);
/** "wire / disk" in KB, one dash when nothing was downloaded. */
const wireDisk = (count: ByteCount | null | undefined) => (count ? `${kb(count.bytes)} / ${kb(count.fileBytes)}` : dash);

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

function buildCell(size: SizeResult): string {
  if (!size.build) return 'not run';
  if (size.build.timedOut) return `timed out (${seconds(size.build.wallMs)} s)`;
  if (!size.build.ok) return `FAILED (exit ${size.build.exitCode ?? size.build.signal})`;
  return seconds(size.build.wallMs);
}

function floorCell(size: SizeResult, kind: 'md' | 'mdx'): string {
  const floor = floorOf(size, kind);
  if (!floor) return dash;
  if (!floor.run) return 'FAILED';
  if (floor.run.timedOut) return 'timed out';
  return floor.run.ok ? seconds(floor.run.wallMs) : 'FAILED';
}

/** The main table: one row per corpus size. */
export function summaryTable(run: BenchRun): string {
  const header = [
    'N',
    'papers',
    'posts',
    'pages',
    'build s',
    'ms / paper',
    'peak RSS GiB (all procs / largest)',
    'dist MB',
    'Pagefind MB (files)',
    'first search KB (wire)',
    'results shown ms (url / typed / newest)',
    '.md floor s',
    '.mdx floor s',
    '× .md',
    '× .mdx',
  ];
  const rows = run.sizes.map((size) => {
    const shown = (mode: SearchMode) => {
      const measurement = searchBy(size, mode);
      return measurement?.ok ? fixed(measurement.msToResults, 0) : dash;
    };
    return [
      size.label,
      String(size.corpus?.papers ?? dash),
      String(size.corpus?.posts ?? dash),
      String(size.site?.dist.htmlFiles ?? dash),
      buildCell(size),
      fixed(msPerPaper(size), 1),
      `${gib(size.build?.peakGroupRssBytes)} / ${gib(size.build?.maxProcessRssBytes)}`,
      mb(size.site?.dist.bytes),
      size.site ? `${mb(size.site.pagefind.bytes)} (${size.site.pagefind.files})` : dash,
      kb(firstSearch(size)?.bytes),
      SEARCH_MODES.map(shown).join(' / '),
      floorCell(size, 'md'),
      floorCell(size, 'mdx'),
      times(floorRatio(size, 'md')),
      times(floorRatio(size, 'mdx')),
    ];
  });
  return table(header, rows);
}

const PARTS: readonly SearchPart[] = ['ui', 'runtime', 'wasm', 'meta', 'index', 'fragment', 'filter', 'order', 'other'];

const WAY_IN: Record<SearchMode, string> = { url: '`/search/?q=`', typed: 'typed', newest: '`/search/?q=…&sort=newest`' };

function searchTable(run: BenchRun): string {
  const header = [
    'N',
    'way in',
    'result',
    'results shown ms',
    'results on page',
    'requests (search)',
    'all KB',
    'search KB',
    ...PARTS.map((part) => `${part} KB`),
  ];
  const rows = run.sizes.flatMap((size) =>
    size.search.map((measurement) => {
      const { all, search, searchParts } = measurement.downloads;
      return [
        size.label,
        WAY_IN[measurement.mode],
        measurement.ok ? 'ok' : 'FAILED',
        measurement.ok ? fixed(measurement.msToResults, 0) : dash,
        measurement.ok ? String(measurement.resultsShown) : dash,
        `${all.requests} (${search.requests})`,
        wireDisk(all),
        wireDisk(search),
        ...PARTS.map((part) => wireDisk(searchParts[part])),
      ];
    }),
  );
  return rows.length > 0 ? table(header, rows) : '_No search measured in this run._';
}

function floorTable(run: BenchRun): string {
  const header = ['N', 'floor', 'pages', 'build s', 'ms / page', 'peak RSS GiB (all procs / largest)'];
  const rows = run.sizes.flatMap((size) =>
    size.floors.map((floor) => [
      size.label,
      `.${floor.kind}`,
      String(floor.pages),
      floorCell(size, floor.kind),
      floor.run?.ok && floor.pages > 0 ? fixed(floor.run.wallMs / floor.pages, 1) : dash,
      `${gib(floor.run?.peakGroupRssBytes)} / ${gib(floor.run?.maxProcessRssBytes)}`,
    ]),
  );
  return rows.length > 0 ? table(header, rows) : '_Floors not built in this run._';
}

type Verdict = 'PASS' | 'FAIL' | 'NOT MEASURED';

/** Each target with its verdict and the figures behind it. */
export function targetLines(run: BenchRun): string[] {
  const lines: string[] = [];
  const line = (verdict: Verdict, text: string) => lines.push(`- **${verdict}** ${text}`);
  const bySize = (papers: number) => run.sizes.find((size) => size.label !== 'seeds' && size.corpus?.papers === papers);
  const judged = (papers: number) => papers.toLocaleString('en');

  for (const papers of TARGETS.ratioPapers) {
    const target = `build time at ${judged(papers)} papers ≤ ${TARGETS.mdRatio}× the .md floor`;
    const size = bySize(papers);
    const ratio = size ? floorRatio(size, 'md') : null;
    if (!size || ratio === null) line('NOT MEASURED', `${target}.`);
    else {
      const figures = `${times(ratio)} (${buildCell(size)} s against ${floorCell(size, 'md')} s)`;
      line(ratio <= TARGETS.mdRatio ? 'PASS' : 'FAIL', `${target}: ${figures}.`);
    }
  }
  const ratiosText = (kind: 'md' | 'mdx') =>
    run.sizes.flatMap((size) => {
      const ratio = floorRatio(size, kind);
      return ratio === null ? [] : [`${size.label}: ${times(ratio)}`];
    });
  if (ratiosText('md').length > 0) lines.push(`- (every size) build time against the .md floor: ${ratiosText('md').join(', ')}.`);
  if (ratiosText('mdx').length > 0) lines.push(`- (no threshold) build time against the .mdx floor: ${ratiosText('mdx').join(', ')}.`);

  const scale = bySize(TARGETS.scalePapers);
  const memoryTarget = `${judged(TARGETS.scalePapers)} papers build with a peak under ${gib(TARGETS.memoryBytes)} GiB (all processes)`;
  if (!scale?.build) line('NOT MEASURED', `${memoryTarget} (not in this run's sizes).`);
  else {
    const peak = peakBytes(scale.build);
    const fits = scale.build.ok && peak !== null && peak < TARGETS.memoryBytes;
    line(fits ? 'PASS' : 'FAIL', `${memoryTarget}: ${buildCell(scale)} s, peak ${gib(peak)} GiB.`);
  }

  const perPaper = run.sizes
    .filter((size) => size.label !== 'seeds')
    .map((size) => [size.label, msPerPaper(size)] as const)
    .filter(([, value]) => value !== null) as (readonly [string, number])[];
  if (perPaper.length >= 2) {
    const flat = perPaper.every(([, value], index) => index === 0 || value <= (perPaper[index - 1]?.[1] ?? value) * TARGETS.perPaperSlack);
    const slack = Math.round((TARGETS.perPaperSlack - 1) * 100);
    const figures = perPaper.map(([label, value]) => `${label}: ${value.toFixed(1)} ms`).join(' → ');
    line(flat ? 'PASS' : 'FAIL', `time per paper flat or falling (each size within +${slack}% of the previous): ${figures}.`);
  }

  const searchTarget = `a first search downloads < ${TARGETS.searchBytes / 1000} KB at ${judged(TARGETS.scalePapers)} papers`;
  const first = scale ? firstSearch(scale) : null;
  if (!first) line('NOT MEASURED', `${searchTarget}.`);
  else
    line(
      first.bytes < TARGETS.searchBytes ? 'PASS' : 'FAIL',
      `${searchTarget}: wire ${kb(first.bytes)} KB (uncompressed ${kb(first.fileBytes)} KB) of search files.`,
    );
  const typed = scale ? searchBy(scale, 'typed') : undefined;
  const shownTarget = `results shown within ${TARGETS.resultsMs} ms of typing at ${judged(TARGETS.scalePapers)} papers (search loading included)`;
  if (!typed?.ok || typed.msToResults === null) line('NOT MEASURED', `${shownTarget}.`);
  else line(typed.msToResults <= TARGETS.resultsMs ? 'PASS' : 'FAIL', `${shownTarget}: ${fixed(typed.msToResults, 0)} ms.`);
  const newest = run.sizes.map((size) => [size.label, newestSearch(size)] as const).filter(([, count]) => count !== null);
  if (newest.length > 0) {
    const sizes = newest.map(([label, count]) => `${label}: ${kb(count?.bytes)} KB (uncompressed ${kb(count?.fileBytes)} KB)`);
    lines.push(
      `- (no threshold) a first search sorted newest first (\`/search/?q=…&sort=newest\`) downloads, on the wire: ${sizes.join(', ')}.`,
    );
  }
  const lighthouseTarget = `Lighthouse performance ${TARGETS.lighthousePerformance} on every page type at ${judged(TARGETS.scalePapers)} papers`;
  const elementsTarget = `no page type over ${TARGETS.pageElements.toLocaleString('en-US')} elements at ${judged(TARGETS.scalePapers)} papers`;
  const scores = (scale?.lighthouse ?? []).filter((page) => page.error === null);
  if (scores.length === 0) {
    line('NOT MEASURED', `${lighthouseTarget}.`);
    line('NOT MEASURED', `${elementsTarget}.`);
  } else {
    const below = scores.filter((page) => (page.performance ?? 0) < TARGETS.lighthousePerformance);
    const belowText = below.map((page) => `${page.kind} ${page.performance ?? dash}`).join(', ');
    line(
      below.length === 0 ? 'PASS' : 'FAIL',
      `${lighthouseTarget}: ${below.length === 0 ? `all ${scores.length} at ${TARGETS.lighthousePerformance}` : `below it: ${belowText}`}.`,
    );
    const heaviest = scores.reduce((most, page) => ((page.elements ?? 0) > (most.elements ?? 0) ? page : most));
    line(
      (heaviest.elements ?? 0) <= TARGETS.pageElements ? 'PASS' : 'FAIL',
      `${elementsTarget}: at most ${fixed(heaviest.elements, 0)} (${heaviest.kind}, \`/${heaviest.path}\`).`,
    );
  }
  const alone = run.sizes.map((size) => [size.label, indexAloneRatio(size)] as const).filter(([, ratio]) => ratio !== null);
  if (alone.length > 0) {
    const figures = alone.map(([label, ratio]) => `${label}: ${times(ratio)}`).join(', ');
    lines.push(`- (no threshold) Pagefind alone over the site's indexed pages, against the .md floor: ${figures}.`);
  }
  const rebuilds = run.sizes.map((size) => [size.label, rebuildRatio(size)] as const).filter(([, ratio]) => ratio !== null);
  if (rebuilds.length > 0) {
    const figures = rebuilds.map(([label, ratio]) => `${label}: ${times(ratio)}`).join(', ');
    lines.push(`- (no threshold) rebuild after one more daily dump, over the full build's time: ${figures}.`);
  }
  return lines;
}

/** Lighthouse's performance score and element count per page type (rows) and size (columns), then the largest size in full. */
function lighthouseTables(run: BenchRun): string {
  const sizes = run.sizes.filter((size) => (size.lighthouse ?? []).length > 0);
  if (sizes.length === 0) return '_Lighthouse was not run._';
  const kinds = [...new Set(sizes.flatMap((size) => (size.lighthouse ?? []).map((page) => page.kind)))];
  const cell = (page: PageScore | undefined) =>
    !page ? dash : page.error !== null ? 'FAILED' : `${fixed(page.performance, 0)} · ${fixed(page.elements, 0)} el`;
  const overview = table(
    ['page type', ...sizes.map((size) => size.label)],
    kinds.map((kind) => [kind, ...sizes.map((size) => cell(size.lighthouse?.find((page) => page.kind === kind)))]),
  );
  const largest = sizes.at(-1);
  const detail = table(
    ['page type', 'page', 'performance', 'accessibility', 'best practices', 'SEO', 'LCP ms', 'TBT ms', 'CLS', 'elements', 'KB (wire)'],
    (largest?.lighthouse ?? []).map((page) => [
      page.kind,
      `\`/${page.path}\``,
      fixed(page.performance, 0),
      fixed(page.accessibility, 0),
      fixed(page.bestPractices, 0),
      fixed(page.seo, 0),
      fixed(page.lcpMs, 0),
      fixed(page.tbtMs, 0),
      fixed(page.cls, 3),
      fixed(page.elements, 0),
      kb(page.bytes),
    ]),
  );
  return `${overview}\n\nAt N = ${largest?.label ?? dash}:\n\n${detail}`;
}

/** The full build beside the rebuild after one more dump. */
function rebuildTable(run: BenchRun): string {
  const rows = run.sizes.flatMap((size) => {
    if (!size.rebuild) return [];
    const { run: rebuild, addedPapers } = size.rebuild;
    const rebuilt = rebuild.ok ? seconds(rebuild.wallMs) : 'FAILED';
    return [[size.label, buildCell(size), String(addedPapers), rebuilt, times(rebuildRatio(size)), gib(peakBytes(rebuild))]];
  });
  const header = ['N', 'full build s', 'papers added', 'rebuild s', '× full build', 'rebuild peak GiB'];
  return rows.length > 0 ? table(header, rows) : '_No rebuild measured in this run._';
}

/** `1,234 (56%)`: a count and its share of the pages the rebuild wrote. */
function share(count: number, of: number): string {
  return of === 0 ? '0' : `${count.toLocaleString('en-US')} (${Math.round((100 * count) / of)}%)`;
}

/** Per size, the pages one more dump left as they were, changed, added and removed; per page type at the largest size. */
function pageChangesTable(run: BenchRun): string {
  const measured = run.sizes.flatMap((size) => (size.rebuild?.pages ? [{ label: size.label, pages: size.rebuild.pages }] : []));
  if (measured.length === 0) return '_Not measured in this run._';
  const written = (counts: ChangeCounts) => counts.unchanged + counts.changed + counts.added;
  const row = (name: string, counts: ChangeCounts) => [
    name,
    written(counts).toLocaleString('en-US'),
    share(counts.unchanged, written(counts)),
    share(counts.changed, written(counts)),
    counts.added.toLocaleString('en-US'),
    counts.removed.toLocaleString('en-US'),
  ];
  const header = ['pages after the rebuild', 'unchanged', 'changed', 'added', 'removed'];
  const overview = table(
    ['N', ...header],
    measured.map(({ label, pages }) => row(label, pages)),
  );
  const largest = measured.at(-1);
  if (!largest) return overview;
  const detail = table(
    ['page type', ...header],
    largest.pages.byType.map((counts) => row(counts.type, counts)),
  );
  return `${overview}\n\nAt N = ${largest.label}, by page type:\n\n${detail}`;
}

/** Pagefind alone over each size's indexed documents (bench/lib/index-alone.ts), beside the build and the .md floor. */
function indexAloneTable(run: BenchRun): string {
  const rows = run.sizes.flatMap((size) => {
    if (!size.indexAlone) return [];
    const { documents, parts, ms, cpuMs } = size.indexAlone;
    const row = [size.label, String(documents), String(parts), seconds(ms), seconds(cpuMs), buildCell(size), floorCell(size, 'md')];
    return [[...row, times(indexAloneRatio(size))]];
  });
  const header = ['N', 'documents', 'parts', 'Pagefind alone s', 'its CPU s', 'full build s', '.md floor s', 'Pagefind alone × .md floor'];
  return rows.length > 0 ? table(header, rows) : '_Pagefind alone was not measured in this run._';
}

/** Where each size's full build spends its time, read off its log (bench/lib/phases.ts). */
function phaseTable(run: BenchRun): string {
  const sizes = run.sizes.filter((size) => (size.phases ?? []).length > 0);
  if (sizes.length === 0) return '_No build log read in this run._';
  const names = [...new Set(sizes.flatMap((size) => (size.phases ?? []).map((phase) => phase.name)))];
  const rows = names.map((name) => [name, ...sizes.map((size) => seconds(size.phases?.find((phase) => phase.name === name)?.ms ?? null))]);
  const whole = ['whole build (wall)', ...sizes.map((size) => buildCell(size))];
  return table(['stage (s)', ...sizes.map((size) => size.label)], [...rows, whole]);
}

function problemSection(run: BenchRun): string {
  const withProblems = run.sizes.filter((size) => size.problems.length > 0);
  if (withProblems.length === 0) return 'None.';
  return withProblems.map((size) => `### N = ${size.label}\n\n${size.problems.map((problem) => problem.text).join('\n\n')}`).join('\n\n');
}

export function renderReport(run: BenchRun): string {
  const { machine } = run;
  return `# Build and search benchmark

Regenerated by \`${machine.command}\` on ${machine.date}. Do not edit by hand.

![Build time and first-search bytes against the number of papers](plot.svg)

## Results

${summaryTable(run)}

N is the number of synthetic papers (\`seeds\`: the real content/seeds). Pages are the HTML files the build wrote; each floor
builds that many trivial pages. "× .md" and "× .mdx" are our build time over the floor's.

## Targets

${targetLines(run).join('\n')}

## Where the time goes

${phaseTable(run)}

Stages run from the log line that starts them to the next stage's (Astro stamps lines to the second). Rendering is also
split by page type, in proportion to the milliseconds Astro prints for each page: eight pages render at once, so each
page's own time includes the others'. The search index is built in Pagefind's own process while pages render, and
"search index after rendering" is what remains once the last page is written.

## Search index alone

${indexAloneTable(run)}

Pagefind (in its own process, as in the build) indexes and writes the documents the build gave it: the indexed element
of every paper, note and blog post page, read back from the built site into memory before the clock starts, in parts of
the build's sizes, all at once, with nothing else running. "its CPU" is the time of Pagefind's process on every core it
used. A build of the site with search spends at least this much, whatever the rendering costs; the .md floor indexes
nothing.

## Rebuild after one more daily dump

${rebuildTable(run)}

The full build's output and cache folders are kept, a Hugging Face daily page is added to the corpus's folder and
\`astro build\` runs again over them. The page's papers are new to the corpus (no title merges with one it holds) and
are dated the day after its newest paper, as a day's page lists that day's papers: most entries give the date without
a year and some give no date, as on the real pages, so they sort with the yearless and the undated papers.

### What one more dump changes

${pageChangesTable(run)}

Every HTML page of the full build and of the rebuild, compared byte for byte by its path (two builds of the same dumps
write the same bytes). Only unchanged pages could ever be reused by an incremental build; a changed one must be
rendered again. The search index is given less than the page (not its related lists), so a changed page may still
give it the same document.

## First search

Query \`${run.query}\`, in a fresh browser context each time. Each KB cell is **wire / on disk**: the response bodies as the
server sent them (text files gzip-compressed, as static hosts send them) and the same files' sizes on disk. "search" is
every file under \`/pagefind/\` or \`/search-order/\`; the parts split it by role (\`order\`: the newest-first order files).

${searchTable(run)}

## Lighthouse

${lighthouseTables(run)}

Lighthouse ${run.machine.lighthouse ?? ''} as its command line runs by default (a phone-sized screen, slow 4G and a four
times slower CPU, all simulated), in the Chromium of the Machine table, against the site served as in _First search_.
Each cell is **performance score · elements in the DOM**. A page type is represented by its heaviest page (the largest
HTML file of its kind); lists and indexes by their first page.

## Framework floors

${floorTable(run)}

## Failures and skipped steps

${problemSection(run)}

## Machine

| | |
| --- | --- |
| CPU | ${machine.cpu} × ${machine.cores} |
| Memory | ${machine.memoryGiB.toFixed(1)} GiB |
| OS | ${machine.os} |
| Node | ${machine.node} |
| Astro | ${machine.astro} |
| Pagefind | ${machine.pagefind} |
| Lighthouse | ${machine.lighthouse ?? 'not installed'} |
| Chromium | ${machine.chromium ?? 'not launched'} |
| Load average (1 min) at the start of each size | ${run.sizes.map((size) => `${size.label}: ${size.loadAverage.toFixed(1)}`).join(', ')} |
| Project commit | ${machine.commit} |
| Corpus seed | ${run.seed} |

## How it is measured

- **Corpus.** \`bench/generate.ts\` writes N distinct papers (plus one blog post per 25 papers) in the four dump layouts,
  about 5% of papers in a second dump of another layout, hazardous text (\`{x}\`, \`<tag>\`, \`export const\`, \`$\`,
  backslashes) in some fields. The site's own loader parses every corpus before it is built and must find exactly N papers.
- **Build.** A full \`astro build\` of this project with SEEDS_DIR, OUT_DIR and CACHE_DIR in \`bench/.work/\`; output and
  cache folders are emptied first, so nothing is reused. Wall time is from start to exit of the build process.
- **Memory.** ${machine.gnuTime ? '`/usr/bin/time -v` gives the largest resident set of any one process ("largest");' : 'GNU time is not installed here, so "largest" is not measured;'}
  /proc is sampled every 200 ms for the sum over the build's whole process group ("all procs", the figure held against 8 GiB).
- **Sizes.** Apparent sizes of every file under the output folder and under its \`pagefind/\` folder.
- **First search.** The built site is served by a small static server (\`bench/lib/static-server.ts\`) that compresses
  as static hosts (GitHub Pages, Netlify, Cloudflare Pages, Vercel) do: HTML, CSS, JavaScript, JSON, SVG, XML and plain
  text go gzip-compressed to a browser that accepts gzip; everything else goes as stored. Pagefind's index files
  (\`*.pf_meta\`, \`*.pf_index\`, \`*.pf_fragment\`, \`*.pf_filter\`, \`wasm.*.pagefind\`) are gzip-compressed on disk
  already and arrive as stored. The server counts both the bytes it sent ("wire") and the files' sizes on disk.
  The site is opened in Chromium with the e2e tests' flags, after one throwaway visit that starts the renderer.
  "url" opens \`/search/?q=…\` and "newest" opens \`/search/?q=…&sort=newest\`, both timed from navigation start;
  "typed" opens \`/search/\`, waits for the network to go quiet, fills the search box and times from the input event;
  each is timed three times in fresh browser contexts and the median shown. Results count as shown when an element
  matching \`RESULTS_SHOWN_SELECTOR\` in \`bench/lib/search-probe.ts\` is visible; search bytes are everything under
  \`/pagefind/\` or \`/search-order/\` the server sent from page open until the network is quiet after results appear.
  "first search KB (wire)" and the target use the larger wire figure of "url" and "typed" (the default relevance order).
- **Floors.** The .mdx floor is built up to \`--mdx-floor-max\` papers (20,000 unless told): at 50,000 it needs 21 GiB.
  Plain Astro projects (\`bench/.work/floor-md\`, \`floor-mdx\`) on Astro's default settings, one glob()
  collection of trivial entries rendered one page each, built with this project's node_modules.
`;
}
