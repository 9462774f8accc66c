/**
 * GFM writes a table column's alignment (`| ---: |`) as an inline `style="text-align:right"` on
 * each cell, which a Content-Security-Policy without 'unsafe-inline' for styles blocks. This
 * plugin turns it into a class (`align-right`) that site.css styles. Any other inline style is
 * left as it is.
 */
import type { RehypePlugin } from '@astrojs/markdown-remark';

/** The few hast shapes this plugin reads; the full types live in @types/hast. */
interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

const ALIGNMENT = /^\s*text-align\s*:\s*(left|right|center)\s*;?\s*$/u;

function moveAlignment(node: HastNode): void {
  const style = node.properties?.['style'];
  const alignment = typeof style === 'string' && (node.tagName === 'th' || node.tagName === 'td') ? ALIGNMENT.exec(style) : null;
  if (node.properties && alignment) {
    const classes = node.properties['className'];
    node.properties['className'] = [...(Array.isArray(classes) ? classes : []), `align-${alignment[1]}`];
    delete node.properties['style'];
  }
  for (const child of node.children ?? []) moveAlignment(child);
}

export const rehypeTableAlign: RehypePlugin<[]> = () => (root) => moveAlignment(root as unknown as HastNode);
