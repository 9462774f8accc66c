import { existsSync, rmSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import type { PagefindServiceConfig } from 'pagefind';
import type { ViteDevServer } from 'vite';
import { ORDER_DIR } from '../search/sort-order.ts';
import { onContentChanged, onContentReloaded } from './dev-content-changes.ts';
import { fetchIndexedPages } from './dev-pages.ts';
import { describeLanguages, searchIndexWriter } from './search-bundle.ts';
import { searchDocument } from './search-documents.ts';
import { planDigest } from './search-part-cache.ts';

/**
 * Search under `astro dev`. When the dev server starts, the pages it renders are indexed into a
 * temporary folder, as one part, which the server then serves as `<base>pagefind/` and `<base>search-order/`,
 * exactly where a build puts them, so the same search code runs in dev and on the built site.
 *
 * The index is built again whenever Astro announces new content (dev-content-changes.ts), so
 * edited, added or removed dumps reach search as soon as the dev server shows them.
 * A search request that arrives while the index is being built waits for it.
 */

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/** New content comes in bursts (one save per collection, announced to each page environment); index once they settle. */
const REBUILD_DELAY_MS = 400;

export interface DevSearchOptions {
  readonly base: string;
  readonly config: PagefindServiceConfig;
  readonly logger: AstroIntegrationLogger;
}

export interface DevSearch {
  /** Serves the index and watches for content changes. */
  attach(server: ViteDevServer): void;
  /** Builds the first index once the server answers. */
  start(address: AddressInfo): void;
  /** Removes the temporary folders. */
  close(): Promise<void>;
}

/** The dev server's own URL; a server listening on every interface answers on the loopback one. */
function originOf(address: AddressInfo): string {
  const host = ['::', '0.0.0.0', ''].includes(address.address) ? '127.0.0.1' : address.address;
  return `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`;
}

async function serveFile(folder: string, relative: string, response: ServerResponse): Promise<void> {
  const path = normalize(join(folder, relative));
  if (!path.startsWith(folder + sep) || !existsSync(path)) {
    response.statusCode = 404;
    response.end();
    return;
  }
  response.setHeader('Content-Type', CONTENT_TYPES[extname(path)] ?? 'application/octet-stream');
  response.setHeader('Cache-Control', 'no-store');
  response.end(await readFile(path));
}

export function devSearch({ base, config, logger }: DevSearchOptions): DevSearch {
  const served = [`${base}pagefind/`, `${base}${ORDER_DIR}/`];
  const folders = new Set<string>();
  let origin: string | null = null;
  /** The folder holding the current index, once one is built. */
  let current: Promise<string> | null = null;
  let rebuildTimer: ReturnType<typeof setTimeout> | undefined;

  async function build(): Promise<string> {
    if (!origin) throw new Error('The dev server has not started yet.');
    const started = performance.now();
    // The dev server logs each page it renders for the index: say why they come in a burst.
    logger.info('Indexing the pages for search…');
    const pages = await fetchIndexedPages(origin, base);
    const folder = await mkdtemp(join(tmpdir(), 'paper-notes-search-'));
    folders.add(folder);
    // One part: a corpus small enough to edit by hand indexes in a few seconds.
    const docs = [...pages].flatMap(([url, html]) => searchDocument(decodeURIComponent(url).slice(1), html) ?? []);
    const writer = searchIndexWriter(folder, config, [{ firstSearch: true, plan: planDigest([...pages.keys()]) }]);
    for (const doc of docs) writer.add(0, doc);
    writer.complete(0);
    const bundle = await writer.finish();
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    logger.info(`Search index for dev: ${bundle.total} pages (${describeLanguages(bundle)}) in ${seconds} s.`);
    return folder;
  }

  /** The index build under way, if any: builds run one at a time, since they share one Pagefind process, which each closes when done. */
  let building: Promise<unknown> = Promise.resolve();
  /** A build waiting for the one under way; it reads the pages when it starts, so one waiting build serves every change before it. */
  let waiting = false;

  /** Builds a new index once the one under way is done. Search requests wait for the newest. */
  function rebuild(): void {
    if (waiting) return;
    waiting = true;
    const previous = current;
    const next = building.then(() => {
      waiting = false;
      return build();
    });
    building = next.catch(() => undefined);
    current = next.catch(async (error: unknown) => {
      logger.error(`Search index for dev failed: ${error instanceof Error ? error.message : String(error)}`);
      if (previous) return previous;
      throw error;
    });
    // With no index built yet (a dump broke while the first was being built), the failure stays in
    // `current` for the search requests to report; left unhandled until one comes, Astro showed it
    // in the error overlay instead of the dump's own problem.
    current.catch(() => undefined);
    void Promise.all([previous, next])
      .then(async ([old]) => {
        if (old) await removeFolder(old);
      })
      .catch(() => {});
  }

  async function removeFolder(folder: string): Promise<void> {
    folders.delete(folder);
    await rm(folder, { recursive: true, force: true });
  }

  async function handle(request: IncomingMessage, response: ServerResponse, next: () => void): Promise<void> {
    const path = new URL(request.url ?? '/', 'http://dev.invalid').pathname;
    const prefix = served.find((candidate) => path.startsWith(candidate));
    if (!prefix || !current) {
      next();
      return;
    }
    try {
      const folder = await current;
      await serveFile(folder, path.slice(base.length), response);
    } catch (error) {
      response.statusCode = 503;
      response.setHeader('Content-Type', 'text/plain; charset=utf-8');
      response.end(`The dev search index could not be built: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  return {
    attach(server) {
      server.middlewares.use((request, response, next) => void handle(request, response, next));
      const soon = () => {
        if (!origin) return;
        clearTimeout(rebuildTimer);
        rebuildTimer = setTimeout(rebuild, REBUILD_DELAY_MS);
      };
      onContentChanged(server, soon);
      // The pages it read may have come from the content module before it was read again.
      onContentReloaded(server, soon);
    },
    start(address) {
      origin = originOf(address);
      // A dev server stopped without its `done` hook (Ctrl+C) still leaves no folders behind.
      process.once('exit', () => {
        for (const folder of folders) rmSync(folder, { recursive: true, force: true });
      });
      rebuild();
    },
    async close() {
      clearTimeout(rebuildTimer);
      // A build under way or waiting would make its folder after the others were removed.
      await building;
      await Promise.all([...folders].map(removeFolder));
    },
  };
}
