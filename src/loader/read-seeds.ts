import { readdir, readFile, readlink, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Dump } from './corpus.ts';
import { compareCodeUnits, SeedError } from './errors.ts';

/** What a seeds folder holds: the dumps to parse, the names it does not read, and files that cannot be read. */
export interface SeedFolder {
  readonly dumps: Dump[];
  /** Names that are not `*.txt` files (folders end in `/`), so a build can say it left them out. */
  readonly unread: string[];
  readonly problems: SeedError[];
}

const DUMP_NAME = /\.txt$/iu;

/** Byte offset of the first byte that is not part of valid UTF-8, or -1 when all of it is. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let at = 0;
  while (at < bytes.length) {
    const lead = bytes[at] as number;
    if (lead < 0x80) {
      at += 1;
      continue;
    }
    // Sequence length and the range its second byte must fall in (no overlongs, surrogates or code points past U+10FFFF).
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) length = 2;
    else if (lead >= 0xe0 && lead <= 0xef) {
      length = 3;
      if (lead === 0xe0) low = 0xa0;
      if (lead === 0xed) high = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      length = 4;
      if (lead === 0xf0) low = 0x90;
      if (lead === 0xf4) high = 0x8f;
    } else return at;
    for (let next = 1; next < length; next += 1) {
      const byte = bytes[at + next];
      const [min, max] = next === 1 ? [low, high] : [0x80, 0xbf];
      if (byte === undefined || byte < min || byte > max) return at;
    }
    at += length;
  }
  return -1;
}

/** Decodes a dump's bytes, which must be UTF-8: Latin-1 or UTF-16 text would otherwise turn into U+FFFD silently. */
export function decodeDump(file: string, bytes: Uint8Array): string {
  const bad = firstInvalidUtf8(bytes);
  if (bad !== -1) {
    const before = new TextDecoder('utf-8').decode(bytes.subarray(0, bad));
    const line = before.split(/\r\n|\r|\n/u).length;
    const byte = (bytes[bad] as number).toString(16).toUpperCase().padStart(2, '0');
    throw new SeedError(file, line, `is not UTF-8 text (byte 0x${byte}); save the file as UTF-8`);
  }
  return new TextDecoder('utf-8').decode(bytes);
}

/** A dump, a problem, or the name as the unread list shows it (a folder, even one reached by a link, ends in `/`). */
async function readEntry(dir: string, name: string): Promise<Dump | SeedError | { unread: string }> {
  const path = join(dir, name);
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    const target = await readlink(path).catch(() => null);
    if (target !== null) return new SeedError(name, null, `is a symbolic link to \`${target}\`, which does not exist`);
    return new SeedError(name, null, `cannot be read (${error instanceof Error ? error.message : String(error)})`);
  }
  if (!info.isFile()) return { unread: info.isDirectory() ? `${name}/` : name };
  try {
    return { file: name, text: decodeDump(name, await readFile(path)) };
  } catch (error) {
    if (error instanceof SeedError) return error;
    return new SeedError(name, null, `cannot be read (${error instanceof Error ? error.message : String(error)})`);
  }
}

/** Reads every `*.txt` dump in a folder, in name order. Nothing else in the folder is read, and all of it is named. */
export async function readSeedFolder(dir: string): Promise<SeedFolder> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => compareCodeUnits(a.name, b.name));
  const dumps: Dump[] = [];
  const unread: string[] = [];
  const problems: SeedError[] = [];
  for (const entry of entries) {
    const shownName = entry.isDirectory() ? `${entry.name}/` : entry.name;
    if (!DUMP_NAME.test(entry.name)) {
      unread.push(shownName);
      continue;
    }
    const result = await readEntry(dir, entry.name);
    if ('unread' in result) unread.push(result.unread);
    else if (result instanceof SeedError) problems.push(result);
    else dumps.push(result);
  }
  return { dumps, unread, problems };
}

/** The dumps of a folder, for tests and tools that want them alone; unreadable files throw. */
export async function readSeedDir(dir: string): Promise<Dump[]> {
  const folder = await readSeedFolder(dir);
  const [first] = folder.problems;
  if (first) throw first;
  return folder.dumps;
}
