/**
 * One build's search index as pages become known (src/integrations/build-index.ts): rendered pages
 * go to their part in the planned order, restored pages are read ahead from Astro's copies, and a
 * page rendered unlike its copy starts its part again, so the index is always that of the pages
 * the build wrote.
 */
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { BuildIndex, type BuildOutput } from '../../src/integrations/build-index.ts';
import { changedSince, fileSystemNow } from '../../src/integrations/output-folder.ts';
import { fileOfPath, pageOf } from '../../src/integrations/page-tap.ts';
import type { SearchBundle, SearchIndexWriter } from '../../src/integrations/search-bundle.ts';
import type { SearchDocument } from '../../src/integrations/search-documents.ts';
import type { PlannedPart } from '../../src/integrations/search-parts.ts';

/** A page as the site renders it, with the text the index reads (and `extra` markup inside what it reads). */
const pageHtml = (text: string, extra = '') =>
  `<!DOCTYPE html><html lang="en"><head><title>${text}</title></head><body><main data-pagefind-body><h1>${text}</h1>${extra}</main></body></html>`;

/** What the writer was asked, part by part: the documents of each part's current start, and when it was written. */
class RecordingWriter implements SearchIndexWriter {
  readonly docs = new Map<number, string[]>();
  readonly written = new Map<number, string[]>();
  discarded = 0;
  add(index: number, doc: SearchDocument): void {
    assert.ok(!this.written.has(index), `part ${index} got a page after it was written`);
    this.docs.set(index, [...(this.docs.get(index) ?? []), doc.html.replace(/.*<h1>|<\/h1>.*/gu, '')]);
  }
  discard(index: number): void {
    assert.ok(!this.written.has(index), `part ${index} was started again after it was written`);
    this.discarded += 1;
    this.docs.delete(index);
  }
  complete(index: number): void {
    assert.ok(!this.written.has(index), `part ${index} was written twice`);
    this.written.set(index, this.docs.get(index) ?? []);
  }
  finish(): Promise<SearchBundle> {
    return Promise.resolve({ pages: {}, total: 0, parts: this.written.size, reused: 0 });
  }
  abandoned = false;
  abandon(): Promise<void> {
    this.abandoned = true;
    return Promise.resolve();
  }
}

const PARTS: PlannedPart[] = [
  { firstSearch: true, paths: ['papers/a/', 'papers/b/', 'papers/c/'] },
  { firstSearch: false, paths: ['papers/d/', 'papers/e/'] },
];
const render = (index: BuildIndex, path: string, text: string) => {
  index.rendering(path);
  index.page(path, pageOf(Buffer.from(pageHtml(text))));
};

let dir = '';
let outDir = '';
let copyDir = '';
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'build-index-'));
  outDir = join(dir, 'out');
  copyDir = join(dir, 'copies');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/**
 * The output folder as a build sees it from its start on: files written before then are an
 * earlier build's. The pause keeps them apart on a file system whose clock ticks coarsely.
 */
async function buildStarted(): Promise<BuildOutput> {
  await sleep(30);
  const since = fileSystemNow(outDir);
  return { dir: outDir, written: (file) => changedSince(join(outDir, file), since) };
}

async function put(root: string, path: string, text: string): Promise<string> {
  const file = join(root, fileOfPath(path));
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, pageHtml(text));
  return file;
}

/** Astro's copies of `texts`' pages, by path, as restored-pages.ts finds them. */
async function copies(texts: Readonly<Record<string, string>>): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const [path, text] of Object.entries(texts)) files.set(path, await put(copyDir, path, text));
  return files;
}

