/** The built sites the browser tests run against, each from its own corpus, folder and port. */
export interface TestSite {
  readonly seeds: string;
  /** The maintainer's MDX notes; the real folder holds none. */
  readonly notes: string;
  readonly outDir: string;
  readonly base: string;
  readonly port: number;
  /** Papers per older part of the search index (SEARCH_PART_PAPERS), when not the site's default. */
  readonly searchPartPapers?: number;
}

/**
 * Ports of the test sites start here, one per site, then those of the development-server tests (DEV_PORTS).
 * Set TEST_PORT_BASE to run two checkouts' tests side by side; a port already in use fails the run, since
 * another site there would be tested.
 */
export const PORT_BASE = Number(process.env.TEST_PORT_BASE ?? 4321);

export const SITES = {
  /** The real seeds, served at the root. */
  main: { seeds: 'content/seeds', notes: 'content/notes', outDir: 'dist', base: '/', port: PORT_BASE },
  /**
   * Dumps in all four layouts with hostile text in every field (template syntax, HTML, script,
   * `javascript:` URLs, LaTeX, dollar signs), which must all show literally.
   */
  hostile: { seeds: 'tests/fixtures/hostile-seeds', notes: 'content/notes', outDir: '.out/hostile', base: '/', port: PORT_BASE + 1 },
  /** The same seeds under a sub-path, as when the site is hosted inside another one. */
  subpath: { seeds: 'content/seeds', notes: 'content/notes', outDir: '.out/subpath', base: '/notes/', port: PORT_BASE + 2 },
  /**
   * Digests whose authors write several papers, a daily page with upvotes and yearless dates, and notes
   * that mention papers by arXiv link, full title and short name (next to ordinary words that must not match).
   */
  linked: { seeds: 'tests/fixtures/linked-seeds', notes: 'content/notes', outDir: '.out/linked', base: '/', port: PORT_BASE + 3 },
  /** The real seeds with the fixture notes (tests/fixtures/notes), under a sub-path so no note link may assume `/`. */
  notes: { seeds: 'content/seeds', notes: 'tests/fixtures/notes', outDir: '.out/notes', base: '/lab/', port: PORT_BASE + 4 },
  /**
   * The real seeds again, with a search index in many small parts (60 papers each), as a site of
   * tens of thousands of papers has, so searches that read older parts can be held against `main`.
   */
  parts: { seeds: 'content/seeds', notes: 'content/notes', outDir: '.out/parts', base: '/', port: PORT_BASE + 5, searchPartPapers: 60 },
} as const satisfies Record<string, TestSite>;

/** Ports after the built sites' ones, for tests that start their own development server. */
export const DEV_PORTS = { reload: PORT_BASE + Object.keys(SITES).length, search: PORT_BASE + Object.keys(SITES).length + 1 } as const;

/** Absolute URL of a path on a test site; `path` is relative to the site's base, e.g. `papers/deepgemm/`. */
export function siteUrl(site: TestSite, path = ''): string {
  return `http://127.0.0.1:${site.port}${site.base}${path.replace(/^\//u, '')}`;
}
