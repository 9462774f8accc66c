/**
 * A static file server for a built site that sends what a typical static host (GitHub Pages,
 * Netlify, Cloudflare Pages, Vercel) sends: text files (HTML, CSS, JavaScript, JSON, SVG, XML,
 * plain text) gzip-compressed when the browser accepts gzip, everything else as stored. Pagefind's
 * index files are gzip-compressed on disk already and served as application/octet-stream, which
 * hosts do not compress again, so they arrive as stored too. No caching headers.
 * `/a/` serves `/a/index.html`, as static hosts do.
 * It logs what it sent, both the bytes on the wire and the file's size on disk: counting on the
 * server side sees every byte, including worker scripts whose size the browser's network events
 * report as 0.
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';

const gzipped = promisify(gzip);

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

/** The types static hosts compress; images, fonts, wasm and Pagefind's own files go as stored. */
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.xml', '.txt']);

export interface Served {
  readonly pathname: string;
  readonly status: number;
  /** Response body bytes as sent: compressed when the server compressed them. */
  readonly bytes: number;
  /** Size of the file served, on disk (for the built-in 404 text, its length). */
  readonly fileBytes: number;
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

/** True when the request's Accept-Encoding lists gzip (or `*`) without `q=0`. */
function acceptsGzip(headers: IncomingHttpHeaders): boolean {
  return (headers['accept-encoding'] ?? '').split(',').some((entry) => {
    const [coding = '', ...params] = entry.split(';').map((part) => part.trim().toLowerCase());
    const refused = params.some((param) => /^q=0(\.0*)?$/u.test(param));
    return (coding === 'gzip' || coding === '*') && !refused;
  });
}

/**
 * Gzips each file once, at zlib's default level: the same files are served many times and the
 * built site does not change while it is served. A failed read is not kept, so it can be retried.
 */
function gzipCache(): (path: string) => Promise<Buffer> {
  const cache = new Map<string, Promise<Buffer>>();
  return (path) => {
    let body = cache.get(path);
    if (!body) {
      body = readFile(path).then((data) => gzipped(data));
      body.catch(() => cache.delete(path));
      cache.set(path, body);
    }
    return body;
  };
}

/** Serves `root` on 127.0.0.1 at a free port. */
export async function serveStatic(root: string): Promise<RunningServer> {
  let log: Served[] = [];
  const compressed = gzipCache();
  const server: Server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    void fileFor(root, pathname)
      .then(async (file) => {
        const found = file ?? (await fileFor(root, '/404.html'));
        const status = file ? 200 : 404;
        if (!found) {
          log.push({ pathname, status, bytes: 9, fileBytes: 9 });
          response.writeHead(status, { 'content-type': 'text/plain', 'content-length': 9 }).end('not found');
          return;
        }
        const { size } = await stat(found);
        const compressible = COMPRESSIBLE.has(extname(found));
        // Vary whenever the type is compressible: the response then depends on Accept-Encoding.
        const headers = {
          'content-type': TYPES[extname(found)] ?? 'application/octet-stream',
          ...(compressible ? { vary: 'accept-encoding' } : {}),
        };
        if (compressible && acceptsGzip(request.headers)) {
          const body = await compressed(found);
          log.push({ pathname, status, bytes: body.length, fileBytes: size });
          response.writeHead(status, { ...headers, 'content-encoding': 'gzip', 'content-length': body.length }).end(body);
          return;
        }
        log.push({ pathname, status, bytes: size, fileBytes: size });
        response.writeHead(status, { ...headers, 'content-length': size });
        createReadStream(found).pipe(response);
      })
      .catch(() => {
        // A file that vanished mid-request: the browser sees a failed request instead of the bench crashing.
        response.destroy();
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
        server.close(() => {
          resolve();
        });
        server.closeAllConnections();
      }),
  };
}