describe('the build index', () => {
  it('hands rendered pages to their part in the planned order, whatever order they render in', async () => {
    const writer = new RecordingWriter();
    const index = new BuildIndex(writer, PARTS, new Map(), await buildStarted());
    render(index, 'papers/e/', 'E');
    render(index, 'papers/b/', 'B');
    assert.deepEqual(writer.docs.get(0), undefined);
    render(index, 'papers/a/', 'A');
    assert.deepEqual(writer.docs.get(0), ['A', 'B']);
    render(index, 'papers/d/', 'D');
    render(index, 'papers/c/', 'C');
    await index.finish([]);
    assert.deepEqual(
      writer.written,
      new Map([
        [1, ['D', 'E']],
        [0, ['A', 'B', 'C']],
      ]),
    );
  });

  it('indexes restored pages from their copies before the build ends, once they are in the output folder', async () => {
    const writer = new RecordingWriter();
    const index = new BuildIndex(
      writer,
      PARTS,
      await copies({ 'papers/d/': 'D', 'papers/e/': 'E', 'papers/b/': 'B' }),
      await buildStarted(),
    );
    await index.forecastsRead;
    assert.deepEqual(writer.docs.get(1), ['D', 'E']);
    assert.equal(writer.written.size, 0, 'a forecast holds only once the page is restored');
    await put(outDir, 'papers/d/', 'D');
    await put(outDir, 'papers/e/', 'E');
    render(index, 'papers/a/', 'A');
    assert.deepEqual(writer.written.get(1), ['D', 'E']);
    assert.deepEqual(writer.docs.get(0), ['A', 'B'], 'a forecast waits for the pages before it');
    render(index, 'papers/c/', 'C');
    await put(outDir, 'papers/b/', 'B');
    await index.finish(['papers/b/', 'papers/d/', 'papers/e/']);
    assert.deepEqual(writer.written.get(0), ['A', 'B', 'C']);
    assert.equal(writer.discarded, 0);
    assert.deepEqual(index.forecasts, { taken: 3, outdated: false });
  });

  it('drops every forecast once a page renders unlike its copy, starting each part that had one again, once', async () => {
    const writer = new RecordingWriter();
    const files = await copies({ 'papers/a/': 'A', 'papers/b/': 'old B', 'papers/c/': 'C', 'papers/d/': 'D', 'papers/e/': 'E' });
    const index = new BuildIndex(writer, PARTS, files, await buildStarted());
    await index.forecastsRead;
    assert.deepEqual(writer.docs.get(0), ['A', 'old B', 'C']);
    assert.deepEqual(writer.docs.get(1), ['D', 'E']);
    render(index, 'papers/a/', 'A');
    assert.equal(writer.discarded, 0, 'a page rendered alike keeps its place');
    render(index, 'papers/b/', 'new B');
    assert.equal(writer.discarded, 2);
    assert.deepEqual(writer.docs.get(0), ['A', 'new B'], 'the forecast of C is dropped too');
    assert.equal(writer.docs.has(1), false);
    render(index, 'papers/e/', 'E');
    render(index, 'papers/d/', 'D');
    assert.deepEqual(writer.written.get(1), ['D', 'E']);
    await put(outDir, 'papers/c/', 'C');
    await index.finish(['papers/c/']);
    assert.deepEqual(writer.written.get(0), ['A', 'new B', 'C']);
    assert.equal(writer.discarded, 2, 'each part starts again at most once');
    assert.deepEqual(index.forecasts, { taken: 5, outdated: true });
  });

  it('replaces a forecast still waiting for its turn without starting the part again', async () => {
    const writer = new RecordingWriter();
    const index = new BuildIndex(writer, PARTS, await copies({ 'papers/c/': 'old C' }), await buildStarted());
    await index.forecastsRead;
    render(index, 'papers/c/', 'new C');
    render(index, 'papers/a/', 'A');
    render(index, 'papers/b/', 'B');
    render(index, 'papers/d/', 'D');
    render(index, 'papers/e/', 'E');
    await index.finish([]);
    assert.deepEqual(writer.written.get(0), ['A', 'B', 'new C']);
    assert.equal(writer.discarded, 0);
    assert.deepEqual(index.forecasts, { taken: 1, outdated: true });
  });

  it('reads restored pages without a copy from the output folder at the end, and forecasts nothing from a missing copy', async () => {
    const writer = new RecordingWriter();
    const index = new BuildIndex(writer, PARTS, new Map([['papers/d/', join(copyDir, 'gone.html')]]), await buildStarted());
    await index.forecastsRead;
    assert.equal(writer.docs.has(1), false);
    for (const [path, text] of [
      ['papers/a/', 'A'],
      ['papers/b/', 'B'],
      ['papers/c/', 'C'],
      ['papers/d/', 'D'],
      ['papers/e/', 'E'],
    ] as const) {
      await put(outDir, path, text);
    }
    await index.finish(['papers/a/', 'papers/b/', 'papers/c/', 'papers/d/', 'papers/e/']);
    assert.deepEqual(
      writer.written,
      new Map([
        [0, ['A', 'B', 'C']],
        [1, ['D', 'E']],
      ]),
    );
  });

  it('ignores a copy of a page that is already rendering', async () => {
    const writer = new RecordingWriter();
    const index = new BuildIndex(
      writer,
      [{ firstSearch: true, paths: ['papers/a/'] }],
      await copies({ 'papers/a/': 'old A' }),
      await buildStarted(),
    );
    index.rendering('papers/a/');
    await index.forecastsRead;
    assert.equal(writer.docs.has(0), false);
    index.page('papers/a/', pageOf(Buffer.from(pageHtml('A'))));
    await index.finish([]);
    assert.deepEqual(writer.written.get(0), ['A']);
    assert.equal(writer.discarded, 0);
  });

  it('forecasts nothing from a copy the writer could not take, such as one with order keys of other templates', async () => {
    const writer = new RecordingWriter();
    const file = await put(copyDir, 'papers/a/', 'A');
    await writeFile(file, pageHtml('A', '<data data-order-key="date" value="2025-01-01"></data>'));
    const index = new BuildIndex(
      writer,
      [{ firstSearch: true, paths: ['papers/a/'] }],
      new Map([['papers/a/', file]]),
      await buildStarted(),
    );
    await index.forecastsRead;
    assert.deepEqual(index.forecasts, { taken: 0, outdated: false });
    render(index, 'papers/a/', 'A');
    await index.finish([]);
    assert.deepEqual(writer.written.get(0), ['A']);
  });

  it('never takes a file that was in the output folder before the build for a restored page', async () => {
    const writer = new RecordingWriter();
    await put(outDir, 'papers/a/', 'A from an earlier build');
    const index = new BuildIndex(
      writer,
      [{ firstSearch: true, paths: ['papers/a/', 'papers/b/'] }],
      await copies({ 'papers/a/': 'A' }),
      await buildStarted(),
    );
    await index.forecastsRead;
    render(index, 'papers/b/', 'B');
    assert.equal(writer.written.has(0), false, 'the forecast of A still waits');
    render(index, 'papers/a/', 'A');
    await index.finish([]);
    assert.deepEqual(writer.written.get(0), ['A', 'B']);
  });

  it('holds the forecast of a page Astro left in place from the last build once every page is done', async () => {
    const writer = new RecordingWriter();
    await put(outDir, 'papers/d/', 'D');
    await put(outDir, 'papers/e/', 'E');
    const index = new BuildIndex(writer, PARTS, await copies({ 'papers/d/': 'D', 'papers/e/': 'E' }), await buildStarted());
    await index.forecastsRead;
    for (const [path, text] of [
      ['papers/a/', 'A'],
      ['papers/b/', 'B'],
      ['papers/c/', 'C'],
    ] as const) {
      render(index, path, text);
    }
    await sleep(250);
    assert.equal(writer.written.has(1), false, 'the files in place are the last build’s until the build says it kept them');
    await index.finish(['papers/d/', 'papers/e/']);
    assert.deepEqual(writer.written.get(1), ['D', 'E']);
  });

  it('writes nothing more once the build failed', async () => {
    const writer = new RecordingWriter();
    const index = new BuildIndex(writer, PARTS, new Map(), await buildStarted());
    render(index, 'papers/a/', 'A');
    await index.abandon();
    assert.equal(writer.abandoned, true);
    assert.equal(writer.written.size, 0);
  });

  it('fails the build when a page it took as restored renders after all', async () => {
    const writer = new RecordingWriter();
    const index = new BuildIndex(writer, PARTS, await copies({ 'papers/d/': 'D', 'papers/e/': 'E' }), await buildStarted());
    await index.forecastsRead;
    await put(outDir, 'papers/d/', 'D');
    await put(outDir, 'papers/e/', 'E');
    render(index, 'papers/a/', 'A');
    assert.ok(writer.written.has(1));
    assert.throws(() => {
      render(index, 'papers/d/', 'D');
    }, /papers\/d\/ rendered after the search index took it as restored/u);
    await index.finish([]).catch(() => undefined);
  });

  it('fails when a page it is told was restored is not in the output folder, as after a build that failed part-way', async () => {
    const writer = new RecordingWriter();
    const index = new BuildIndex(writer, PARTS, await copies({ 'papers/a/': 'A' }), await buildStarted());
    await index.forecastsRead;
    await assert.rejects(index.finish(['papers/a/']), /papers\/a\/ was neither rendered nor restored/u);
  });
});
