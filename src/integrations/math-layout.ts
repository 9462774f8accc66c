import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { LAYOUT_CLASS_PREFIX, LAYOUT_STYLESHEET, layoutStylesheet, ruleOfClass } from '../lib/math/inline-styles.ts';
import { fileOfPath, pageOf, type PageTap, type RenderedPage } from './page-tap.ts';

/**
 * Writes the stylesheet of KaTeX's layout classes after every build (see
 * src/lib/math/inline-styles.ts for why formulas carry classes instead of inline styles).
 *
 * It reads the class attributes of the pages as they render (src/integrations/page-tap.ts), and
 * of pages an incremental build restores, keeps the classes that spell a KaTeX declaration and
 * writes one rule for each, so the stylesheet always matches the pages exactly. A page that uses
 * such a class without linking the stylesheet fails the build: its formulas would show without
 * their layout.
 */
const MATH_LAYOUT_FILE = LAYOUT_STYLESHEET;

const CLASS_ATTRIBUTE = /\sclass="([^"]*)"/gu;

function layoutClassesIn(html: string): string[] {
  const found: string[] = [];
  for (const match of html.matchAll(CLASS_ATTRIBUTE)) {
    for (const name of (match[1] ?? '').split(/\s+/u)) if (name.startsWith(LAYOUT_CLASS_PREFIX) && ruleOfClass(name)) found.push(name);
  }
  return found;
}

/** The layout classes of one build's pages. */
class LayoutClasses {
  readonly classes = new Set<string>();
  readonly unlinked: string[] = [];
  pages = 0;

  page(path: string, page: RenderedPage): void {
    // Most pages show no formula: their bytes are searched once, never decoded.
    if (!page.bytes.includes(LAYOUT_CLASS_PREFIX)) return;
    const html = page.text();
    const found = layoutClassesIn(html);
    if (found.length === 0) return;
    this.pages += 1;
    for (const name of found) this.classes.add(name);
    if (!html.includes(MATH_LAYOUT_FILE)) this.unlinked.push(fileOfPath(path));
  }

  async write(siteDir: string, logger: AstroIntegrationLogger | null): Promise<void> {
    if (this.unlinked.length > 0) {
      const list = this.unlinked.sort().join('\n  ');
      throw new Error(`These pages show formulas but do not link ${MATH_LAYOUT_FILE} (add <MathStyles slot="head" />):\n  ${list}`);
    }
    const target = join(siteDir, MATH_LAYOUT_FILE);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, layoutStylesheet(this.classes));
    logger?.info(`${this.classes.size} KaTeX layout rules for ${this.pages} pages with formulas in ${MATH_LAYOUT_FILE}.`);
  }
}

export function mathLayoutIntegration(tap: PageTap): AstroIntegration {
  let layout = new LayoutClasses();
  let logger: AstroIntegrationLogger | null = null;
  tap.listen({
    paths: () => {
      layout = new LayoutClasses();
    },
    page: (path, page) => {
      layout.page(path, page);
    },
    done: async (outDir, restored) => {
      for (const path of restored) {
        if (!/(^|\/)$|\.html$/u.test(path)) continue;
        layout.page(path, pageOf(await readFile(join(outDir, fileOfPath(path)))));
      }
      await layout.write(outDir, logger);
    },
  });
  return {
    name: 'paper-notes:math-layout',
    hooks: {
      'astro:config:done': ({ logger: integrationLogger }) => {
        logger = integrationLogger;
      },
    },
  };
}
