import { glob, mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { LAYOUT_CLASS_PREFIX, LAYOUT_STYLESHEET, layoutStylesheet, ruleOfClass } from '../lib/math/inline-styles.ts';

/**
 * Writes the stylesheet of KaTeX's layout classes after every build (see
 * src/lib/math/inline-styles.ts for why formulas carry classes instead of inline styles).
 *
 * It reads the class attributes of the finished pages, keeps the classes that spell a KaTeX
 * declaration and writes one rule for each, so the stylesheet always matches the pages exactly.
 * A page that uses such a class without linking the stylesheet fails the build: its formulas
 * would show without their layout.
 */
const MATH_LAYOUT_FILE = LAYOUT_STYLESHEET;

const CLASS_ATTRIBUTE = /\sclass="([^"]*)"/gu;

async function htmlFiles(dir: string): Promise<string[]> {
  const files: string[] = [];
  for await (const file of glob('**/*.html', { cwd: dir })) files.push(join(dir, file));
  return files.sort();
}

function layoutClassesIn(html: string): string[] {
  const found: string[] = [];
  for (const match of html.matchAll(CLASS_ATTRIBUTE)) {
    for (const name of (match[1] ?? '').split(/\s+/u)) if (name.startsWith(LAYOUT_CLASS_PREFIX) && ruleOfClass(name)) found.push(name);
  }
  return found;
}

async function writeLayout(siteDir: string, logger: AstroIntegrationLogger): Promise<void> {
  const classes = new Set<string>();
  const unlinked: string[] = [];
  let pages = 0;
  for (const file of await htmlFiles(siteDir)) {
    const html = await readFile(file, 'utf8');
    // Most pages show no formula; skip their class attributes.
    const found = html.includes(LAYOUT_CLASS_PREFIX) ? layoutClassesIn(html) : [];
    if (found.length === 0) continue;
    pages += 1;
    for (const name of found) classes.add(name);
    if (!html.includes(MATH_LAYOUT_FILE)) unlinked.push(relative(siteDir, file));
  }
  if (unlinked.length > 0) {
    const list = unlinked.join('\n  ');
    throw new Error(`These pages show formulas but do not link ${MATH_LAYOUT_FILE} (add <MathStyles slot="head" />):\n  ${list}`);
  }
  const target = join(siteDir, MATH_LAYOUT_FILE);
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, layoutStylesheet(classes));
  logger.info(`${classes.size} KaTeX layout rules for ${pages} pages with formulas in ${MATH_LAYOUT_FILE}.`);
}

export function mathLayoutIntegration(): AstroIntegration {
  return {
    name: 'paper-notes:math-layout',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        await writeLayout(fileURLToPath(dir), logger);
      },
    },
  };
}
