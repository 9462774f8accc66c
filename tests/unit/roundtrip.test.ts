/**
 * The round trip: random records written into each of the four layouts, thousands of times, must come
 * back from the loader field for field, each at the line it was written on. Text the layouts cannot
 * read unambiguously must be rejected with the loader's own `file:line` errors, never read as a guess.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildCorpus, parseDump } from '../../src/loader/corpus.ts';
import { SeedError, SeedErrors } from '../../src/loader/errors.ts';
import { seededRandom, seedOf, type Random } from './fuzz/mutations.ts';
import { ROUGH, writeBlog, writeDaily, writeDigest, writeList, type Written } from './roundtrip/layouts.ts';

const WRITERS: Record<string, { cases: number; write: (random: Random) => Written }> = {
  'bilingual notes digest': { cases: 1500, write: writeDigest },
  'Hugging Face daily page': { cases: 1500, write: writeDaily },
  'Hugging Face paper list': { cases: 1000, write: writeList },
  'blog tag page': { cases: 1000, write: writeBlog },
};
const ROUGH_CASES = 150;
const FILE = 'written.txt';

/** What went wrong with a rejection, or null when it is SeedErrors of located `file:line` errors inside the file. */
function badRejection(error: unknown, text: string): string | null {
  if (!(error instanceof SeedErrors)) return `threw ${String(error)}`;
  const lastLine = Math.max(1, text.split('\n').length);
  for (const each of error.problems) {
    if (!(each instanceof SeedError) || each.file !== FILE) return `not a SeedError of ${FILE}: ${String(each)}`;
    if (each.line === null || each.line < 1 || each.line > lastLine) return `line out of range: ${each.message}`;
  }
  return error.problems.length > 0 ? null : 'no problems listed';
}

describe('round trip: records written in each layout come back exactly', () => {
  for (const [layout, { cases, write }] of Object.entries(WRITERS)) {
    it(`${layout}: ${cases} random dumps parse to exactly the records written`, () => {
      let entries = 0;
      for (let index = 0; index < cases; index += 1) {
        const caseSeed = (seedOf(layout) + index) >>> 0;
        const written = write(seededRandom(caseSeed));
        let parsed;
        try {
          parsed = parseDump({ file: FILE, text: written.text });
        } catch (error) {
          assert.fail(`${layout} case ${index} (seed ${caseSeed}) was rejected: ${String(error)}\n${written.text}`);
        }
        assert.deepEqual(parsed.entries, written.entries, `${layout} case ${index} (seed ${caseSeed})\n${written.text}`);
        // Merging, slugs and schemas accept what the layout accepts.
        assert.doesNotThrow(() => buildCorpus([{ file: FILE, text: written.text }]), `${layout} case ${index} (seed ${caseSeed})`);
        entries += parsed.entries.length;
      }
      assert.ok(entries >= cases, `${entries} entries`);
    });
  }
});

describe('round trip: text no layout can read without guessing is rejected at its line', () => {
  for (const [kind, damage] of Object.entries(ROUGH)) {
    it(`${kind}: ${ROUGH_CASES} cases, each rejected with file:line errors`, () => {
      for (let index = 0; index < ROUGH_CASES; index += 1) {
        const caseSeed = (seedOf(kind) + index) >>> 0;
        const text = damage(seededRandom(caseSeed));
        let problem: string | null = 'was read without an error';
        try {
          buildCorpus([{ file: FILE, text }]);
        } catch (error) {
          problem = badRejection(error, text);
        }
        assert.equal(problem, null, `${kind} case ${index} (seed ${caseSeed})\n${text}`);
      }
    });
  }
});
