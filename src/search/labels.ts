import type { FilterName } from './fields.ts';

/**
 * Human names for filters and their values, computed at build time on the search page and read by
 * its script, so the browser bundle needs neither the schemas nor the content.
 */
export interface FilterLabels {
  /** Name of each filter group, e.g. `Tag`. */
  readonly groups: Readonly<Record<FilterName, string>>;
  /** Names of values where the raw value is a code (`hf-daily`, `ko`, a source id); others show as they are. */
  readonly values: Readonly<Partial<Record<FilterName, Readonly<Record<string, string>>>>>;
}

/**
 * A value's name, or the value itself. Values come from the URL, so only the table's own entries
 * count: `?source=hasOwnProperty` must not find a function on the object's prototype.
 */
export function valueLabel(labels: FilterLabels, name: FilterName, value: string): string {
  const names = labels.values[name];
  return names && Object.hasOwn(names, value) ? (names[value] ?? value) : value;
}
