/**
 * Under `astro dev`, a request that overlapped a content change empties the route cache again
 * once it ends, so paths it computed from the old content are not kept (src/integrations/dev-route-cache.ts).
 */
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import { describe, it } from 'node:test';
import type { ViteDevServer } from 'vite';
import { OVERLAP_MS, watchRouteCache } from '../../src/integrations/dev-route-cache.ts';

const STORE = '/site/.astro/data-store.json';

function fakeServer() {
  let clock = 0;
  const sent: string[] = [];
  const environment = (name: string) => ({ hot: { send: (event: string) => sent.push(`${name}:${event}`) } });
  const watcher = new EventEmitter();
  let middleware: ((request: unknown, response: EventEmitter, next: () => void) => void) | null = null;
  const server = {
    environments: { ssr: environment('ssr'), prerender: environment('prerender'), client: environment('client') },
    watcher,
    middlewares: { use: (handler: typeof middleware) => (middleware = handler) },
  };
  watchRouteCache(server as unknown as ViteDevServer, STORE, () => clock);
  return {
    sent,
    advance: (ms: number) => (clock += ms),
    change: (path = STORE) => watcher.emit('change', path),
    /** Starts a request; the returned function ends it. */
    request: () => {
      const response = new EventEmitter();
      let passedOn = false;
      middleware?.({}, response, () => (passedOn = true));
      assert.ok(passedOn, 'the request goes on to the pages');
      return () => response.emit('close');
    },
  };
}

describe('the dev route cache after content changes', () => {
  it('is emptied again, in the page environments, when a request that began before the change ends', () => {
    const server = fakeServer();
    const end = server.request();
    server.advance(300);
    server.change();
    server.advance(300);
    assert.deepEqual(server.sent, []);
    end();
    assert.deepEqual(server.sent, ['ssr:astro:content-changed', 'prerender:astro:content-changed']);
  });

  it('is emptied again after a request that began just after the change, which may have read the old content', () => {
    const server = fakeServer();
    server.change();
    server.advance(OVERLAP_MS / 2);
    server.request()();
    assert.equal(server.sent.length, 2);
  });

  it('is left alone by requests well after the last change, and by changes to other files', () => {
    const server = fakeServer();
    server.advance(10_000);
    server.request()();
    server.change('/site/src/pages/index.astro');
    server.advance(10);
    server.request()();
    server.change();
    server.advance(OVERLAP_MS + 1);
    server.request()();
    assert.deepEqual(server.sent, []);
  });
});
