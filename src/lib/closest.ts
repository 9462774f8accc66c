/**
 * The known titles closest to a title that matched nothing, for error messages. Similarity is
 * the Dice coefficient of character pairs of the normalised titles, which is kind to typos,
 * missing words and changed word order alike.
 */
import { titleKey } from '../loader/slugs.ts';

function pairs(text: string): Map<string, number> {
  const chars = Array.from(text);
  const counts = new Map<string, number>();
  for (let i = 0; i + 1 < chars.length; i += 1) {
    const pair = `${chars[i]}${chars[i + 1]}`;
    counts.set(pair, (counts.get(pair) ?? 0) + 1);
  }
  return counts;
}

function dice(a: Map<string, number>, b: Map<string, number>): number {
  let shared = 0;
  let total = 0;
  for (const count of a.values()) total += count;
  for (const count of b.values()) total += count;
  for (const [pair, count] of a) shared += Math.min(count, b.get(pair) ?? 0);
  return total === 0 ? 0 : (2 * shared) / total;
}

export function closestTitles(wanted: string, titles: readonly string[], count = 3): string[] {
  const target = pairs(titleKey(wanted));
  return titles
    .map((title) => ({ title, score: dice(target, pairs(titleKey(title))) }))
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score || (a.title < b.title ? -1 : 1))
    .slice(0, count)
    .map(({ title }) => title);
}
