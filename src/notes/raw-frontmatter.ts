/**
 * Reads one top-level scalar of a file's YAML frontmatter exactly as written, quotes removed:
 * `date: 2025-03-01`, `date: "2025-03-01"` and `date: 2025-03-01 # started` all give `2025-03-01`.
 * Returns null when the frontmatter has no such line.
 */
export function rawFrontmatterValue(source: string, key: string): string | null {
  const block = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---/u.exec(source)?.[1];
  if (block === undefined) return null;
  for (const line of block.split(/\r?\n/u)) {
    const match = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/u.exec(line);
    if (match?.[1] !== key) continue;
    const value = (match[2] ?? '').trim();
    const quoted = /^(["'])(.*)\1(?:\s+#.*)?$/u.exec(value);
    if (quoted) return quoted[2] ?? '';
    return value.replace(/\s+#.*$/u, '');
  }
  return null;
}
