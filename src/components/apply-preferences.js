// Applies the stored theme and commentary language before the first paint (see PreferencesScript.astro).
(function () {
  var root = document.documentElement;
  root.classList.add('js');
  var script = document.currentScript;
  var preferences = JSON.parse((script && script.getAttribute('data-preferences')) || '{}');
  Object.keys(preferences).forEach(function (name) {
    var preference = preferences[name];
    var value = null;
    try {
      value = localStorage.getItem(preference.key);
    } catch (error) {
      // Storage can be blocked; the default applies.
    }
    // The first choice is the default, shown by setting no attribute.
    if (preference.choices.indexOf(value) > 0) root.setAttribute('data-' + name, value);
  });
})();
