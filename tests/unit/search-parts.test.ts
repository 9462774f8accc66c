/**
 * How the search index is cut into parts (src/integrations/search-parts.ts): every page in one part,
 * parts within their bounds, and new papers changing only the part they land in, wherever they
 * sort, so that a rebuild can keep the other parts.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { partBounds, planParts, type PlannedPart } from '../../src/integrations/search-parts.ts';

const SIZE = 60;
const papers = (prefix: string, count: number) => Array.from({ length: count }, (_, at) => `papers/${prefix}-${at}/`);
const EXTRA = ['posts/a-post/', 'notes/a-note/'];
/**
 * For the tests of what new papers change: parts of 400 papers and a handful of new ones, in the
 * proportions of the site's own (8,000 papers a part, a day of 50 papers). A cut moves only if a cut
 * mark falls among the papers it is pushed by, so a far larger handful could move the cuts after it.
 */
const BIG = 400;
const OLD = papers('old', 20_000);
const NEW = 5;

/** Each part's pages as one string, to compare parts of two plans. */
const partKeys = (plan: readonly PlannedPart[]) => plan.map((part) => part.paths.join(' '));

describe('search parts', () => {
  it('put every page in exactly one part, in the given order, with the notes and posts in the first', () => {
    const paths = [...EXTRA, ...papers('p', 1000)];
    const plan = planParts(paths, SIZE);
    assert.deepEqual(
      plan.flatMap((part) => part.paths.filter((path) => path.startsWith('papers/'))),
      paths.filter((path) => path.startsWith('papers/')),
    );
    assert.deepEqual(plan[0]?.paths.slice(0, 2), EXTRA);
    assert.deepEqual(
      plan.map((part) => part.firstSearch),
      plan.map((_, index) => index === 0),
    );
  });

  it('keep older parts within their bounds, and a first part of at least one part’s worth', () => {
    const { least, most } = partBounds(SIZE);
    for (const count of [1, SIZE - 1, SIZE, 2 * SIZE, 1000, 5000]) {
      const plan = planParts(papers(`n${count}`, count), SIZE);
      const [first, ...older] = plan.map((part) => part.paths.length);
      assert.ok((first ?? 0) >= Math.min(count, SIZE), `first part of ${first} at ${count} papers`);
      assert.ok((first ?? 0) < SIZE + most, `first part of ${first} at ${count} papers`);
      for (const length of older) assert.ok(length >= least && length <= most, `older part of ${length} at ${count} papers`);
    }
    const many = planParts(papers('mean', 60 * SIZE), SIZE).slice(1);
    const mean = many.reduce((sum, part) => sum + part.paths.length, 0) / many.length;
    assert.ok(mean > 0.8 * SIZE && mean < 1.2 * SIZE, `older parts of ${mean.toFixed(1)} papers on average`);
  });

  const before = partKeys(planParts(OLD, BIG));
  const kept = (after: readonly string[]) => after.filter((part) => before.includes(part)).length;

  it('change only the first part when newer papers come', () => {
    const after = partKeys(planParts([...papers('new', NEW), ...OLD], BIG));
    assert.ok(before.length > 40);
    assert.deepEqual(after.slice(1), before.slice(1));
    assert.notEqual(after[0], before[0]);
  });

  it('change only the oldest parts when papers come at the oldest end, as yearless dates sort', () => {
    const after = partKeys(planParts([...OLD, ...papers('yearless', NEW)], BIG));
    // The part they join, and at most one more that its new cut pushes over.
    assert.ok(kept(after) >= before.length - 2, `${kept(after)} of ${before.length} parts kept`);
    assert.deepEqual(after.slice(0, before.length - 2), before.slice(0, before.length - 2));
  });

  it('change only the parts around papers that come in the middle', () => {
    const after = partKeys(planParts([...OLD.slice(0, 10_000), ...papers('middle', NEW), ...OLD.slice(10_000)], BIG));
    assert.ok(kept(after) >= before.length - 2, `${kept(after)} of ${before.length} parts kept`);
  });
});
