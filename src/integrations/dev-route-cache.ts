import type { AstroIntegration } from 'astro';
import type { ViteDevServer } from 'vite';
import { clearRouteCaches, onContentChanged } from './dev-content-changes.ts';

/**
 * Under `astro dev`, Astro keeps each route's getStaticPaths() result until content changes, when it
 * empties that cache. But a request that was already computing a route's paths from the old content
 * stores them after the cache was emptied (astro/dist/core/render/route-cache.js sets the entry once
 * getStaticPaths resolves), and every later request is served from those: the papers of a removed
 * dump could keep answering until the next change. The dev search index makes such overlaps likely,
 * as it requests every page right after each change. So after each request that overlapped a content
 * change, the cache is emptied again.
 */

/** A request that began this soon after a change may still have read the content before it. */
export const OVERLAP_MS = 1000;

type DevServer = Pick<ViteDevServer, 'environments' | 'middlewares'>;

/** Watches the content changes and the requests of one dev server; `now` is injectable for tests. */
export function watchRouteCache(server: DevServer, now: () => number = () => performance.now()): void {
  let changedAt = Number.NEGATIVE_INFINITY;
  onContentChanged(server, () => {
    changedAt = now();
  });
  server.middlewares.use((_request, response, next) => {
    const startedAt = now();
    response.once('close', () => {
      if (changedAt >= startedAt - OVERLAP_MS) clearRouteCaches(server);
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
