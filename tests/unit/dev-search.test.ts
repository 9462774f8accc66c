/**
 * Search under `astro dev` (src/integrations/dev-search.ts): content that changes while an index is
 * being built gets one more index after it, never one beside it. Two at once shared one Pagefind
 * process, and the first to finish closed it under the other ("Pagefind backend closed").
 */
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, it } from 'node:test';
import type { AstroIntegrationLogger } from 'astro';
import type { ViteDevServer } from 'vite';
import { CONTENT_CHANGED } from '../../src/integrations/dev-content-changes.ts';
import { devSearch } from '../../src/integrations/dev-search.ts';

/** Slow enough that the content changes below all come while the first index is being built. */
const PAGE_DELAY_MS = 1000;

const page = (body: string) => `<!doctype html><html lang="en"><head><title>t</title></head><body>${body}</body></html>`;
const PAGES: Record<string, string> = {
  '/papers/': page('<main><a href="/papers/one/">One</a></main>'),
  '/notes/': page('<main></main>'),
  '/posts/': page('<main></main>'),
  '/papers/one/': page('<main data-pagefind-body><h1>One</h1><p>A paper about sparse attention.</p></main>'),
};

let pages: Server;
let address: AddressInfo;
before(async () => {
  pages = createServer((request, response) => {
    const html = PAGES[request.url ?? ''];
    setTimeout(() => {
      response.statusCode = html ? 200 : 404;
      response.setHeader('Content-Type', 'text/html; charset=utf-8');
      response.end(html ?? '');
    }, PAGE_DELAY_MS);
  });
  pages.listen(0, '127.0.0.1');
  await once(pages, 'listening');
  address = pages.address() as AddressInfo;
});
after(() => pages.close());

it('builds one index at a time, and one more for every change that came during a build', async () => {
  const said: string[] = [];
  const logger = {
    info: (message: string) => said.push(message),
    warn: (message: string) => said.push(`warn: ${message}`),
    error: (message: string) => said.push(`error: ${message}`),
  } as unknown as AstroIntegrationLogger;
  const sent: (event: string) => void = () => {};
  const environments = { ssr: { hot: { send: sent } }, prerender: { hot: { send: sent } } };
  const server = { environments, middlewares: { use: () => {} } };
  const search = devSearch({ base: '/', config: {}, logger });
  search.attach(server as unknown as ViteDevServer);
  search.start(address);
  const started = () => said.filter((line) => line.startsWith('Indexing')).length;
  const ended = () => said.filter((line) => line.startsWith('Search index for dev')).length;

  // Two announcements of new content while the first index reads its pages (two rounds of requests,
  // so at least 2 s), each past the dev search's settle delay, as Astro sends them: to both environments.
  // The second adds a paper, which only the index built after the first may hold.
  for (let burst = 0; burst < 2; burst += 1) {
    await new Promise((resolve) => setTimeout(resolve, 450));
    if (burst === 1) {
      PAGES['/papers/'] = page('<main><a href="/papers/one/">One</a> <a href="/papers/two/">Two</a></main>');
      PAGES['/papers/two/'] = page('<main data-pagefind-body><h1>Two</h1><p>A paper about dense kernels.</p></main>');
    }
    environments.ssr.hot.send(CONTENT_CHANGED);
    environments.prerender.hot.send(CONTENT_CHANGED);
  }
  const deadline = Date.now() + 60_000;
  while (ended() < 2 && !said.some((line) => line.startsWith('error'))) {
    assert.ok(Date.now() < deadline, `two indexes within a minute; the log said:\n${said.join('\n')}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  // Long enough for a third build to have begun, were one queued.
  await new Promise((resolve) => setTimeout(resolve, 1000));
  await search.close();

  const steps = said
    .filter((line) => /^(Indexing|Search index|error)/u.test(line))
    .map((line) => (line.startsWith('Indexing') ? 'start' : line.startsWith('error') ? line : 'end'));
  assert.deepEqual(steps, ['start', 'end', 'start', 'end']);
  assert.equal(started(), 2);
  const indexes = said.filter((line) => line.startsWith('Search index for dev'));
  assert.match(indexes[0] ?? '', /^Search index for dev: 1 pages/u);
  assert.match(indexes[1] ?? '', /^Search index for dev: 2 pages/u, 'the change during the first build is indexed');
});
