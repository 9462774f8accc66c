/**
 * bench/plot.svg: build time and first-search bytes against the number of papers, as a plain SVG
 * with no charting dependency. The x axis is logarithmic because sizes grow by factors.
 */
import { firstSearch, floorOf, type BenchRun } from './results.ts';
import { TARGETS } from './report.ts';

interface Series {
  readonly name: string;
  readonly color: string;
  readonly dashed?: boolean;
  readonly points: readonly (readonly [number, number])[];
}

interface Panel {
  readonly title: string;
  readonly yLabel: string;
  readonly series: readonly Series[];
  /** Horizontal reference lines, e.g. a target. */
  readonly rules: readonly { readonly y: number; readonly label: string }[];
}

const WIDTH = 480;
const HEIGHT = 340;
const MARGIN = { left: 64, right: 24, top: 36, bottom: 84 };

const escapeXml = (text: string) => text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');

/** Round tick steps (1, 2 or 5 times a power of ten) giving about five ticks, the last at or above `max`. */
function ticks(max: number): number[] {
  const rough = max / 5;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((factor) => factor * power).find((candidate) => candidate >= rough) ?? rough;
  return Array.from({ length: Math.ceil(max / step) + 1 }, (_, index) => index * step);
}

function panelSvg(panel: Panel, offsetX: number): string {
  const points = panel.series.flatMap((series) => series.points);
  const xs = points.map(([x]) => x);
  // Half a factor of three of room on each side, so no point sits on the frame.
  const logMin = Math.log10(Math.min(...xs, 1000) / 1.7);
  const logMax = Math.log10(Math.max(...xs, 1000) * 1.7);
  const xTicks = [1, 3, 10, 30, 100, 300, 1_000, 3_000, 10_000, 30_000, 100_000, 300_000, 1_000_000].filter(
    (x) => Math.log10(x) >= logMin && Math.log10(x) <= logMax,
  );
  const yTicks = ticks(Math.max(...points.map(([, y]) => y), ...panel.rules.map((rule) => rule.y), 1) * 1.05);
  const maxY = yTicks.at(-1) ?? 1;
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const sx = (x: number) => offsetX + MARGIN.left + ((Math.log10(x) - logMin) / (logMax - logMin || 1)) * plotWidth;
  const sy = (y: number) => MARGIN.top + plotHeight - (y / maxY) * plotHeight;
  const parts: string[] = [];
  parts.push(`<text x="${offsetX + WIDTH / 2}" y="20" text-anchor="middle" font-weight="bold">${escapeXml(panel.title)}</text>`);
  for (const y of yTicks) {
    parts.push(`<line x1="${sx(10 ** logMin)}" x2="${sx(10 ** logMax)}" y1="${sy(y)}" y2="${sy(y)}" stroke="#e5e5e5"/>`);
    parts.push(`<text x="${sx(10 ** logMin) - 6}" y="${sy(y) + 4}" text-anchor="end">${y}</text>`);
  }
  for (const x of xTicks) {
    parts.push(`<line x1="${sx(x)}" x2="${sx(x)}" y1="${sy(0)}" y2="${sy(0) + 5}" stroke="#333"/>`);
    parts.push(`<text x="${sx(x)}" y="${sy(0) + 18}" text-anchor="middle">${x.toLocaleString('en')}</text>`);
  }
  parts.push(`<line x1="${sx(10 ** logMin)}" x2="${sx(10 ** logMax)}" y1="${sy(0)}" y2="${sy(0)}" stroke="#333"/>`);
  parts.push(`<text x="${offsetX + MARGIN.left + plotWidth / 2}" y="${sy(0) + 36}" text-anchor="middle">papers (log scale)</text>`);
  parts.push(
    `<text transform="translate(${offsetX + 16} ${MARGIN.top + plotHeight / 2}) rotate(-90)" text-anchor="middle">${escapeXml(panel.yLabel)}</text>`,
  );
  for (const rule of panel.rules) {
    parts.push(
      `<line x1="${sx(10 ** logMin)}" x2="${sx(10 ** logMax)}" y1="${sy(rule.y)}" y2="${sy(rule.y)}" stroke="#c00" stroke-dasharray="6 4"/>`,
    );
    parts.push(`<text x="${sx(10 ** logMin) + 4}" y="${sy(rule.y) - 5}" fill="#c00">${escapeXml(rule.label)}</text>`);
  }
  panel.series.forEach((series, index) => {
    const sorted = [...series.points].sort(([a], [b]) => a - b);
    if (sorted.length > 1) {
      const path = sorted.map(([x, y]) => `${sx(x).toFixed(1)},${sy(y).toFixed(1)}`).join(' ');
      parts.push(
        `<polyline points="${path}" fill="none" stroke="${series.color}" stroke-width="2"${series.dashed ? ' stroke-dasharray="4 3"' : ''}/>`,
      );
    }
    for (const [x, y] of sorted) parts.push(`<circle cx="${sx(x).toFixed(1)}" cy="${sy(y).toFixed(1)}" r="3.5" fill="${series.color}"/>`);
    const legendY = HEIGHT - 30 + Math.floor(index / 2) * 16;
    const legendX = offsetX + MARGIN.left + (index % 2) * 190;
    parts.push(
      `<line x1="${legendX}" x2="${legendX + 18}" y1="${legendY - 4}" y2="${legendY - 4}" stroke="${series.color}" stroke-width="2"${series.dashed ? ' stroke-dasharray="4 3"' : ''}/>`,
    );
    parts.push(`<text x="${legendX + 24}" y="${legendY}">${escapeXml(series.name)}</text>`);
  });
  return parts.join('\n');
}

