import type { AstroIntegration } from 'astro';
import type { ViteDevServer } from 'vite';
import { clearRouteCaches, onContentChanged, reloadContentModule } from './dev-content-changes.ts';

/**
 * Under `astro dev`, Astro keeps each route's getStaticPaths() result until content changes, when it
 * empties that cache. But a request that was already computing a route's paths from the old content
 * stores them after the cache was emptied (astro/dist/core/render/route-cache.js sets the entry once
 * getStaticPaths resolves), and every later request is served from those: the papers of a removed
 * dump could keep answering until the next change. The dev search index makes such overlaps likely,
 * as it requests every page right after each change. So after each request that overlapped a content
 * change, the cache is emptied again.
 *
 * The content module itself can be left old the same way: an import that read the data store file
 * before the change ended after Astro invalidated it (a removed dump's page then answered for over a
 * minute while the file no longer held it). So once the requests that overlapped a change have
 * ended, the module is read again from the file, and the cache emptied once more.
 */

/** A request that began this soon after a change may still have read the content before it. */
export const OVERLAP_MS = 1000;
/** The content module is read again this long after the last overlapping request ended, once per burst. */
export const RELOAD_DELAY_MS = 100;

type DevServer = Pick<ViteDevServer, 'environments' | 'middlewares'>;

/** Watches the content changes and the requests of one dev server; `now` is injectable for tests. */
export function watchRouteCache(server: DevServer, now: () => number = () => performance.now()): void {
  let changedAt = Number.NEGATIVE_INFINITY;
  let reload: ReturnType<typeof setTimeout> | undefined;
  onContentChanged(server, () => {
    changedAt = now();
  });
  server.middlewares.use((_request, response, next) => {
    const startedAt = now();
    response.once('close', () => {
      if (changedAt < startedAt - OVERLAP_MS) return;
      clearRouteCaches(server);
      clearTimeout(reload);
      reload = setTimeout(() => {
        reloadContentModule(server);
        clearRouteCaches(server);
      }, RELOAD_DELAY_MS);
    });
    next();
  });
}

export function devRouteCacheIntegration(): AstroIntegration {
  return {
    name: 'paper-notes:dev-route-cache',
    hooks: {
      'astro:server:setup': ({ server }) => {
        watchRouteCache(server);
      },
    },
  };
}
