/**
 * The topic rules measured on the labelled tables (tests/topics/evaluation.ts; `npm run eval:topics`
 * prints the per-topic figures). Thresholds:
 * - On the researcher's own hashtags, the measure the site aims at: macro precision 0.65 and recall
 *   0.6 (over all expected paper–topic pairs), the targets for papers the rules have never seen; held
 *   to them on the rows read while writing the rules and on the held-out rows.
 * - The hand-labelled seed table allows topics a paper merely touches, so it is held higher: 0.8.
 * Every paper gets at most three topics.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { evaluate, researcherTable, seedTable, type LabelledPaper } from '../topics/evaluation.ts';

const seeds = await seedTable();
const researcher = researcherTable();

function check(name: string, papers: readonly LabelledPaper[], precision: number, recall: number) {
  it(`${name}: macro precision ≥ ${precision}, recall ≥ ${recall}, at most three topics each`, () => {
    assert.ok(papers.length >= 25, `${name} has ${papers.length} papers`);
    const result = evaluate(papers);
    assert.ok(result.macroPrecision >= precision, `macro precision ${result.macroPrecision.toFixed(3)}`);
    assert.ok(result.microRecall >= recall, `recall ${result.microRecall.toFixed(3)}`);
    assert.equal(
      result.topicCounts.slice(4).reduce((sum, count) => sum + count, 0),
      0,
    );
  });
}

describe('topics on labelled real papers', () => {
  check(
    'seed papers, rule-writing rows',
    seeds.filter((paper) => !paper.heldOut),
    0.8,
    0.75,
  );
  check(
    'seed papers, held-out rows',
    seeds.filter((paper) => paper.heldOut),
    0.8,
    0.8,
  );
  check(
    'researcher hashtags, rule-writing rows',
    researcher.filter((paper) => !paper.heldOut),
    0.65,
    0.6,
  );
  check(
    'researcher hashtags, held-out rows',
    researcher.filter((paper) => paper.heldOut),
    0.65,
    0.6,
  );
  check(
    'researcher hashtags, last held-out rows',
    researcher.filter((paper) => paper.split === 'held-out-2'),
    0.65,
    0.6,
  );

  it('labels every seed paper once, and reads every researcher row’s hashtags', () => {
    assert.equal(seeds.length, new Set(seeds.map((paper) => paper.id)).size);
    assert.equal(seeds.length, 325);
    assert.ok(researcher.length >= 100);
    assert.ok(researcher.filter((paper) => paper.expected.size === 0).length < researcher.length / 5, 'most hashtags name topics');
  });
});
