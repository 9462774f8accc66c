import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { buildCorpus, parseDump, type Corpus, type Dump } from '../../src/loader/corpus.ts';
import { readSeedDir } from '../../src/loader/read-seeds.ts';
import { EDGE_PAPERS, HAZARD, HAZARDS, HOSTILE_PAPERS, HOSTILE_POSTS } from '../fixtures/hostile-strings.ts';
import { assertEveryEntryMapped, assertTextKept, HOSTILE_DIR, realDumps } from './support.ts';

/** A title for a test name: control and bidi characters as escapes, so the report stays one readable line. */
function printable(text: string): string {
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  const unprintable = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]/gu;
  return text.replace(unprintable, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

describe('hostile seed text survives parsing byte for byte', () => {
  let dumps: Dump[];
  let corpus: Corpus;
  before(async () => {
    dumps = await readSeedDir(HOSTILE_DIR);
    corpus = buildCorpus(dumps);
  });

  /** The dumps written to carry the hazards; the others hold edge-case characters. */
  const HAZARD_FILES = new Set<string>([...HOSTILE_PAPERS, ...HOSTILE_POSTS].map((entry) => entry.file));
  const EDGE_FILES = new Set<string>(EDGE_PAPERS.map((entry) => entry.file));

  it('has one hazard dump per layout, besides the edge-case dumps', () => {
    const hazardSources = corpus.sources.filter((source) => HAZARD_FILES.has(source.file));
    assert.deepEqual(hazardSources.map((source) => source.layout).sort(), ['blog', 'digest', 'hf-daily', 'hf-list']);
    assert.deepEqual(corpus.sources.map((source) => source.file).sort(), [...HAZARD_FILES, ...EDGE_FILES].sort());
  });

  it('gives exactly the expected papers and posts, and drops nothing', () => {
    assert.deepEqual(
      corpus.papers.map((paper) => paper.title),
      [...HOSTILE_PAPERS, ...EDGE_PAPERS].map((paper) => paper.title),
    );
    assert.deepEqual(
      corpus.posts.map((post) => post.title),
      HOSTILE_POSTS.map((post) => post.title),
    );
    assertEveryEntryMapped(corpus);
    for (const dump of dumps) assertTextKept(dump.text, parseDump(dump), dump.file);
  });

  for (const expected of [...HOSTILE_PAPERS, ...EDGE_PAPERS]) {
    it(`puts each field of “${printable(expected.title.slice(0, 40))}…” where it belongs`, () => {
      const paper = corpus.papers.find((candidate) => candidate.title === expected.title);
      assert.ok(paper);
      assert.equal(paper.sources[0]?.file, expected.file);
      assert.deepEqual(paper.authors, expected.authors);
      assert.equal(paper.team, expected.team);
      assert.deepEqual(paper.organisation, expected.organisation);
      assert.deepEqual(paper.abstract, expected.abstract);
      assert.deepEqual(paper.commentary, expected.commentary);
      assert.deepEqual(paper.tags, expected.tags);
    });
  }

  for (const expected of HOSTILE_POSTS) {
    it(`keeps the body of “${printable(expected.title.slice(0, 40))}…” block by block`, () => {
      const post = corpus.posts.find((candidate) => candidate.title === expected.title);
      assert.ok(post);
      assert.equal(post.sources[0]?.file, expected.file);
      assert.equal(post.url, expected.url);
      assert.deepEqual(post.body, expected.body);
    });
  }

  it('carries every hazardous string through every layout', () => {
    for (const source of corpus.sources.filter((candidate) => HAZARD_FILES.has(candidate.file))) {
      const records = [...corpus.papers, ...corpus.posts].filter((record) => record.sources.some((ref) => ref.source === source.id));
      const text = JSON.stringify(records);
      const missing = HAZARDS.filter((hazard) => !text.includes(JSON.stringify(hazard).slice(1, -1)));
      assert.deepEqual(missing, [], source.layout);
    }
  });

  it('puts hazards in titles, authors, abstracts, both commentaries, tags, post bodies and URLs', () => {
    const has = (texts: readonly (string | null)[], hazard: string) => texts.some((text) => text?.includes(hazard));
    const papers = corpus.papers;
    const fields: Record<string, (string | null)[]> = {
      titles: [...papers, ...corpus.posts].map((record) => record.title),
      authors: papers.flatMap((paper) => [
        ...paper.authors,
        paper.team,
        paper.organisation?.handle ?? null,
        paper.organisation?.name ?? null,
      ]),
      abstracts: papers.flatMap((paper) => paper.abstract),
      korean: papers.flatMap((paper) => paper.commentary.ko),
      english: papers.flatMap((paper) => paper.commentary.en),
      tags: papers.flatMap((paper) => paper.tags),
      posts: corpus.posts.flatMap((post) => JSON.stringify(post.body)),
      urls: corpus.posts.map((post) => post.url),
    };
    for (const [field, texts] of Object.entries(fields)) {
      const found = HAZARDS.filter((hazard) => has(texts, field === 'posts' ? JSON.stringify(hazard).slice(1, -1) : hazard));
      assert.ok(found.length >= 3, `${field} holds several hazards (${found.length})`);
    }
    assert.ok(
      has(fields.titles ?? [], HAZARD.mdxExpression) &&
        has(fields.abstracts ?? [], HAZARD.esmExport) &&
        has(fields.korean ?? [], HAZARD.koreanBraces),
    );
  });

  it('makes no link of `javascript:` text and no post URL of a `javascript:` line', () => {
    const links = [...corpus.papers, ...corpus.posts].flatMap((record) => record.links);
    assert.ok(links.length >= 4);
    for (const link of links) assert.match(link.href, /^https?:\/\//u);
    assert.ok(!links.some((link) => /javascript:/iu.test(link.href)));
    assert.equal(corpus.posts.find((post) => post.title.startsWith('Hostile Post Beta'))?.url, null);
  });

  it('parses together with the real seeds', async () => {
    const both = buildCorpus([...(await realDumps()), ...dumps]);
    assert.equal(both.papers.length, 325 + HOSTILE_PAPERS.length + EDGE_PAPERS.length);
    assert.equal(both.posts.length, 15 + HOSTILE_POSTS.length);
    assertEveryEntryMapped(both);
  });
});
