import { expect, test } from '@playwright/test';
import { runAstroBuild } from './built-site.ts';

/**
 * A build over broken dumps must stop and name every problem by file and line, not just the first.
 * tests/fixtures/bad-seeds holds one good digest, two broken dumps, a Latin-1 file and a note that is not a dump.
 */
test('a build over broken dumps fails and lists every problem as file:line', () => {
  test.setTimeout(300_000);
  const build = runAstroBuild({
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    SEEDS_DIR: 'tests/fixtures/bad-seeds',
    OUT_DIR: '.out/bad-seeds',
    CACHE_DIR: '.out/bad-seeds-cache',
  });
  const output = `${build.stdout}${build.stderr}`;
  expect(build.status).not.toBe(0);
  expect(output).toContain('3 problems in the seed dumps:');
  expect(output).toContain('005_new.txt:13: found paper metadata (authors, `·`, date) with no paper title and abstract before it');
  expect(output).toContain('006_draft.txt:1: matches no known layout. Tried: bilingual notes digest');
  expect(output).toContain('007_latin1.txt:3: is not UTF-8 text (byte 0xE9); save the file as UTF-8');
  expect(output).toContain('Not read, since only *.txt files are dumps: "notes.md"');
});
