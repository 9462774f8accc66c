/**
 * The search index's parts are indexed side by side, one Pagefind process per core
 * (src/integrations/pagefind-processes.ts), and a part's files do not depend on how many there are.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, describe, it } from 'node:test';
import { assignProcesses, processLimit } from '../../src/integrations/pagefind-processes.ts';
import { searchIndexWriter } from '../../src/integrations/search-bundle.ts';
import { searchDocument } from '../../src/integrations/search-documents.ts';
import { planDigest } from '../../src/integrations/search-part-cache.ts';

describe('assignProcesses', () => {
  it('gives the largest parts out first, each to the least loaded process', () => {
    // 12,000 to the first; 9,000 and 8,500 to the second; 8,000 to the first; 7,000 to the second: 20,000 and 24,500 pages.
    assert.deepEqual(assignProcesses([12000, 8000, 9000, 7000, 8500], 2), [0, 0, 1, 1, 1]);
    assert.deepEqual(assignProcesses([10, 10, 10], 3), [0, 1, 2]);
  });

  it('uses no more processes than parts, and at least one', () => {
    assert.deepEqual(assignProcesses([5], 4), [0]);
    assert.deepEqual(assignProcesses([5, 6], 1), [0, 0]);
    assert.deepEqual(assignProcesses([5, 6], 0), [0, 0]);
  });
});

describe('processLimit', () => {
  it('is one per core unless SEARCH_PROCESSES says otherwise', () => {
    assert.ok(processLimit({}) >= 1);
    assert.equal(processLimit({ SEARCH_PROCESSES: '3' }), 3);
    assert.throws(() => processLimit({ SEARCH_PROCESSES: '0' }), /SEARCH_PROCESSES must be a whole number above 0, got "0"/);
    assert.throws(() => processLimit({ SEARCH_PROCESSES: 'two' }), /got "two"/);
  });
});

/** Pagefind processes this process runs now. */
function pagefindChildren(): number {
  const processes = execFileSync('ps', ['-A', '-o', 'ppid=,args='], { encoding: 'utf8' }).split('\n');
  return processes.filter((line) => {
    const [ppid = '', ...command] = line.trim().split(/\s+/u);
    return Number(ppid) === process.pid && command.join(' ').includes('pagefind') && command.includes('--service');
  }).length;
}

async function filesOf(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(relative(dir, path), (await readFile(path)).toString('base64'));
  }
  return files;
}

const page = (title: string, text: string) =>
  `<!doctype html><html lang="en"><head><title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1><p>${text}</p></main></body></html>`;

const PARTS = [
  ['papers/one/', 'papers/two/', 'papers/three/'],
  ['papers/four/', 'papers/five/'],
  ['papers/six/', 'papers/seven/'],
];

/** Writes the same three parts with at most `limit` processes; counts the processes while the parts are open. */
async function writeParts(dir: string, limit: string): Promise<{ files: Map<string, string>; processes: number }> {
  const before = process.env['SEARCH_PROCESSES'];
  process.env['SEARCH_PROCESSES'] = limit;
  try {
    const writer = searchIndexWriter(
      dir,
      {},
      PARTS.map((paths, index) => ({ firstSearch: index === 0, plan: planDigest(paths), pages: paths.length })),
    );
    PARTS.forEach((paths, index) => {
      for (const path of paths) {
        const doc = searchDocument(path, page(path, `A paper on sparse attention, number ${path.length}, part ${index}.`));
        assert.ok(doc, path);
        writer.add(index, doc);
      }
    });
    // Pagefind starts its process with the first message; give every part's process time to show.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const processes = pagefindChildren();
    for (let index = 0; index < PARTS.length; index += 1) writer.complete(index);
    await writer.finish();
    assert.equal(pagefindChildren(), 0, 'every Pagefind process is closed once the index is written');
    return { files: await filesOf(dir), processes };
  } finally {
    if (before === undefined) delete process.env['SEARCH_PROCESSES'];
    else process.env['SEARCH_PROCESSES'] = before;
  }
}

describe('an index written by several Pagefind processes', () => {
  const dirs: string[] = [];
  after(async () => {
    await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
  });

  it('indexes parts side by side and writes the same files as one process', async () => {
    const [one, three] = [await mkdtemp(join(tmpdir(), 'index-one-')), await mkdtemp(join(tmpdir(), 'index-three-'))];
    dirs.push(one, three);
    const single = await writeParts(one, '1');
    const several = await writeParts(three, '3');
    assert.equal(single.processes, 1);
    assert.equal(several.processes, 3);
    assert.ok(single.files.size > 10, `${single.files.size} files`);
    assert.deepEqual([...several.files.keys()].sort(), [...single.files.keys()].sort());
    for (const [name, content] of single.files) assert.equal(several.files.get(name), content, name);
  });
});
