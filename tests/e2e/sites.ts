/** The built sites the browser tests run against, each from its own corpus, folder and port. */
export interface TestSite {
  readonly seeds: string;
  readonly outDir: string;
  readonly base: string;
  readonly port: number;
}

/**
 * Ports of the test sites start here (and take the next two, then one for a dev server). Set TEST_PORT_BASE to run two checkouts'
 * tests side by side; a port already in use fails the run, since another site there would be tested.
 */
const PORT_BASE = Number(process.env.TEST_PORT_BASE ?? 4321);

export const SITES = {
  /** The real seeds, served at the root. */
  main: { seeds: 'content/seeds', outDir: 'dist', base: '/', port: PORT_BASE },
  /**
   * Dumps in all four layouts with hostile text in every field (template syntax, HTML, script,
   * `javascript:` URLs, LaTeX, dollar signs), which must all show literally.
   */
  hostile: { seeds: 'tests/fixtures/hostile-seeds', outDir: '.out/hostile', base: '/', port: PORT_BASE + 1 },
  /** The same seeds under a sub-path, as when the site is hosted inside another one. */
  subpath: { seeds: 'content/seeds', outDir: '.out/subpath', base: '/notes/', port: PORT_BASE + 2 },
} as const satisfies Record<string, TestSite>;

/** The port of the dev server that tests/e2e/dev-search.spec.ts starts, after the built sites' ports. */
export const DEV_PORT = PORT_BASE + 3;

/** Absolute URL of a path on a test site; `path` is relative to the site's base, e.g. `papers/deepgemm/`. */
export function siteUrl(site: TestSite, path = ''): string {
  return `http://127.0.0.1:${site.port}${site.base}${path.replace(/^\//u, '')}`;
}
