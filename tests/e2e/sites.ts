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
} as const satisfies Record<string, TestSite>;

/** Absolute URL of a path on a test site; `path` is relative to the site's base, e.g. `papers/deepgemm/`. */
export function siteUrl(site: TestSite, path = ''): string {
  return `http://127.0.0.1:${site.port}${site.base}${path.replace(/^\//u, '')}`;
}
