import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { astroBuild, treeHashes } from './built-site.ts';

/**
 * Astro's incremental build restores a page whose cache key is as in the last build instead of
 * rendering it (src/lib/page-views/page-cache-key.ts). A key that missed something a page shows
 * would leave that page as it was; so after each change, the rebuilt site must be byte for byte the
 * site a build from scratch writes. The changes reach pages through what they show of other
 * entries: the header (a first note), the notes that name a paper, related lists (a related
 * paper's new title), where a paper appears and the names of the dumps in lists (a renamed dump,
 * and a second dump of a digest's day, which gives both dumps of that day new names), and a new dump.
 * Last, copies in Astro's cache unlike what it renders, which the search index reads ahead. The
 * output folder is kept between builds (src/integrations/output-folder.ts), so the comparison also
 * shows that the pages a change leaves out (the renamed dump's) are gone, with their folders.
 */
const WORK = join('.out', 'incremental-build');
const SEEDS = join(WORK, 'seeds');
const NOTES = join(WORK, 'notes');

interface Built {
  readonly outDir: string;
  /** Pages Astro restored from its cache instead of rendering. */
  readonly restored: number;
  /** Pages the search index read ahead from Astro's copies, and those of them rendered otherwise (src/integrations/build-index.ts). */
  readonly readAhead: { readonly taken: number; readonly outdated: boolean };
  /** Files of the last build that this one did not write, removed at its end. */
  readonly removed: number;
}

function build(outDir: string, cacheDir: string): Built {
  const log = astroBuild({
    SEEDS_DIR: SEEDS,
    NOTES_DIR: NOTES,
    OUT_DIR: outDir,
    CACHE_DIR: cacheDir,
    BASE_PATH: '/',
    SITE_URL: 'https://notes.example.org',
  });
  const [, taken = '0', dropped] = /(\d+) pages read ahead of their restore(, then dropped)?/u.exec(log) ?? [];
  return {
    outDir,
    restored: log.match(/\(restored\)|\(cached\)/gu)?.length ?? 0,
    readAhead: { taken: Number(taken), outdated: dropped !== undefined },
    removed: Number(/Removed (\d+) files of an earlier build/u.exec(log)?.[1] ?? 0),
  };
}

/** Folders under `dir` with nothing in them, which a build into an empty folder never leaves. */
function emptyFolders(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isDirectory() && readdirSync(join(entry.parentPath, entry.name)).length === 0)
    .map((entry) => join(entry.parentPath, entry.name));
}

/** The same dumps and notes built from scratch, into a folder of its own with no cache. */
function fromScratch(name: string): string {
  const outDir = join(WORK, name);
  return build(outDir, join(WORK, `${name}-cache`)).outDir;
}

function page(outDir: string, path: string): string {
  return readFileSync(join(outDir, path, 'index.html'), 'utf8');
}

/** Every paper's own page (not the pages leading on from earlier addresses) by its path. */
function paperPages(outDir: string): Map<string, string> {
  const pages = readdirSync(join(outDir, 'papers'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(outDir, 'papers', entry.name, 'index.html')))
    .map((entry) => [`papers/${entry.name}`, page(outDir, `papers/${entry.name}`)] as const);
  return new Map(pages.filter(([, html]) => html.includes('<article class="paper')));
}

/** A paper page's related papers, as links (path and title), from its HTML. */
function relatedPapers(html: string): { path: string; title: string }[] {
  const section = /aria-labelledby="related-heading"[\s\S]*?<\/section>/u.exec(html)?.[0] ?? '';
  return [...section.matchAll(/<a href="([^"]+)"[^>]*>\s*([^<]+?)\s*<\/a>/gu)].map(([, path = '', title = '']) => ({ path, title }));
}

const NEW_DUMP = [
  '2026년 12월 1일',
  'A Newest Paper On Attention Kernels',
  '(Ada Lovelace)',
  '어텐션 커널에 관한 새 논문입니다.',
  'A new paper about attention kernels for reasoning models.',
  '#attention #reasoning',
  '',
].join('\n');

