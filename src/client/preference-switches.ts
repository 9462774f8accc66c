/**
 * Keeps the preference switches (theme, commentary language) in step with <html>, where
 * apply-preferences.js already put the stored choices, and applies and remembers each change.
 * A bundled module: it runs after the page is parsed, when every switch exists.
 */
import { PREFERENCES, storageKey, type Preference } from '../lib/preferences.ts';

const root = document.documentElement;

function isPreference(name: string | undefined): name is Preference {
  return name !== undefined && Object.hasOwn(PREFERENCES, name);
}

function defaultChoice(preference: Preference): string {
  return Object.keys(PREFERENCES[preference])[0] ?? '';
}

/** The shown choice: the attribute on <html>, or the default, which sets none. */
function currentChoice(preference: Preference): string {
  return root.getAttribute(`data-${preference}`) ?? defaultChoice(preference);
}

function apply(preference: Preference, value: string): void {
  if (value === defaultChoice(preference)) root.removeAttribute(`data-${preference}`);
  else root.setAttribute(`data-${preference}`, value);
}

function remember(preference: Preference, value: string): void {
  try {
    localStorage.setItem(storageKey(preference), value);
  } catch {
    // Not remembered, but still applied to this page.
  }
}

for (const input of document.querySelectorAll<HTMLInputElement>('input[data-preference]')) {
  const preference = input.dataset['preference'];
  if (isPreference(preference)) input.checked = input.value === currentChoice(preference);
}

document.addEventListener('change', (event) => {
  const input = event.target;
  if (!(input instanceof HTMLInputElement)) return;
  const preference = input.dataset['preference'];
  if (!isPreference(preference) || !Object.hasOwn(PREFERENCES[preference], input.value)) return;
  apply(preference, input.value);
  remember(preference, input.value);
});
