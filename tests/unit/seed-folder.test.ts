/** Reading the seeds folder itself: what is a dump, what is not read (and said so), and files that cannot be read. */
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { buildCorpus } from '../../src/loader/corpus.ts';
import { readSeedFolder, type SeedFolder } from '../../src/loader/read-seeds.ts';
import { seedErrorsOf } from './support.ts';

const DIGEST = '2025년 2월 26일\nA Paper\n(A. Author)\n한국어 코멘트입니다.\n#x\n';

describe('a seeds folder with more than dumps in it', () => {
  let dir = '';
  let folder: SeedFolder;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'seeds-'));
    await writeFile(join(dir, '001_good.txt'), DIGEST);
    // `café` in Latin-1 on the third line.
    await writeFile(
      join(dir, '002_latin1.txt'),
      Buffer.concat([Buffer.from('2025년 2월 26일\nTitle\n', 'utf8'), Buffer.from('caf\xe9\n', 'latin1')]),
    );
    await mkdir(join(dir, 'x.txt'));
    await mkdir(join(dir, 'drafts'));
    await writeFile(join(dir, 'drafts', '003_inside.txt'), DIGEST);
    await writeFile(join(dir, 'notes.md'), DIGEST);
    await writeFile(join(dir, 'notes.text'), DIGEST);
    await writeFile(join(dir, 'spaced.txt '), DIGEST);
    await symlink(join(dir, 'nowhere.txt'), join(dir, '004_broken-link.txt'));
    await symlink(join(dir, '001_good.txt'), join(dir, '005_link.txt'));
    folder = await readSeedFolder(dir);
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('reads the `.txt` files, a link to one included', () => {
    assert.deepEqual(
      folder.dumps.map((dump) => dump.file),
      ['001_good.txt', '005_link.txt'],
    );
    assert.equal(folder.dumps[1]?.text, DIGEST);
  });

  it('names everything it does not read: folders (even one named x.txt), other extensions, a name ending in a space', () => {
    assert.deepEqual(folder.unread, ['drafts/', 'notes.md', 'notes.text', 'spaced.txt ', 'x.txt/']);
  });

  it('reports a file that is not UTF-8 at the line of its first bad byte', () => {
    const latin1 = folder.problems.find((problem) => problem.file === '002_latin1.txt');
    assert.ok(latin1);
    assert.equal(latin1.message, '002_latin1.txt:3: is not UTF-8 text (byte 0xE9); save the file as UTF-8');
  });

  it('reports a link to a file that does not exist, naming the file', () => {
    const broken = folder.problems.find((problem) => problem.file === '004_broken-link.txt');
    assert.ok(broken);
    assert.equal(broken.line, null);
    assert.match(broken.message, /^004_broken-link\.txt: is a symbolic link to `.*nowhere\.txt`, which does not exist$/u);
  });

  it('lists those problems together with the problems of the readable dumps', () => {
    const bad = { file: '006_bad.txt', text: '2025년 2월 26일\n#orphan-tags\n' };
    const errors = seedErrorsOf(() => buildCorpus([...folder.dumps, bad], folder.problems));
    assert.deepEqual(
      errors.map((error) => [error.file, error.line]),
      [
        ['002_latin1.txt', 3],
        ['004_broken-link.txt', null],
        ['006_bad.txt', 2],
      ],
    );
  });
});
