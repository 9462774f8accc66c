/**
 * Papers per topic over time, for the chart on the home page. Only papers with a full date can be
 * placed; the rest are counted so the chart can say how many it leaves out. Periods are months
 * when the dated papers span two years or less, quarters up to eight years, and years beyond,
 * so the chart never has more than 24 columns; a narrow screen asks for years.
 */
import type { Paper } from '../schemas/index.ts';
import { formatMonth } from './dates.ts';

export interface TimelineSeries {
  readonly topic: string;
  /** Papers in each period, in period order. */
  readonly counts: readonly number[];
  readonly total: number;
}

export interface Timeline {
  readonly unit: 'month' | 'quarter' | 'year';
  /** Names of the periods, oldest first: `Feb 2025`, `Q1 2025` or `2025`. */
  readonly periods: readonly string[];
  /** The most frequent topics, most papers first. */
  readonly series: readonly TimelineSeries[];
  /** Papers with a full date. */
  readonly dated: number;
  /** Papers left out: no year, or no date at all. */
  readonly undated: number;
  /** Largest count of any topic in any period. */
  readonly max: number;
}

const MAX_PERIODS = 24;

/**
 * A chart of a few dated papers among many undated ones would describe the few, not the notes: it is
 * drawn only when at least this share of the papers can be placed on it.
 */
export const MIN_DATED_SHARE = 0.5;

export type TimelineUnit = Timeline['unit'];

function monthIndex(year: number, month: number): number {
  return year * 12 + (month - 1);
}

/** The unit that keeps the dated papers' span within MAX_PERIODS columns. */
function fittingUnit(span: number): TimelineUnit {
  return span <= MAX_PERIODS ? 'month' : span <= MAX_PERIODS * 3 ? 'quarter' : 'year';
}

/** Papers per period of the most frequent topics; `unit` overrides the period that fits the span. */
export function topicTimeline(papers: readonly Paper[], topicsShown: number, unit?: TimelineUnit): Timeline {
  const dated = papers.filter((paper) => paper.date?.year != null);
  const months = dated.map((paper) => monthIndex(paper.date?.year ?? 0, paper.date?.month ?? 1));
  const first = Math.min(...months);
  const last = Math.max(...months);
  const span = months.length === 0 ? 0 : last - first + 1;
  unit ??= fittingUnit(span);
  const size = unit === 'month' ? 1 : unit === 'quarter' ? 3 : 12;
  // Periods start on calendar boundaries: quarters in Jan, Apr, Jul, Oct; years in January.
  const start = months.length === 0 ? 0 : first - (first % size);
  const periodOf = (index: number) => Math.floor((index - start) / size);
  const periodCount = months.length === 0 ? 0 : periodOf(last) + 1;
  const periods = Array.from({ length: periodCount }, (_, period) => {
    const index = start + period * size;
    const [year, month] = [Math.floor(index / 12), (index % 12) + 1];
    return unit === 'month' ? formatMonth(year, month) : unit === 'quarter' ? `Q${Math.floor((month - 1) / 3) + 1} ${year}` : String(year);
  });

  const byTopic = new Map<string, number[]>();
  dated.forEach((paper, at) => {
    const period = periodOf(months[at] ?? start);
    for (const topic of paper.topics) {
      let counts = byTopic.get(topic);
      if (!counts) byTopic.set(topic, (counts = Array.from({ length: periodCount }, () => 0)));
      counts[period] = (counts[period] ?? 0) + 1;
    }
  });
  const series = [...byTopic]
    .map(([topic, counts]) => ({ topic, counts, total: counts.reduce((sum, count) => sum + count, 0) }))
    .sort((a, b) => b.total - a.total || (a.topic < b.topic ? -1 : 1))
    .slice(0, topicsShown);
  const max = Math.max(0, ...series.flatMap((each) => each.counts));
  return { unit, periods, series, dated: dated.length, undated: papers.length - dated.length, max };
}

/** Whether a timeline says something about the notes as a whole: enough dated papers, over more than one period. */
export function isChartable(timeline: Timeline): boolean {
  const total = timeline.dated + timeline.undated;
  return timeline.series.length > 0 && timeline.periods.length > 1 && total > 0 && timeline.dated >= MIN_DATED_SHARE * total;
}
