/**
 * Runs after rehype-katex on every Markdown and MDX file (notes, the site's own pages).
 *
 * - rehype-katex only warns when a formula does not parse and then shows it in red; a note with
 *   broken math fails the build here instead, naming the file, line and KaTeX's reason.
 * - In builds, moves the inline styles of KaTeX's output into classes (see ./inline-styles.ts),
 *   so note pages carry no `style` attributes for math. Other elements are left alone.
 */
import { relative } from 'node:path';
import type { RehypePlugin } from '@astrojs/markdown-remark';
import { styleClasses } from './inline-styles.ts';

/** The few hast shapes this plugin reads; the full types live in @types/hast. */
interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}
interface FileMessage {
  source?: string | null;
  line?: number | null;
  column?: number | null;
  reason: string;
  cause?: unknown;
}
interface File {
  path?: string;
  messages: FileMessage[];
}

export interface KatexLayoutOptions {
  /** Move KaTeX's inline styles into classes; off for the dev server, which needs no strict policy. */
  readonly styleClasses: boolean;
}

function classesOf(node: HastNode): string[] {
  const value = node.properties?.['className'];
  return Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(/\s+/u) : [];
}

function isKatexRoot(node: HastNode): boolean {
  const classes = classesOf(node);
  return classes.includes('katex') || classes.includes('katex-display');
}

function moveStyles(node: HastNode, inMath: boolean): void {
  const math = inMath || isKatexRoot(node);
  const style = node.properties?.['style'];
  if (math && node.properties && typeof style === 'string') {
    node.properties['className'] = [...classesOf(node), ...styleClasses(style)];
    delete node.properties['style'];
  }
  for (const child of node.children ?? []) moveStyles(child, math);
}

export const rehypeKatexLayout: RehypePlugin<[KatexLayoutOptions]> = (options) => {
  return (root, vfile): void => {
    const tree = root as unknown as HastNode;
    const file = vfile as unknown as File;
    const failure = file.messages.find((message) => message.source === 'rehype-katex');
    if (failure) {
      const where = `${file.path ? relative(process.cwd(), file.path) : 'a Markdown file'}:${failure.line ?? 1}:${failure.column ?? 1}`;
      const reason = failure.cause instanceof Error ? failure.cause.message : failure.reason;
      throw new Error(`${where}: KaTeX could not render this math: ${reason}`);
    }
    if (options.styleClasses) moveStyles(tree, false);
  };
};
