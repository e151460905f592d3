// Decides, before the page's first paint, its language and whether it opens on the home screen. The language:
// the saved choice, else the browser's preference (English only when the browser prefers it over Japanese), as
// initialLanguage() in src/i18n/language.ts does; tests/unit/i18n/early-language.test.ts checks that both agree,
// and that the home screen is told apart as parseRoute() does. The page carries a pre-rendered first screen
// in each language and app.css shows the one of <html lang>, so an English visitor's first paint is English.
// The build puts it in the page's <head> as an inline script (allowed by its hash in the Content-Security-Policy:
// see firstPaint in vite.config.ts), so the page is not painted before it has run and waits for no download.
// A plain script, tiny, that never fails.
/* global window, navigator, document */
(function () {
  var lang = 'ja';
  var saved = null;
  try {
    saved = window.localStorage.getItem('telework-security-checklist.language');
  } catch {
    // Storage blocked: the browser's preference decides.
  }
  if (saved === 'ja' || saved === 'en') {
    lang = saved;
  } else {
    var tags = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language];
    for (var i = 0; i < tags.length; i += 1) {
      var base = String(tags[i] || '')
        .toLowerCase()
        .split('-')[0];
      if (base === 'ja' || base === 'en') {
        lang = base;
        break;
      }
    }
  }
  document.documentElement.lang = lang;
  // Any address but the home screen's: the pre-rendered home screen stays hidden (see app.css), as parseRoute
  // in src/routes.ts tells them apart; the app removes the mark when it starts.
  var hash = window.location.hash;
  if (!(hash.length <= 1 || /^#\/*$/.test(hash))) document.documentElement.setAttribute('data-deep-link', '');
})();
