/**
 * Fuzzing: the real seeds, damaged thousands of times in deterministic ways, must each either parse
 * with every entry mapped to a record and every word kept, or be rejected with the loader's own
 * `file:line: …` errors. Never another exception, never a hang: each case runs in a worker thread
 * that is stopped when one case takes longer than CASE_LIMIT_MS.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Worker } from 'node:worker_threads';
import { MUTATIONS, PATHOLOGICAL_LINES } from './fuzz/mutations.ts';
import { HARMLESS, MIXED, PATHOLOGICAL, type FuzzJob, type FuzzMessage } from './fuzz/protocol.ts';

/** Cases per kind of random damage; with the pathological lines, about 2,400 cases in all. */
const CASES = 200;
/** Far above the slowest legitimate case (a 100k-character line in the largest dump, about 0.2 s). */
const CASE_LIMIT_MS = 5_000;

interface Report {
  parsed: number;
  rejected: number;
  slowestMs: number;
  failures: { label: string; problem: string }[];
}

function fuzz(job: FuzzJob): Promise<Report> {
  const report: Report = { parsed: 0, rejected: 0, slowestMs: 0, failures: [] };
  const worker = new Worker(new URL('./fuzz/worker.ts', import.meta.url), { workerData: job });
  return new Promise((resolve, reject) => {
    let running: { label: string; since: number } | null = null;
    const watchdog = setInterval(() => {
      if (running && performance.now() - running.since > CASE_LIMIT_MS) {
        report.failures.push({ label: running.label, problem: `still running after ${CASE_LIMIT_MS} ms` });
        clearInterval(watchdog);
        void worker.terminate().then(() => {
          resolve(report);
        });
      }
    }, 250);
    worker.on('message', (message: FuzzMessage) => {
      if (message.type === 'start') running = { label: message.label, since: performance.now() };
      else if (message.type === 'failure') report.failures.push({ label: message.label, problem: message.problem });
      else if (message.type === 'done') {
        running = null;
        report[message.outcome] += 1;
        report.slowestMs = Math.max(report.slowestMs, message.ms);
      } else {
        clearInterval(watchdog);
        void worker.terminate().then(() => {
          resolve(report);
        });
      }
    });
    worker.on('error', (error) => {
      clearInterval(watchdog);
      reject(error instanceof Error ? error : new Error(String(error)));
    });
  });
}

describe('fuzzing the loader with damaged real seeds', () => {
  const totals = { parsed: 0, rejected: 0 };
  const jobs: FuzzJob[] = [
    ...[...Object.keys(MUTATIONS), MIXED, HARMLESS].map((kind) => ({ kind, cases: CASES })),
    { kind: PATHOLOGICAL, cases: PATHOLOGICAL_LINES.length },
  ];

  for (const job of jobs) {
    it(`${job.kind}: ${job.cases} cases parse completely or fail with file:line errors`, async (t) => {
      const report = await fuzz(job);
      t.diagnostic(`${report.parsed} parsed, ${report.rejected} rejected, slowest case ${Math.round(report.slowestMs)} ms`);
      assert.deepEqual(report.failures.slice(0, 5), []);
      assert.equal(report.parsed + report.rejected, job.cases);
      if (job.kind === HARMLESS) assert.equal(report.parsed, job.cases);
      totals.parsed += report.parsed;
      totals.rejected += report.rejected;
    });
  }

  it('sees both outcomes, so neither side goes untested', () => {
    assert.ok(totals.parsed > 500 && totals.rejected > 500, `${totals.parsed} parsed, ${totals.rejected} rejected`);
  });
});
