import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rehypeTableScroll } from '../../src/lib/markdown/rehype-table-scroll.ts';

/** The wrapper a note's or page's table scrolls in: focusable and named for the reader who tabs to it. */
type Node = { type: string; tagName?: string; value?: string; properties?: Record<string, unknown>; children?: Node[] };

const text = (value: string): Node => ({ type: 'text', value });
const el = (tagName: string, children: Node[] = []): Node => ({ type: 'element', tagName, properties: {}, children });
const table = (caption?: string): Node => el('table', caption ? [el('caption', [text(caption)]), el('tbody')] : [el('tbody')]);

function wrap(children: Node[]): Node[] {
  const root: Node = { type: 'root', children };
  const transform = (rehypeTableScroll as unknown as () => (tree: Node) => void)();
  transform(root);
  return (root.children ?? []).filter((child) => child.properties?.['className']);
}

describe('tables in a scrolling region', () => {
  it('wraps each table in a focusable section named after the heading above it', () => {
    const [wrapper] = wrap([el('h2', [text('Where the '), el('em', [text('pages')]), text(' come from')]), table()]);
    assert.ok(wrapper);
    assert.equal(wrapper.tagName, 'section');
    assert.deepEqual(wrapper.properties, { className: ['table-scroll'], tabIndex: 0, ariaLabel: 'Table: Where the pages come from' });
    assert.equal(wrapper.children?.[0]?.tagName, 'table');
  });

  it('prefers the caption, numbers tables that share a name, and says Table when nothing names it', () => {
    const labels = wrap([table(), el('h3', [text('Results')]), table(), table(), table('Memory by bits')]).map(
      (wrapper) => wrapper.properties?.['ariaLabel'],
    );
    assert.deepEqual(labels, ['Table', 'Table: Results (1 of 2)', 'Table: Results (2 of 2)', 'Table: Memory by bits']);
  });

  it('finds tables nested in other elements', () => {
    const root: Node = { type: 'root', children: [el('div', [table()])] };
    (rehypeTableScroll as unknown as () => (tree: Node) => void)()(root);
    assert.equal(root.children?.[0]?.children?.[0]?.tagName, 'section');
  });
});