export function renderPlot(run: BenchRun): string {
  const measured = run.sizes.filter((size) => size.corpus && size.corpus.papers > 0);
  const at = (pick: (size: (typeof measured)[number]) => number | null): [number, number][] =>
    measured.flatMap((size) => {
      const value = pick(size);
      return value === null || !size.corpus ? [] : [[size.corpus.papers, value] as [number, number]];
    });
  const wall = (run: { ok: boolean; wallMs: number } | null | undefined) => (run?.ok ? run.wallMs / 1000 : null);
  const build: Panel = {
    title: 'Full build wall time',
    yLabel: 'seconds',
    series: [
      { name: 'this site', color: '#1f6feb', points: at((size) => wall(size.build)) },
      { name: '.md floor (same pages)', color: '#2da44e', dashed: true, points: at((size) => wall(floorOf(size, 'md')?.run)) },
      { name: '.mdx floor (same pages)', color: '#bf8700', dashed: true, points: at((size) => wall(floorOf(size, 'mdx')?.run)) },
      {
        name: `${TARGETS.mdRatio}× .md floor (target)`,
        color: '#c00',
        dashed: true,
        points: at((size) => {
          const floor = wall(floorOf(size, 'md')?.run);
          return floor === null ? null : floor * TARGETS.mdRatio;
        }),
      },
      { name: 'rebuild after one more dump', color: '#8250df', points: at((size) => wall(size.rebuild?.run)) },
    ],
    rules: [],
  };
  const kb = (bytes: number | null | undefined) => (bytes === null || bytes === undefined ? null : bytes / 1000);
  const search: Panel = {
    title: 'Bytes a first search downloads',
    yLabel: 'KB of search files',
    series: [
      { name: `wire, query "${run.query}"`, color: '#1f6feb', points: at((size) => kb(firstSearch(size)?.bytes)) },
      { name: 'uncompressed (on disk)', color: '#8250df', dashed: true, points: at((size) => kb(firstSearch(size)?.fileBytes)) },
    ],
    rules: [{ y: TARGETS.searchBytes / 1000, label: `target < ${TARGETS.searchBytes / 1000} KB on the wire` }],
  };
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH * 2}" height="${HEIGHT}" viewBox="0 0 ${WIDTH * 2} ${HEIGHT}" font-family="sans-serif" font-size="12">
<rect width="100%" height="100%" fill="#fff"/>
${panelSvg(build, 0)}
${panelSvg(search, WIDTH)}
</svg>
`;
}
