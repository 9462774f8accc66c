import type { AstroIntegration } from 'astro';
import type { ViteDevServer } from 'vite';
import { devDataStoreFile } from './dev-data-store.ts';

/**
 * Under `astro dev`, Astro keeps each route's getStaticPaths() result until content changes, when it
 * empties that cache. But a request that was already computing a route's paths from the old content
 * stores them after the cache was emptied (astro/dist/core/render/route-cache.js sets the entry once
 * getStaticPaths resolves), and every later request is served from those: the papers of a removed
 * dump could keep answering until the next change. The dev search index makes such overlaps likely,
 * as it requests every page right after each change. So after each request that overlapped a content
 * change, the cache is emptied again, with the same event Astro's content layer sends.
 */

/** A request that began this soon after a change may still have read the content before it. */
export const OVERLAP_MS = 1000;

/** The server environments that render pages and keep the route cache. */
const PAGE_ENVIRONMENTS = ['ssr', 'prerender'] as const;

export function clearRouteCaches(server: Pick<ViteDevServer, 'environments'>): void {
  for (const name of PAGE_ENVIRONMENTS) server.environments[name]?.hot.send('astro:content-changed', {});
}

type DevServer = Pick<ViteDevServer, 'environments' | 'watcher' | 'middlewares'>;

/** Watches the data store and the requests of one dev server; `now` is injectable for tests. */
export function watchRouteCache(server: DevServer, dataStoreFile: string, now: () => number = () => performance.now()): void {
  let changedAt = Number.NEGATIVE_INFINITY;
  server.watcher.on('change', (path) => {
    if (path === dataStoreFile) changedAt = now();
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
  let dataStoreFile = '';
  return {
    name: 'paper-notes:dev-route-cache',
    hooks: {
      'astro:config:done': ({ config }) => {
        dataStoreFile = devDataStoreFile(config.root);
      },
      'astro:server:setup': ({ server }) => {
        watchRouteCache(server, dataStoreFile);
      },
    },
  };
}
