/**
 * GFM task lists (`- [x] done`) become list items with a disabled checkbox that has no label, so a
 * screen reader announces an unnamed checkbox. This plugin names each checkbox after its item's
 * text (nested lists left out), which is what the box stands for.
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

function textOf(node: HastNode): string {
  if (node.type === 'text') return node.value ?? '';
  if (node.tagName === 'ul' || node.tagName === 'ol') return '';
  return (node.children ?? []).map(textOf).join('');
}

function isCheckbox(node: HastNode): boolean {
  return node.tagName === 'input' && node.properties?.['type'] === 'checkbox';
}

/** The checkbox of a task item: the item's first element, or the first one of its first paragraph. */
function checkboxOf(item: HastNode): HastNode | undefined {
  const first = item.children?.find((child) => child.type === 'element');
  if (first && isCheckbox(first)) return first;
  return first?.tagName === 'p' ? first.children?.find(isCheckbox) : undefined;
}

function label(node: HastNode): void {
  const classes = node.properties?.['className'];
  if (node.tagName === 'li' && Array.isArray(classes) && classes.includes('task-list-item')) {
    const box = checkboxOf(node);
    const text = textOf(node).replace(/\s+/gu, ' ').trim();
    if (box?.properties && text !== '') box.properties['ariaLabel'] = text;
  }
  for (const child of node.children ?? []) label(child);
}

export const rehypeTaskListLabels: RehypePlugin<[]> = () => (root) => {
  label(root);
};
