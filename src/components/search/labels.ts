import type { FilterName } from './facts.ts';

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

export function valueLabel(labels: FilterLabels, name: FilterName, value: string): string {
  return labels.values[name]?.[value] ?? value;
}
