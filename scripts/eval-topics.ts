/**
 * Prints how well the topic rules do on the labelled tables (see tests/topics/evaluation.ts):
 * per topic precision and recall, the macro figures, and how many topics papers get.
 * `--mistakes` also lists the papers of the rule-writing rows that got a wrong or missing topic.
 */
import { evaluate, researcherTable, seedTable, type Evaluation, type LabelledPaper } from '../tests/topics/evaluation.ts';

const percent = (value: number | null): string => (value === null ? '   –' : `${Math.round(value * 100)}%`.padStart(4));

function report(name: string, papers: readonly LabelledPaper[]): Evaluation {
  const result = evaluate(papers);
  console.log(`\n## ${name}: ${result.papers} papers`);
  console.log(`${'topic'.padEnd(24)} prec  rec   tp  fp  fn`);
  for (const topic of result.topics) {
    if (topic.truePositives + topic.falsePositives + topic.falseNegatives === 0) continue;
    const counts = [topic.truePositives, topic.falsePositives, topic.falseNegatives].map((count) => String(count).padStart(3)).join(' ');
    console.log(`${topic.tag.padEnd(24)} ${percent(topic.precision)} ${percent(topic.recall)} ${counts}`);
  }
  console.log(
    `macro precision ${percent(result.macroPrecision)}, macro recall ${percent(result.macroRecall)}, micro recall ${percent(result.microRecall)}`,
  );
  console.log(`papers with 0, 1, 2, 3 topics: ${result.topicCounts.join(', ')}`);
  return result;
}

const showMistakes = process.argv.includes('--mistakes');
const seeds = await seedTable();
const researcher = researcherTable();
const tables: [string, LabelledPaper[]][] = [
  ['Seed papers, rule-writing rows', seeds.filter((paper) => !paper.heldOut)],
  ['Seed papers, held-out rows', seeds.filter((paper) => paper.heldOut)],
  ['Seed papers, all', seeds],
  ['Researcher hashtags, rule-writing rows', researcher.filter((paper) => paper.split === 'rules')],
  ['Researcher hashtags, held-out rows 1', researcher.filter((paper) => paper.split === 'held-out-1')],
  ['Researcher hashtags, held-out rows 2', researcher.filter((paper) => paper.split === 'held-out-2')],
  ['Researcher hashtags, all', researcher],
];
for (const [name, papers] of tables) {
  if (papers.length === 0) continue;
  const result = report(name, papers);
  if (!showMistakes || !name.includes('rule-writing')) continue;
  for (const { paper, got } of result.mistakes) {
    console.log(
      `  ${paper.title.slice(0, 90)}\n    got [${got.join(' ')}] expected [${[...paper.expected].join(' ')}] allowed [${[...paper.allowed].join(' ')}]`,
    );
  }
}
