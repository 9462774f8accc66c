import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ChromiumPathError, systemChromium } from '../../scripts/chromium.ts';
import { ROOT } from './support.ts';

/** Runs one of the test scripts' checks as `npm test` does, with exactly the given environment. */
function runScript(script: string, env: NodeJS.ProcessEnv) {
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts', script)], {
    cwd: ROOT,
    env: { HOME: process.env['HOME'], ...env },
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, errorLines: result.stderr.split('\n').filter(Boolean) };
}

describe('finding a Chromium for the browser tests', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'paper-notes-chromium-'));
  });
  after(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  function fakeBrowser(folder: string, name: string): string {
    mkdirSync(join(dir, folder), { recursive: true });
    const path = join(dir, folder, name);
    writeFileSync(path, '#!/bin/sh\n');
    chmodSync(path, 0o755);
    return path;
  }

  it('finds chromium, chromium-browser and google-chrome on the PATH, in that order of preference', () => {
    const chrome = fakeBrowser('a', 'google-chrome');
    assert.equal(systemChromium({ PATH: join(dir, 'a') }), chrome);
    const ubuntu = fakeBrowser('b', 'chromium-browser');
    assert.equal(systemChromium({ PATH: [join(dir, 'a'), join(dir, 'b')].join(':') }), ubuntu);
    const debian = fakeBrowser('c', 'chromium');
    assert.equal(systemChromium({ PATH: [join(dir, 'a'), join(dir, 'b'), join(dir, 'c')].join(':') }), debian);
    assert.equal(systemChromium({ PATH: join(dir, 'nothing-here') }), undefined);
  });

  it('takes CHROMIUM_PATH over the PATH, and refuses one that points nowhere or at a folder', () => {
    const chosen = fakeBrowser('d', 'my-chrome');
    assert.equal(systemChromium({ CHROMIUM_PATH: chosen, PATH: join(dir, 'c') }), chosen);
    assert.throws(() => systemChromium({ CHROMIUM_PATH: join(dir, 'missing') }), ChromiumPathError);
    assert.throws(() => systemChromium({ CHROMIUM_PATH: dir }), /is not a file/u);
  });

  it('stops the test run in one line when CHROMIUM_PATH points nowhere', () => {
    const run = runScript('ensure-browser.ts', { PATH: process.env['PATH'], CHROMIUM_PATH: join(dir, 'missing') });
    assert.equal(run.status, 1);
    const missing = join(dir, 'missing');
    const fix = 'point it at a Chrome or Chromium binary, or unset it to use the system’s Chromium';
    assert.deepEqual(run.errorLines, [`CHROMIUM_PATH=${missing} points to nothing: ${fix}`]);
  });

  it('without a browser or internet, fails in one line naming both fixes', () => {
    const run = runScript('ensure-browser.ts', {
      PATH: join(dir, 'nothing-here'),
      PLAYWRIGHT_BROWSERS_PATH: join(dir, 'no-browsers'),
      // Nothing listens on the discard port: the download fails as it would offline.
      PLAYWRIGHT_DOWNLOAD_HOST: 'http://127.0.0.1:9',
    });
    assert.equal(run.status, 1);
    assert.equal(run.errorLines.length, 1, run.errorLines.join('\n'));
    assert.match(run.errorLines[0] ?? '', /^No Chromium for the browser tests, and Playwright’s download failed \(.*ECONNREFUSED.*\)/u);
    assert.match(run.errorLines[0] ?? '', /apt-get install chromium/u);
    assert.match(run.errorLines[0] ?? '', /set CHROMIUM_PATH/u);
  });
});

describe('test ports', () => {
  let server: Server;
  let port: number;
  before(async () => {
    server = createServer();
    await new Promise<void>((resolve) => server.listen({ port: 0, host: '127.0.0.1' }, resolve));
    const address = server.address();
    assert.ok(address && typeof address === 'object');
    port = address.port;
  });
  after(() => {
    if (server.listening) server.close();
  });

  it('refuses a port another server already holds, in one line that says how to pick others', () => {
    const run = runScript('check-test-ports.ts', { PATH: process.env['PATH'], TEST_PORT_BASE: String(port) });
    assert.equal(run.status, 1);
    const fix = 'Stop what runs there, or set TEST_PORT_BASE to the first of 8 free ports (e.g. TEST_PORT_BASE=5100 npm test).';
    assert.deepEqual(run.errorLines, [`Test port already in use: ${port} (main site). ${fix}`]);
  });

  it('passes once the port is free again', async () => {
    await new Promise<void>((resolve) => {
      server.close(() => {
        resolve();
      });
    });
    const run = runScript('check-test-ports.ts', { PATH: process.env['PATH'], TEST_PORT_BASE: String(port) });
    assert.equal(run.status, 0, run.errorLines.join('\n'));
  });
});
