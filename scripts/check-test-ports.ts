/**
 * Runs before the browser tests: each test site and each development-server test needs its own free
 * port (TEST_PORT_BASE and the ones after it, see tests/e2e/sites.ts). A port already taken would make
 * Playwright stop late with a hint to reuse the server, which would test whatever site runs there; this
 * says so at once, in one line.
 */
import { createServer } from 'node:net';
import { DEV_PORTS, SITES } from '../tests/e2e/sites.ts';

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => {
      resolve(false);
    });
    server.listen({ port, host: '127.0.0.1', exclusive: true }, () => {
      server.close(() => {
        resolve(true);
      });
    });
  });
}

const taken: string[] = [];
const ports: [number, string][] = [
  ...Object.entries(SITES).map(([name, site]): [number, string] => [site.port, `${name} site`]),
  ...Object.entries(DEV_PORTS).map(([name, port]): [number, string] => [port, `${name} dev server`]),
];
for (const [port, what] of ports) {
  if (!(await isFree(port))) taken.push(`${port} (${what})`);
}
if (taken.length > 0) {
  console.error(
    `Test port${taken.length > 1 ? 's' : ''} already in use: ${taken.join(', ')}. ` +
      `Stop what runs there, or set TEST_PORT_BASE to the first of ${ports.length} free ports (e.g. TEST_PORT_BASE=5100 npm test).`,
  );
  process.exit(1);
}
