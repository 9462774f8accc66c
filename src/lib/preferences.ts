/**
 * Reader preferences kept in localStorage: the colour theme and which commentary language to
 * show. The first choice of each is the default, also what a reader without JavaScript gets.
 */
export const PREFERENCES = {
  theme: { auto: 'Auto', light: 'Light', dark: 'Dark' },
  commentary: { both: 'Both', ko: 'KO', en: 'EN' },
} as const satisfies Record<string, Record<string, string>>;

export type Preference = keyof typeof PREFERENCES;

/** localStorage key of a preference; prefixed so other sites on the same origin keep theirs. */
export function storageKey(preference: Preference): string {
  return `paper-notes:${preference}`;
}
