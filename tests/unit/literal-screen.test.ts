import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildCorpus } from '../../src/loader/corpus.ts';
import { readSeedDir } from '../../src/loader/read-seeds.ts';
import { LiteralScreen, requiredStrings } from '../../src/taxonomy/literal-screen.ts';
import { TOPICS } from '../../src/taxonomy/topics.ts';
import { HOSTILE_DIR, SEEDS_DIR } from './support.ts';

const TAXONOMY_PATTERNS = TOPICS.flatMap(({ rules }) => [...rules.terms, ...(rules.ignore ?? []), ...(rules.needs ? [rules.needs] : [])]);

describe('required strings of a pattern', () => {
  it('reads literal runs, alternatives and groups', () => {
    assert.deepEqual(requiredStrings(/\bKV[- ]cache\b/u), null, 'the u flag is not read');
    assert.deepEqual(requiredStrings(/\bKV[- ]cache\b/), ['cache']);
    assert.deepEqual(requiredStrings(/\bKV[- ]cache\b/i), ['cache']);
    assert.deepEqual(requiredStrings(/\bMoE\b|\bmixture[- ]of[- ]experts\b/i), ['moe', 'mixture']);
    assert.deepEqual(requiredStrings(/\b(PPO|GRPO|DPO)\b/), ['PPO', 'GRPO', 'DPO']);
    assert.deepEqual(requiredStrings(/\bmodels?\b/i), ['model']);
    assert.deepEqual(requiredStrings(/(?<!pre-?)\btraining\b/i), ['training']);
  });

  it('requires nothing where a part may be absent or is not literal', () => {
    assert.equal(requiredStrings(/\b(a|)\b/), null);
    assert.equal(requiredStrings(/(abc)?\d+/), null);
    assert.deepEqual(requiredStrings(/\w+ing/), ['ing']);
    assert.equal(requiredStrings(/(?<name>abc)/), null, 'named groups are not read');
    assert.equal(requiredStrings(/(a)\1/), null, 'backreferences are not read');
    assert.equal(requiredStrings(/x{2/), null);
  });

  it('keeps strings ASCII, ending them at other characters', () => {
    assert.deepEqual(requiredStrings(/σύστημα/i), null);
    assert.deepEqual(requiredStrings(/ab양자화cd/), ['ab']);
  });
});

describe('screened tests give exactly what the patterns give', () => {
  const screen = new LiteralScreen(TAXONOMY_PATTERNS);
  const check = (text: string) => {
    const scan = screen.scan(text);
    TAXONOMY_PATTERNS.forEach((pattern, id) => {
      pattern.lastIndex = 0;
      const expected = pattern.test(text);
      assert.equal(screen.test(id, text, scan), expected, `${pattern} on ${JSON.stringify(text.slice(0, 80))}`);
    });
  };

  it('on every paper of the real and hostile seeds, as written, in capitals and in lower case', async () => {
    for (const dir of [SEEDS_DIR, HOSTILE_DIR]) {
      const corpus = buildCorpus(await readSeedDir(dir));
      for (const paper of corpus.papers) {
        const text = [...paper.abstract, ...paper.commentary.en, ...paper.commentary.ko].join('\n');
        check(text);
        check(text.toUpperCase());
        check(text.toLowerCase());
      }
    }
  });

  it('on letters where case folding and lower-casing disagree', () => {
    const texts = ['İNFERENCE and ſparse KV cache', 'ΣΥΣΤΗΜΑ ς σ', 'Kelvin \u212Aernel kernel', 'RL\u0000HF', 'fine\u00ADtuning'];
    for (const text of texts) check(text);
  });

  it('on texts made of the patterns’ own words, cut and joined at random', () => {
    const words = TAXONOMY_PATTERNS.flatMap((pattern) => pattern.source.match(/[A-Za-z][A-Za-z-]+/gu) ?? []);
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let round = 0; round < 400; round += 1) {
      const picked = Array.from({ length: 12 }, () => words[Math.floor(next() * words.length)] ?? '');
      const joined = picked.join(next() < 0.5 ? ' ' : '-');
      check(next() < 0.3 ? joined.toUpperCase() : joined);
    }
  });
});
