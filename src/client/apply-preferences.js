// Applies the stored theme and commentary language before the first paint (see PreferencesScript.astro).
(function () {
  const root = document.documentElement;
  root.classList.add('js');
  const script = document.currentScript;
  const preferences = JSON.parse((script && script.getAttribute('data-preferences')) || '{}');
  for (const name of Object.keys(preferences)) {
    const preference = preferences[name];
    let value = null;
    try {
      value = localStorage.getItem(preference.key);
    } catch {
      // Storage can be blocked; the default applies.
    }
    // The first choice is the default, shown by setting no attribute.
    if (preference.choices.indexOf(value) > 0) root.setAttribute('data-' + name, value);
  }
})();
