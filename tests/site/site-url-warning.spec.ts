import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { runAstroBuild } from './built-site.ts';
import { SITES } from '../e2e/sites.ts';

/** Builds the small hostile corpus with the given public URL (none: the default) and returns the build's exit status and output. */
function build(name: string, siteUrl: string | undefined): { status: number | null; output: string } {
  const outDir = join('.out', name);
  rmSync(outDir, { recursive: true, force: true });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    SEEDS_DIR: SITES.hostile.seeds,
    OUT_DIR: outDir,
    CACHE_DIR: join('.out', `cache-${name}`),
  };
  delete env['SITE_URL'];
  if (siteUrl) env['SITE_URL'] = siteUrl;
  const result = runAstroBuild(env);
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

test('a build for the default localhost URL succeeds but ends warning that it is not ready to publish', () => {
  test.setTimeout(600_000);
  const local = build('site-url-default', undefined);
  expect(local.status).toBe(0);
  const lines = local.output.trimEnd().split('\n');
  const warning = lines.findIndex((line) => line.includes('NOT READY TO PUBLISH'));
  expect(warning, local.output).toBeGreaterThan(-1);
  expect(lines[warning]).toContain('http://localhost:4321');
  expect(lines.slice(warning).join('\n')).toContain('SITE_URL=');
  // Only Astro's closing summary comes after it.
  expect(lines.length - warning).toBeLessThanOrEqual(8);

  const published = build('site-url-set', 'https://notes.example.org');
  expect(published.status).toBe(0);
  expect(published.output).not.toContain('NOT READY TO PUBLISH');
});
