/**
 * GFM gives a table column's alignment (`| ---: |`) to each cell as `align`, which the MDX
 * compiler writes as an inline `style="text-align:right"`; a Content-Security-Policy without
 * 'unsafe-inline' for styles blocks that. This plugin turns it into a class (`align-right`) that
 * site.css styles.
 */
import type { RehypePlugin } from '@astrojs/markdown-remark';

/** The few hast shapes this plugin reads; the full types live in @types/hast. */
interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

const ALIGNMENTS = new Set(['left', 'right', 'center']);

function moveAlignment(node: HastNode): void {
  const align = node.properties?.['align'];
  if (node.properties && (node.tagName === 'th' || node.tagName === 'td') && typeof align === 'string' && ALIGNMENTS.has(align)) {
    const classes = node.properties['className'];
    node.properties['className'] = [...(Array.isArray(classes) ? classes.map(String) : []), `align-${align}`];
    delete node.properties['align'];
  }
  for (const child of node.children ?? []) moveAlignment(child);
}

export const rehypeTableAlign: RehypePlugin<[]> = () => (root) => {
  moveAlignment(root);
};
