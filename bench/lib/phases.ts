/**
 * Where a build's time goes, read off its log: Astro stamps every line with the time of day
 * (to the second) and every rendered page with its own milliseconds (`├─ /papers/x/index.html
 * (+3ms)`). Stages are the spans between the lines that start them; rendering is also split by
 * page type, in proportion to the pages' own times: with several pages in flight (the site's
 * `build.concurrency`) each page's time includes the others', so only the shares are meaningful.
 */
import type { BuildPhase } from './results.ts';

const STAMP = /^(\d\d):(\d\d):(\d\d) (.*)$/u;
const PAGE = /^\s*[├└]─ (\S+) \(\+(\d+)ms\)/u;

const RENDERING = 'rendering (search index alongside)';

/** Stages in the order a build runs them, each named by the log line that starts it. */
const STAGES: readonly { readonly name: string; readonly starts: RegExp }[] = [
  { name: 'content sync', starts: /\[content\] Syncing content/u },
  { name: 'types and build info', starts: /\[content\] Synced content/u },
  { name: 'bundling', starts: /\[build\] Building static entrypoints/u },
  { name: RENDERING, starts: /[├└]─ /u },
  // The formulas' stylesheet is written as rendering ends; the search index's last parts follow.
  { name: 'search index after rendering', starts: /\[paper-notes:math-layout\]/u },
  { name: 'sitemap', starts: /\[@astrojs\/sitemap\]/u },
  { name: 'finishing', starts: /\[build\] \d+ page\(s\) built|\[build\] Complete/u },
];

/** The page type of a built file, by the routes in src/lib/routes.ts. */
export function pageType(file: string): string {
  const path = file.replace(/^\/+/u, '');
  if (/^papers\/(page|top)\//u.test(path) || path === 'papers/index.html') return 'paper lists';
  if (path.startsWith('papers/')) return 'paper pages';
  if (/^tags\/[^/]+\/rss\.xml$/u.test(path) || path === 'rss.xml') return 'feeds';
  if (path.startsWith('tags/')) return 'tag pages';
  if (path.startsWith('sources/')) return 'source pages';
  if (/^authors\/(page\/|index\.html)/u.test(path)) return 'author index';
  if (path.startsWith('authors/')) return 'author pages';
  if (/^posts\/(page\/|index\.html)/u.test(path)) return 'post lists';
  if (path.startsWith('posts/')) return 'post pages';
  if (path.startsWith('notes/')) return 'note pages';
  return 'other pages';
}

function seconds(match: RegExpExecArray): number {
  return Number(match[1]) * 3600 + Number(match[2]) * 60 + Number(match[3]);
}

/** Stages by wall time, then rendering by page type; an empty list when the log has no stamps. */
export function readPhases(log: string): BuildPhase[] {
  const starts = new Map<string, number>();
  let last: number | null = null;
  let first: number | null = null;
  const byType = new Map<string, number>();
  for (const line of log.split('\n')) {
    const stamped = STAMP.exec(line);
    const text = stamped?.[4] ?? line;
    const page = PAGE.exec(text);
    if (page) byType.set(pageType(page[1] ?? ''), (byType.get(pageType(page[1] ?? '')) ?? 0) + Number(page[2]));
    if (!stamped) continue;
    let at = seconds(stamped);
    // A build that runs past midnight.
    if (last !== null && at < last) at += 24 * 3600;
    first ??= at;
    last = at;
    // Each stage from the first line that starts it; a later stage's line never restarts an earlier one.
    const stage = STAGES.findIndex((candidate) => candidate.starts.test(text));
    const name = STAGES[stage]?.name;
    if (name !== undefined && !starts.has(name) && STAGES.slice(stage + 1).every((later) => !starts.has(later.name))) starts.set(name, at);
  }
  if (first === null || last === null) return [];
  const found = STAGES.filter((stage) => starts.has(stage.name));
  const phases = found.map((stage, index) => {
    const start = starts.get(stage.name) ?? 0;
    const end = index + 1 < found.length ? (starts.get(found[index + 1]?.name ?? '') ?? last) : last;
    return { name: stage.name, ms: (end - start) * 1000 };
  });
  const rendering = phases.find((phase) => phase.name === RENDERING)?.ms ?? null;
  const pagesMs = [...byType.values()].reduce((sum, ms) => sum + ms, 0);
  const types = [...byType]
    .sort((a, b) => b[1] - a[1])
    .map(([type, ms]) => ({ name: `rendering: ${type}`, ms: rendering === null || pagesMs === 0 ? ms : (rendering * ms) / pagesMs }));
  return [...phases, ...types];
}
