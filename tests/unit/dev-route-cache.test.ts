/**
 * Under `astro dev`, a request that overlapped a content change empties the route cache again
 * once it ends, so paths it computed from the old content are not kept (src/integrations/dev-route-cache.ts).
 * The change is the moment Astro announces new content to the page environments, whatever the
 * file watcher reports (src/integrations/dev-content-changes.ts).
 */
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import { describe, it } from 'node:test';
import type { ViteDevServer } from 'vite';
import { CONTENT_CHANGED, CONTENT_MODULE_ID, onContentChanged, onContentReloaded } from '../../src/integrations/dev-content-changes.ts';
import { OVERLAP_MS, RELOAD_DELAY_MS, watchRouteCache } from '../../src/integrations/dev-route-cache.ts';

const ASTRO = `ssr:${CONTENT_CHANGED} prerender:${CONTENT_CHANGED}`;

function fakeServer() {
  let clock = 0;
  const sent: string[] = [];
  const invalidated: string[] = [];
  const environment = (name: string) => ({
    hot: { send: (event: string) => sent.push(`${name}:${event}`) },
    moduleGraph: {
      getModuleById: (id: string) => ({ id }),
      invalidateModule: (module: { id: string }) => invalidated.push(`${name}:${module.id}`),
    },
  });
  let middleware: ((request: unknown, response: EventEmitter, next: () => void) => void) | null = null;
  const server = {
    environments: { ssr: environment('ssr'), prerender: environment('prerender'), client: environment('client') },
    middlewares: { use: (handler: typeof middleware) => (middleware = handler) },
  };
  watchRouteCache(server as unknown as ViteDevServer, () => clock);
  return {
    server,
    /** Every event the page environments got, by environment, in order. */
    sent: () => sent.join(' '),
    /** Every module invalidated, by environment, in order. */
    invalidated: () => invalidated.join(' '),
    advance: (ms: number) => (clock += ms),
    /** Astro's own announcement of new content, as its data store writes it. */
    astroHasNewContent: () => {
      server.environments.ssr.hot.send(CONTENT_CHANGED);
      server.environments.prerender.hot.send(CONTENT_CHANGED);
    },
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
    const dev = fakeServer();
    const end = dev.request();
    dev.advance(300);
    dev.astroHasNewContent();
    dev.advance(300);
    assert.equal(dev.sent(), ASTRO);
    end();
    assert.equal(dev.sent(), `${ASTRO} ${ASTRO}`);
  });

  it('is emptied again after a request that began just after the change, which may have read the old content', () => {
    const dev = fakeServer();
    dev.astroHasNewContent();
    dev.advance(OVERLAP_MS / 2);
    dev.request()();
    assert.equal(dev.sent(), `${ASTRO} ${ASTRO}`);
  });

  it('is left alone by requests well after the last change', () => {
    const dev = fakeServer();
    dev.advance(10_000);
    dev.request()();
    dev.astroHasNewContent();
    dev.advance(OVERLAP_MS + 1);
    dev.request()();
    assert.equal(dev.sent(), ASTRO);
  });

  it('counts only Astro’s announcements as changes, not its own emptying, so requests do not keep it emptying', () => {
    const dev = fakeServer();
    const announced: number[] = [];
    onContentChanged(dev.server as unknown as ViteDevServer, () => announced.push(announced.length));
    dev.astroHasNewContent();
    assert.equal(announced.length, 2, 'one announcement per page environment');
    dev.advance(OVERLAP_MS / 2);
    dev.request()();
    assert.equal(announced.length, 2, 'the route cache’s own emptying is no new content');
    dev.advance(OVERLAP_MS);
    dev.request()();
    assert.equal(dev.sent(), `${ASTRO} ${ASTRO}`);
  });

  it('has the content module read again once the requests that overlapped a change have ended, once for a burst of them', async () => {
    const dev = fakeServer();
    let reloads = 0;
    onContentReloaded(dev.server as unknown as ViteDevServer, () => (reloads += 1));
    const ends = [dev.request(), dev.request(), dev.request()];
    dev.advance(300);
    dev.astroHasNewContent();
    for (const end of ends) end();
    assert.equal(dev.invalidated(), '', 'not while the burst goes on');
    await new Promise((resolve) => setTimeout(resolve, RELOAD_DELAY_MS * 3));
    assert.equal(dev.invalidated(), `ssr:${CONTENT_MODULE_ID} prerender:${CONTENT_MODULE_ID}`);
    assert.equal(reloads, 1, 'what was built from the old module (the dev search index) hears of it once');
    // And the route cache emptied after the module, so no paths from the old module are kept.
    assert.ok(dev.sent().endsWith(ASTRO));
    assert.equal(dev.sent().split(' ').length, 2 * (1 + ends.length + 1));
  });

  it('leaves the content module alone after requests that did not overlap a change', async () => {
    const dev = fakeServer();
    dev.astroHasNewContent();
    dev.advance(OVERLAP_MS + 1);
    dev.request()();
    await new Promise((resolve) => setTimeout(resolve, RELOAD_DELAY_MS * 3));
    assert.equal(dev.invalidated(), '');
  });
});