test('a rebuild restores the pages a change leaves as they were and writes what a build from scratch writes', () => {
  test.setTimeout(900_000);
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(NOTES, { recursive: true });
  cpSync('content/seeds', SEEDS, { recursive: true });
  const out = join(WORK, 'out');
  const cache = join(WORK, 'cache');
  const first = build(out, cache);
  const paperPagesBefore = paperPages(out);

  // A first note, which names no paper: every page's header gains Notes, so nothing may be restored as it was.
  cpSync('tests/fixtures/notes/reading-list.mdx', join(NOTES, 'reading-list.mdx'));
  const withNotes = build(out, cache);
  const paperPagesAfter = paperPages(out);
  expect(paperPagesAfter.size).toBe(paperPagesBefore.size);
  for (const [path, html] of paperPagesAfter) expect(html, path).not.toBe(paperPagesBefore.get(path));
  expect(withNotes.restored).toBe(0);
  expect(treeHashes(out)).toEqual(treeHashes(fromScratch('scratch-notes')));

  // A paper whose related list names another paper, by a title that needs no escaping in HTML.
  const pair = [...paperPagesAfter]
    .map(([path, html]) => ({ path, related: relatedPapers(html) }))
    .flatMap(({ path, related }) => related.filter(({ title }) => !/[&<>"']/u.test(title)).map((shown) => ({ path, shown })))
    .find(({ shown }) => readdirSync(SEEDS).some((file) => readFileSync(join(SEEDS, file), 'utf8').split('\n').includes(shown.title)));
  expect(pair, 'a paper listing a related paper by its dump title').toBeDefined();
  const { path: lister = '', shown = { path: '', title: '' } } = pair ?? {};
  const listerBefore = page(out, lister);

  // Its related paper gets a new title, a dump is renamed, a new day comes, and a second dump of a digest day.
  const dumps = readdirSync(SEEDS).sort();
  const titled = dumps.find((file) => readFileSync(join(SEEDS, file), 'utf8').split('\n').includes(shown.title)) ?? '';
  const lines = readFileSync(join(SEEDS, titled), 'utf8').split('\n');
  lines[lines.indexOf(shown.title)] = `${shown.title} Revisited`;
  writeFileSync(join(SEEDS, titled), lines.join('\n'));
  const firstLine = (file: string) => readFileSync(join(SEEDS, file), 'utf8').split('\n')[0] ?? '';
  const digest = dumps.find((file) => /^\d{4}년 /u.test(firstLine(file))) ?? '';
  expect(digest, 'a digest among the seeds').not.toBe('');
  const digestDay = firstLine(digest);
  // Another dump, so that only the new name tells the digest's papers' lines apart.
  const renamed = dumps.find((file) => file !== titled && file !== digest) ?? '';
  renameSync(join(SEEDS, renamed), join(SEEDS, renamed.replace(/\.txt$/u, '-renamed.txt')));
  writeFileSync(join(SEEDS, '900_newest-day.txt'), NEW_DUMP);
  // A note that names DeepGEMM among its papers: their pages list it, with the header as it was.
  cpSync('tests/fixtures/notes/kv-cache-quantization.mdx', join(NOTES, 'kv-cache-quantization.mdx'));
  cpSync('tests/fixtures/notes/figures', join(NOTES, 'figures'), { recursive: true });
  const deepgemmBefore = page(out, 'papers/deepgemm');
  writeFileSync(
    join(SEEDS, '950_same-day.txt'),
    [digestDay, ...NEW_DUMP.split('\n').slice(1)].join('\n').replace('Newest Paper', 'Second Paper'),
  );
  const authorBefore = page(out, 'authors/chenggang-zhao');
  const renamedSource = readdirSync(join(out, 'sources'));
  const changed = build(out, cache);

  expect(page(out, lister)).not.toBe(listerBefore);
  expect(page(out, lister)).toContain(`${shown.title} Revisited`);
  expect(page(out, 'authors/chenggang-zhao')).not.toBe(authorBefore);
  expect(deepgemmBefore).not.toContain('paper-notes-heading');
  expect(page(out, 'papers/deepgemm')).toContain('paper-notes-heading');
  const scratchChanged = treeHashes(fromScratch('scratch-changed'));
  expect(treeHashes(out)).toEqual(scratchChanged);
  // The renamed dump's pages of the last build are gone, and no folder is left empty.
  expect(changed.removed).toBeGreaterThan(0);
  expect(readdirSync(join(out, 'sources')).filter((name) => !renamedSource.includes(name)).length).toBeGreaterThan(0);
  expect(renamedSource.filter((name) => !readdirSync(join(out, 'sources')).includes(name)).length).toBeGreaterThan(0);
  expect(emptyFolders(out)).toEqual([]);
  // Most pages were restored, not rendered, so the comparison above covers restored pages; the
  // search index read the restored ones ahead, from Astro's copies.
  expect(first.restored).toBe(0);
  expect(changed.restored).toBeGreaterThan(100);
  expect(changed.readAhead.taken).toBeGreaterThan(100);
  expect(changed.readAhead.outdated).toBe(false);

  // Astro's manifest gone (as after `astro build --force` or a new lockfile), and copies of paper
  // pages unlike what the templates now render (as after an update of the site's code): Astro renders
  // every page, while the keys are those of the last build, so the index reads the copies ahead all
  // the same. The first page rendered unlike its copy must take back every copy read ahead.
  rmSync(join(cache, 'incremental-build.json'));
  let outdated = 0;
  for (const entry of readdirSync(join(cache, 'dist', 'papers'), { withFileTypes: true })) {
    const copy = join(cache, 'dist', 'papers', entry.name, 'index.html');
    if (!entry.isDirectory() || !existsSync(copy)) continue;
    writeFileSync(copy, readFileSync(copy, 'utf8').replace('</h1>', ' (an older template)</h1>'));
    outdated += 1;
  }
  expect(outdated).toBeGreaterThan(100);
  const rendered = build(out, cache);
  expect(rendered.restored).toBe(0);
  expect(rendered.readAhead.taken).toBeGreaterThan(0);
  expect(rendered.readAhead.outdated).toBe(true);
  expect(treeHashes(out)).toEqual(scratchChanged);
});
