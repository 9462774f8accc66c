import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Dump } from './corpus.ts';

/** Reads every `*.txt` dump in a folder, in name order. */
export async function readSeedDir(dir: string): Promise<Dump[]> {
  const names = (await readdir(dir)).filter((name) => name.toLowerCase().endsWith('.txt')).sort();
  return Promise.all(names.map(async (file) => ({ file, text: await readFile(join(dir, file), 'utf8') })));
}
