/**
 * Tags and dumps get URL segments of their own (src/lib/segments.ts): a clean name is kept, any other is
 * reduced and hashed. So `#RL` (`rl-d980bc0c`) and `#rl-d980bc0c`, or `A.txt` and `a-559aead0.txt`, can
 * ask for the same page, and one would silently replace the other. Checked here so the clash is
 * reported at the seed's file and line.
 */
import type { Source } from '../schemas/index.ts';
import { urlSegment } from '../lib/segments.ts';
import { compareCodeUnits, quoted, SeedError, type Problems } from './errors.ts';

interface Place {
  readonly file: string;
  readonly line: number | null;
}

/** The first place (in file and line order) each name is used. */
function firstPlaces(uses: readonly { name: string; place: Place }[]): Map<string, Place> {
  const places = new Map<string, Place>();
  for (const { name, place } of uses) {
    const known = places.get(name);
    const earlier = known && (compareCodeUnits(known.file, place.file) || (known.line ?? 0) - (place.line ?? 0)) <= 0;
    if (!earlier) places.set(name, place);
  }
  return places;
}

function where(place: Place): string {
  return place.line === null ? place.file : `${place.file}:${place.line}`;
}

/** Reports every name whose segment an earlier-sorting name already has; `describe` words the name for the message. */
function reportClashes(places: Map<string, Place>, describe: (name: string) => string, problems: Problems): void {
  const bySegment = new Map<string, string[]>();
  for (const name of places.keys()) {
    const segment = urlSegment(name);
    bySegment.set(segment, [...(bySegment.get(segment) ?? []), name]);
  }
  for (const [segment, names] of bySegment) {
    const [kept, ...others] = [...names].sort(compareCodeUnits);
    if (kept === undefined) continue;
    for (const other of others) {
      const place = places.get(other) as Place;
      problems.add(
        new SeedError(
          place.file,
          place.line,
          `${describe(other)} would have the URL segment \`${segment}\` that ${describe(kept)} (${where(places.get(kept) as Place)}) ` +
            'already has; rename one',
        ),
      );
    }
  }
}

/** A tag as one entry uses it, at the entry's line. */
export interface TagUse {
  readonly name: string;
  readonly place: Place;
}

export function checkSegments(tagUses: readonly TagUse[], sources: readonly Source[], problems: Problems): void {
  reportClashes(firstPlaces(tagUses), (name) => `the tag ${quoted(name)}`, problems);
  const sourceUses = sources.map((source) => ({ name: source.id, place: { file: source.file, line: null } }));
  reportClashes(firstPlaces(sourceUses), (name) => `the dump ${quoted(name)}`, problems);
}
