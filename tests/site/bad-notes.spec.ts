import { expect, test } from '@playwright/test';
import { runAstroBuild } from './built-site.ts';

/**
 * A note that names an unknown paper, links one, or carries an impossible date must stop the build
 * with its file named, never build a page that silently lacks the link. Each folder of
 * tests/fixtures/bad-notes holds one such note; the seeds are the real ones.
 */
function buildWithNotes(folder: string): { status: number | null; output: string } {
  const build = runAstroBuild({
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    SEEDS_DIR: 'content/seeds',
    NOTES_DIR: `tests/fixtures/bad-notes/${folder}`,
    OUT_DIR: `.out/bad-notes-${folder}`,
    CACHE_DIR: `.out/bad-notes-${folder}-cache`,
  });
  return { status: build.status, output: `${build.stdout}${build.stderr}` };
}

test('unknown titles in `papers` fail the build with file, line, title and the closest titles', () => {
  test.setTimeout(300_000);
  const { status, output } = buildWithNotes('unknown-papers');
  expect(status).not.toBe(0);
  expect(output).toContain('2 problems in the notes:');
  expect(output).toContain(
    'tests/fixtures/bad-notes/unknown-papers/gemm-kernels.mdx:6: `papers` names no paper on the site: “DeepGEM”. Closest titles: “DeepGEMM”',
  );
  expect(output).toContain(
    'tests/fixtures/bad-notes/unknown-papers/gemm-kernels.mdx:7: `papers` names no paper on the site: “Attention Is All You Need”.',
  );
});

test('an unknown title in <Paper> fails the build with the note file and the closest titles', () => {
  test.setTimeout(300_000);
  const { status, output } = buildWithNotes('unknown-paper-link');
  expect(status).not.toBe(0);
  expect(output).toContain(
    'tests/fixtures/bad-notes/unknown-paper-link/fp8-notes.mdx: <Paper title="Deep GEMM kernels" /> names no paper on the site: “Deep GEMM kernels”. Closest titles: “DeepGEMM”',
  );
});

test('an impossible date fails the build instead of becoming another day', () => {
  test.setTimeout(300_000);
  const { status, output } = buildWithNotes('impossible-date');
  expect(status).not.toBe(0);
  expect(output).toContain('late-february');
  expect(output).toContain('2025-02-30 is not a day of the calendar');
});
