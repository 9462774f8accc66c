/**
 * A table wider than the screen scrolls sideways inside a wrapper (a named section), so the table itself keeps its
 * table layout (`display: block` on a table drops its table semantics in Safari and VoiceOver). A
 * region that scrolls must be reachable by keyboard to be scrolled without a pointer, so the
 * wrapper takes focus and has a name: the table's caption, else the heading it comes under
 * (`Table: Where the pages come from`), else `Table`, numbered when several share a name.
 */
import type { RehypePlugin } from '@astrojs/markdown-remark';

/** The few hast shapes this plugin reads; the full types live in @types/hast. */
interface HastNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

interface FoundTable {
  readonly parent: HastNode;
  readonly index: number;
  readonly name: string;
}

/** The class site.css gives the wrapper; the build-time components' tables use the same one. */
export const TABLE_SCROLL_CLASS = 'table-scroll';

const HEADING = /^h[1-6]$/u;

function textOf(node: HastNode): string {
  if (node.type === 'text') return node.value ?? '';
  return (node.children ?? []).map(textOf).join('');
}

function nameOf(table: HastNode, heading: string | null): string {
  const caption = table.children?.find((child) => child.tagName === 'caption');
  const text = (caption ? textOf(caption) : (heading ?? '')).replace(/\s+/gu, ' ').trim();
  return text ? `Table: ${text}` : 'Table';
}

/** Tables in document order, each with the name of the heading last seen before it. */
function tablesIn(root: HastNode): FoundTable[] {
  const found: FoundTable[] = [];
  let heading: string | null = null;
  const visit = (node: HastNode) => {
    (node.children ?? []).forEach((child, index) => {
      if (child.type !== 'element') return;
      if (HEADING.test(child.tagName ?? '')) heading = textOf(child);
      else if (child.tagName === 'table') found.push({ parent: node, index, name: nameOf(child, heading) });
      else visit(child);
    });
  };
  visit(root);
  return found;
}

export const rehypeTableScroll: RehypePlugin<[]> = () => (root) => {
  const tables = tablesIn(root);
  const totals = new Map<string, number>();
  for (const { name } of tables) totals.set(name, (totals.get(name) ?? 0) + 1);
  const seen = new Map<string, number>();
  for (const { parent, index, name } of tables) {
    const table = parent.children?.[index];
    if (!table || !parent.children) continue;
    const position = (seen.get(name) ?? 0) + 1;
    seen.set(name, position);
    const total = totals.get(name) ?? 1;
    const ariaLabel = total > 1 ? `${name} (${position} of ${total})` : name;
    parent.children[index] = {
      type: 'element',
      // A named section is a region to assistive technology, as html-validate prefers to a div with the role.
      tagName: 'section',
      properties: { className: [TABLE_SCROLL_CLASS], tabIndex: 0, ariaLabel },
      children: [table],
    };
  }
};
