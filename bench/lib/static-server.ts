/**
 * A plain static file server for a built site: no compression and no caching headers, so the bytes
 * the browser receives are the bytes on disk. `/a/` serves `/a/index.html`, as static hosts do.
 * It logs what it sent: counting on the server side sees every byte, including worker scripts
 * whose size the browser's network events report as 0.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

export interface Served {
  readonly pathname: string;
  readonly status: number;
  /** Response body bytes. */
  readonly bytes: number;
}

export interface RunningServer {
  readonly url: string;
  /** Everything served since the last call, oldest first. */
  takeLog(): Served[];
  close(): Promise<void>;
}

async function fileFor(root: string, pathname: string): Promise<string | null> {
  const relative = normalize(decodeURIComponent(pathname)).replace(/^([/\\])+/u, '');
  const path = join(root, relative);
  if (path !== root && !path.startsWith(root + sep)) return null;
  try {
    const info = await stat(path);
    if (info.isFile()) return path;
    if (info.isDirectory()) {
      const index = join(path, 'index.html');
      return (await stat(index)).isFile() ? index : null;
    }
  } catch {
    // Not found.
  }
  return null;
}

/** Serves `root` on 127.0.0.1 at a free port. */
export async function serveStatic(root: string): Promise<RunningServer> {
  let log: Served[] = [];
  const server: Server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    void fileFor(root, pathname).then(async (file) => {
      const found = file ?? (await fileFor(root, '/404.html'));
      const status = file ? 200 : 404;
      if (!found) {
        log.push({ pathname, status, bytes: 9 });
        response.writeHead(status, { 'content-type': 'text/plain', 'content-length': 9 }).end('not found');
        return;
      }
      const { size } = await stat(found);
      log.push({ pathname, status, bytes: size });
      response.writeHead(status, { 'content-type': TYPES[extname(found)] ?? 'application/octet-stream', 'content-length': size });
      createReadStream(found).pipe(response);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    takeLog: () => {
      const taken = log;
      log = [];
      return taken;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
