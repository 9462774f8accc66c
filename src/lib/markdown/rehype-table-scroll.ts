/**
 * A table wider than the screen scrolls sideways inside a wrapper, so the table itself keeps its
 * table layout (`display: block` on a table drops its table semantics in Safari and VoiceOver). A
 * region that scrolls must be reachable by keyboard to be scrolled without a pointer, so the
 * wrapper takes focus and has a name: `Table`, or `Table 2 of 3` on a page with several.
 */
import type { RehypePlugin } from '@astrojs/markdown-remark';

/** The few hast shapes this plugin reads; the full types live in @types/hast. */
interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

/** The class site.css gives the wrapper; the build-time components' tables use the same one. */
export const TABLE_SCROLL_CLASS = 'table-scroll';

function tablesIn(node: HastNode, found: { parent: HastNode; index: number }[] = []): { parent: HastNode; index: number }[] {
  (node.children ?? []).forEach((child, index) => {
    if (child.type === 'element' && child.tagName === 'table') found.push({ parent: node, index });
    else tablesIn(child, found);
  });
  return found;
}

export const rehypeTableScroll: RehypePlugin<[]> = () => (root) => {
  const tables = tablesIn(root as unknown as HastNode);
  tables.forEach(({ parent, index }, position) => {
    const table = parent.children?.[index];
    if (!table || !parent.children) return;
    const label = tables.length === 1 ? 'Table' : `Table ${position + 1} of ${tables.length}`;
    parent.children[index] = {
      type: 'element',
      tagName: 'div',
      properties: { className: [TABLE_SCROLL_CLASS], tabIndex: 0, role: 'region', ariaLabel: label },
      children: [table],
    };
  });
};
