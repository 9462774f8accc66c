/** What one benchmark run measured: the shape of bench/results.json and the input of the report and plot. */
import type { FolderSize } from './disk.ts';
import type { PageScore } from './lighthouse-probe.ts';
import type { FloorKind } from './floors.ts';
import type { IndexAlone } from './index-alone.ts';
import type { MeasuredRun } from './measured-run.ts';
import type { PageChanges } from './page-changes.ts';
import type { ByteCount, SearchMeasurement, SearchMode } from './search-probe.ts';

export interface CorpusFacts {
  readonly papers: number;
  readonly posts: number;
  readonly dumps: number;
  readonly dumpBytes: number;
  /** Papers written into two dumps; null for the real seeds. */
  readonly duplicates: number | null;
}

export interface SiteFacts {
  readonly dist: FolderSize;
  readonly pagefind: FolderSize;
}

export interface FloorResult {
  readonly kind: FloorKind;
  readonly pages: number;
  readonly run: MeasuredRun | null;
  /** Set when the floor could not be built or measured. */
  readonly error: string | null;
  /** Set when the floor needed a larger Node heap than the default to build at all. */
  readonly heapNote: string | null;
}

/** Something that went wrong or was left out, in markdown. */
export interface Problem {
  /** True when a figure the run should have measured is missing or wrong; the command then exits 1. */
  readonly failure: boolean;
  readonly text: string;
}

/** The site rebuilt over a full build's output and cache after one more daily dump. */
export interface RebuildResult {
  /** Papers in the added dump. */
  readonly addedPapers: number;
  readonly run: MeasuredRun;
  /** Pages the dump changed, against the full build's (absent in older results, null if the rebuild failed). */
  readonly pages?: PageChanges | null;
}

/** Seconds one stage of a build took, read off the build's log (see phases.ts). */
export interface BuildPhase {
  readonly name: string;
  readonly ms: number;
}

/** Everything measured for one corpus size. */
export interface SizeResult {
  /** `seeds` for the real seeds, else the number of synthetic papers asked for. */
  readonly label: string;
  readonly corpus: CorpusFacts | null;
  readonly build: MeasuredRun | null;
  readonly site: SiteFacts | null;
  readonly search: readonly SearchMeasurement[];
  readonly floors: readonly FloorResult[];
  /** Absent in results written before rebuilds and phases were measured. */
  readonly rebuild?: RebuildResult | null;
  readonly phases?: readonly BuildPhase[];
  /** Absent in results written before Lighthouse was run. */
  readonly lighthouse?: readonly PageScore[];
  /** Pagefind alone over the built site's indexed documents (absent in older results). */
  readonly indexAlone?: IndexAlone | null;
  /** Steps that failed or were skipped, with the reason, in order. */
  readonly problems: readonly Problem[];
  /** One-minute load average when this size started: other work on the machine slows every figure. */
  readonly loadAverage: number;
}

export interface MachineFacts {
  readonly date: string;
  readonly command: string;
  readonly cpu: string;
  readonly cores: number;
  readonly memoryGiB: number;
  readonly os: string;
  readonly node: string;
  readonly astro: string;
  readonly pagefind: string;
  /** Absent in results written before Lighthouse was run. */
  readonly lighthouse?: string;
  readonly chromium: string | null;
  readonly gnuTime: boolean;
  readonly commit: string;
}

export interface BenchRun {
  readonly machine: MachineFacts;
  readonly query: string;
  readonly seed: number;
  readonly sizes: readonly SizeResult[];
}

export const GiB = 1024 ** 3;

/** Peak memory of a run: the /proc group sum when sampled, else GNU time's largest process. */
export function peakBytes(run: MeasuredRun | null): number | null {
  if (!run) return null;
  return run.peakGroupRssBytes ?? run.maxProcessRssBytes;
}

export function floorOf(size: SizeResult, kind: FloorKind): FloorResult | undefined {
  return size.floors.find((floor) => floor.kind === kind);
}

/** Our build time over a floor's, when both builds succeeded. */
export function floorRatio(size: SizeResult, kind: FloorKind): number | null {
  const floor = floorOf(size, kind)?.run;
  if (!size.build?.ok || !floor?.ok) return null;
  return size.build.wallMs / floor.wallMs;
}

/** Pagefind's time alone over the site's documents, over the `.md` floor's build time. */
export function indexAloneRatio(size: SizeResult): number | null {
  const floor = floorOf(size, 'md')?.run;
  if (!size.indexAlone || !floor?.ok) return null;
  return size.indexAlone.ms / floor.wallMs;
}

export function msPerPaper(size: SizeResult): number | null {
  if (!size.build?.ok || !size.corpus || size.corpus.papers === 0) return null;
  return size.build.wallMs / size.corpus.papers;
}

export function searchBy(size: SizeResult, mode: SearchMeasurement['mode']): SearchMeasurement | undefined {
  return size.search.find((measurement) => measurement.mode === mode);
}

/** The ways in that search in the default relevance order, which the bytes target is about. */
const RELEVANCE_MODES: readonly SearchMode[] = ['url', 'typed'];

/** The search files' bytes of the successful measurement of these ways in with the most bytes on the wire. */
function largestSearch(size: SizeResult, modes: readonly SearchMode[]): ByteCount | null {
  let largest: ByteCount | null = null;
  for (const measurement of size.search) {
    if (!measurement.ok || !modes.includes(measurement.mode)) continue;
    const { search } = measurement.downloads;
    if (search.bytes > (largest?.bytes ?? -1)) largest = search;
  }
  return largest;
}

/**
 * The first-search figure the targets use: the search files' bytes of the default-order way in
 * that downloads more on the wire, so neither is flattered. Null when not measured.
 */
export function firstSearch(size: SizeResult): ByteCount | null {
  return largestSearch(size, RELEVANCE_MODES);
}

/** A first search sorted newest first; reported, held against no target. */
export function newestSearch(size: SizeResult): ByteCount | null {
  return largestSearch(size, ['newest']);
}

/** The rebuild's time over the full build's, when both succeeded. */
export function rebuildRatio(size: SizeResult): number | null {
  if (!size.build?.ok || !size.rebuild?.run.ok) return null;
  return size.rebuild.run.wallMs / size.build.wallMs;
}
