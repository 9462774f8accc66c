/**
 * The `property: value` pairs of an inline `style` attribute, in order, or null when one of them has
 * no colon. Highlighted code and formulas arrive with inline styles, which the site turns into classes
 * (src/lib/code.ts, src/lib/math/inline-styles.ts); both read them through this.
 */
export function styleDeclarations(style: string): [property: string, value: string][] | null {
  const declarations: [string, string][] = [];
  for (const part of style.split(';')) {
    const declaration = part.trim();
    if (declaration === '') continue;
    const colon = declaration.indexOf(':');
    if (colon === -1) return null;
    declarations.push([declaration.slice(0, colon), declaration.slice(colon + 1)]);
  }
  return declarations;
}
