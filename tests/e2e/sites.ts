/** The built sites the browser tests run against, each from its own corpus, folder and port. */
export interface TestSite {
  readonly seeds: string;
  readonly outDir: string;
  readonly base: string;
  readonly port: number;
}

export const SITES = {
  /** The real seeds, served at the root. */
  main: { seeds: 'content/seeds', outDir: 'dist', base: '/', port: 4321 },
  /**
   * Dumps in all four layouts with hostile text in every field (template syntax, HTML, script,
   * `javascript:` URLs, LaTeX, dollar signs), which must all show literally.
   */
  hostile: { seeds: 'tests/fixtures/hostile-seeds', outDir: '.out/hostile', base: '/', port: 4322 },
  /** The same seeds under a sub-path, as when the site is hosted inside another one. */
  subpath: { seeds: 'content/seeds', outDir: '.out/subpath', base: '/notes/', port: 4323 },
} as const satisfies Record<string, TestSite>;

/** Absolute URL of a path on a test site; `path` is relative to the site's base, e.g. `papers/deepgemm/`. */
export function siteUrl(site: TestSite, path = ''): string {
  return `http://127.0.0.1:${site.port}${site.base}${path.replace(/^\//u, '')}`;
}
