/**
 * Runs a command with a time limit and measures its wall time and memory.
 *
 * Memory is measured two ways, because neither alone answers "does it fit in 8 GiB":
 * - GNU `/usr/bin/time -v` (when installed) reports the largest resident set of any single
 *   process in the tree (getrusage's ru_maxrss over waited-for children);
 * - sampling /proc every 200 ms sums the resident sets of every process in the command's
 *   process group, so helpers such as Pagefind's indexer count too. Samples can miss a
 *   short spike, and shared pages count once per process.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { open, readdir, readFile, rm } from 'node:fs/promises';

const GNU_TIME = '/usr/bin/time';
const SAMPLE_EVERY_MS = 200;
const PAGE_BYTES = 4096;
/** After SIGTERM, a process group gets this long before SIGKILL. */
const KILL_GRACE_MS = 10_000;

export interface MeasuredRun {
  readonly ok: boolean;
  readonly exitCode: number | null;
  readonly signal: string | null;
  readonly timedOut: boolean;
  readonly wallMs: number;
  /** Largest single process, from GNU time; null when GNU time is not installed. */
  readonly maxProcessRssBytes: number | null;
  /** Largest sum over the process group, from /proc samples; null when /proc is not readable. */
  readonly peakGroupRssBytes: number | null;
  readonly logFile: string;
  /** The last lines of output, to show why a run failed. */
  readonly tail: string;
}

export interface RunOptions {
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  readonly timeoutMs: number;
  /** stdout and stderr go here. */
  readonly logFile: string;
}

/** Process groups still running, killed if the benchmark itself is interrupted. */
const running = new Set<number>();

function killGroup(pgid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pgid, signal);
  } catch {
    // The group has already exited.
  }
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    for (const pgid of running) killGroup(pgid, 'SIGKILL');
    process.exit(130);
  });
}

/** Sum of resident memory of every process whose process group is `pgid`. */
async function groupRssBytes(pgid: number): Promise<number | null> {
  let names: string[];
  try {
    names = await readdir('/proc');
  } catch {
    return null;
  }
  let total = 0;
  await Promise.all(
    names
      .filter((name) => /^\d+$/u.test(name))
      .map(async (name) => {
        try {
          const stat = await readFile(`/proc/${name}/stat`, 'utf8');
          // Fields after the parenthesised command name: state, ppid, pgrp, …, rss is the 22nd.
          const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
          if (Number(fields[2]) === pgid) total += Number(fields[21] ?? 0) * PAGE_BYTES;
        } catch {
          // The process ended between readdir and readFile.
        }
      }),
  );
  return total;
}

function parseGnuTime(report: string): number | null {
  const kib = /Maximum resident set size \(kbytes\):\s*(\d+)/u.exec(report)?.[1];
  return kib === undefined ? null : Number(kib) * 1024;
}

async function tailOf(file: string, lines = 40): Promise<string> {
  try {
    return (await readFile(file, 'utf8')).trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

export async function runMeasured(command: readonly string[], options: RunOptions): Promise<MeasuredRun> {
  const useGnuTime = existsSync(GNU_TIME);
  const timeReport = `${options.logFile}.time`;
  const argv = useGnuTime ? [GNU_TIME, '-v', '-o', timeReport, ...command] : [...command];
  const log = await open(options.logFile, 'w');
  const started = performance.now();
  // Its own process group, so the whole tree can be measured and, on timeout, stopped.
  const child = spawn(argv[0] as string, argv.slice(1), {
    cwd: options.cwd,
    env: options.env,
    detached: true,
    stdio: ['ignore', log.fd, log.fd],
  });
  const pgid = child.pid;
  if (pgid === undefined) {
    await log.close();
    throw new Error(`could not start ${argv.join(' ')}`);
  }
  running.add(pgid);

  let peakGroup: number | null = null;
  const sampler = setInterval(() => {
    void groupRssBytes(pgid).then((bytes) => {
      if (bytes !== null) peakGroup = Math.max(peakGroup ?? 0, bytes);
    });
  }, SAMPLE_EVERY_MS);

  let timedOut = false as boolean; // set by the timer below, which TypeScript cannot see
  let killer: NodeJS.Timeout | undefined;
  const limit = setTimeout(() => {
    timedOut = true;
    killGroup(pgid, 'SIGTERM');
    killer = setTimeout(() => {
      killGroup(pgid, 'SIGKILL');
    }, KILL_GRACE_MS);
  }, options.timeoutMs);

  const [exitCode, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => {
    child.on('exit', (code, sig) => {
      resolve([code, sig]);
    });
  });
  const wallMs = performance.now() - started;
  clearInterval(sampler);
  clearTimeout(limit);
  if (killer) clearTimeout(killer);
  // Children the command left behind must not outlive the measurement.
  killGroup(pgid, 'SIGKILL');
  running.delete(pgid);
  await log.close();

  let maxProcess: number | null = null;
  if (useGnuTime) {
    maxProcess = parseGnuTime(await readFile(timeReport, 'utf8').catch(() => ''));
    await rm(timeReport, { force: true });
  }
  // GNU time exits with its child's status; a child killed by a signal shows as "Command terminated by signal".
  const ok = !timedOut && exitCode === 0 && signal === null;
  return {
    ok,
    exitCode,
    signal,
    timedOut,
    wallMs,
    maxProcessRssBytes: maxProcess,
    peakGroupRssBytes: peakGroup,
    logFile: options.logFile,
    tail: ok ? '' : await tailOf(options.logFile),
  };
}
