import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroPrerenderer } from 'astro';

/**
 * Hands each page Astro renders in a build to the site's own build steps as it is rendered, so
 * none of them reads the finished site back from disk: the search index takes the indexed pages
 * while the rest of the site renders (src/integrations/pagefind.ts), and the formulas' stylesheet
 * collects its classes (src/integrations/math-layout.ts). Astro's prerenderer is wrapped, not
 * replaced (`setPrerenderer` in `astro:build:start`): pages render exactly as before.
 *
 * Paths are relative to the site's base (`papers/deepgemm/`), as the built site's folders are.
 * An incremental build restores unchanged pages from its cache, or leaves them in the output
 * folder where the last build wrote them, instead of rendering them; those pages are listed in
 * `paths` but never reach `page`, and are in the output folder by `done`.
 */
export interface PageListener {
  /** Every page of the build, in the order Astro renders them, before the first is rendered. */
  paths?(pages: readonly PlannedPage[]): void;
  /** Astro renders this page (it does not restore it); its `page` follows, if it is HTML. */
  rendering?(path: string): void;
  /** A rendered HTML page. */
  page?(path: string, page: RenderedPage): void;
  /** Every page is written in `outDir`; `restored` are the paths restored from the cache or left in place, not rendered. */
  done?(outDir: string, restored: readonly string[]): Promise<void>;
  /** A page failed to render, so the build fails: instead of `done`, whatever the listener started is ended. */
  failed?(): Promise<void>;
}

/** A page of the build: its path, and the cache key its route gave it, if any (src/lib/page-views/page-cache-key.ts). */
export interface PlannedPage {
  readonly path: string;
  readonly cacheKey?: string;
}

/** A page as Astro wrote it: its bytes, and its text, decoded on first use. */
export interface RenderedPage {
  readonly bytes: Buffer;
  text(): string;
}

/** A page read from the output folder, as a listener gets a rendered one. */
export function pageOf(bytes: Buffer): RenderedPage {
  let text: string | null = null;
  return {
    bytes,
    text: () => (text ??= bytes.toString('utf8')),
  };
}

export interface PageTap {
  readonly integration: AstroIntegration;
  listen(listener: PageListener): void;
}

/** `/notes/papers/deepgemm/` under the base `/notes/` is `papers/deepgemm/`; the home page is ``. */
export function relativeToBase(pathname: string, base: string): string {
  const withSlash = pathname.endsWith('/') || /\.[a-z0-9]+$/iu.test(pathname) ? pathname : `${pathname}/`;
  const relative = withSlash.startsWith(base) ? withSlash.slice(base.length) : withSlash.replace(/^\/+/u, '');
  return relative.replace(/^\/+/u, '');
}

/** The file of a page path in the output folder, for `build.format: 'directory'`. */
export function fileOfPath(path: string): string {
  if (path === '') return 'index.html';
  if (/^(404|500)\/$/u.test(path)) return `${path.slice(0, -1)}.html`;
  return path.endsWith('/') ? `${path}index.html` : path;
}

export function pageTap(): PageTap {
  const listeners: PageListener[] = [];
  let base = '/';
  let outDir = '';
  let planned: readonly PlannedPage[] = [];
  const rendered = new Set<string>();
  let failed = false;

  const wrap = (inner: AstroPrerenderer): AstroPrerenderer => ({
    ...inner,
    name: `${inner.name}+paper-notes:page-tap`,
    getStaticPaths: async () => {
      const paths = await inner.getStaticPaths();
      // Route paths leave out the base; decoded, as the folders on disk are named.
      planned = paths.map(({ pathname, cacheKey }) => ({
        path: relativeToBase(pathname, '/'),
        ...(cacheKey === undefined ? {} : { cacheKey }),
      }));
      rendered.clear();
      failed = false;
      for (const listener of listeners) listener.paths?.(planned);
      return paths;
    },
    render: async (request, options) => {
      const path = relativeToBase(decodeURIComponent(new URL(request.url).pathname), base);
      rendered.add(path);
      for (const listener of listeners) listener.rendering?.(path);
      const result = await inner.render(request, options).catch((error: unknown) => {
        failed = true;
        throw error;
      });
      const response = result instanceof Response ? result : result.response;
      if (!(response.headers.get('content-type') ?? '').startsWith('text/html') || !response.body) return result;
      const body = Buffer.from(await response.arrayBuffer());
      const page = pageOf(body);
      for (const listener of listeners) listener.page?.(path, page);
      const copy = new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
      return result instanceof Response ? copy : { ...result, response: copy };
    },
    teardown: async () => {
      await inner.teardown?.();
      if (failed) {
        for (const listener of listeners) await listener.failed?.();
        return;
      }
      const restored = planned.flatMap(({ path }) => (rendered.has(path) ? [] : [path]));
      for (const listener of listeners) await listener.done?.(outDir, restored);
    },
  });

  return {
    listen: (listener) => {
      listeners.push(listener);
    },
    integration: {
      name: 'paper-notes:page-tap',
      hooks: {
        'astro:config:done': ({ config }) => {
          base = config.base.endsWith('/') ? config.base : `${config.base}/`;
          outDir = fileURLToPath(config.outDir);
        },
        'astro:build:start': ({ setPrerenderer }) => {
          setPrerenderer(wrap);
        },
      },
    },
  };
}
