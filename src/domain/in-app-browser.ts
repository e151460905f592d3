/** Apps whose built-in browser opens links in a view of their own, with storage apart from the default browser. */
export type InAppBrowser =
  'line' | 'facebook' | 'instagram' | 'wechat' | 'teams' | 'slack' | 'x' | 'kakaotalk' | 'android-webview';

/** The app-specific markers, checked in order (Instagram's and Facebook's are distinct; LINE's is ` Line/`). */
const MARKERS: readonly (readonly [InAppBrowser, RegExp])[] = [
  ['line', /\bLine\/\d/],
  ['instagram', /\bInstagram[ /]\d/],
  ['facebook', /\bFB(AN|AV|_IAB|IOS|4A)\b|\[FB/],
  ['wechat', /\bMicroMessenger\//],
  ['teams', /\bTeams\/\d/],
  ['slack', /\bSlack(_SSB)?\/\d/],
  ['x', /\bTwitter(Android| for i(Phone|Pad))/],
  ['kakaotalk', /\bKAKAOTALK\b/i],
];

/**
 * Which in-app browser a user-agent string belongs to, or null for an ordinary browser. In these browsers what
 * the app saves stays in the app's own storage: it is not there the next time the user opens the app in their
 * default browser, and some apps clear it. Android's generic WebView (`; wv)`) is reported as such, for apps
 * that do not name themselves.
 */
export function detectInAppBrowser(userAgent: string): InAppBrowser | null {
  for (const [app, marker] of MARKERS) if (marker.test(userAgent)) return app;
  if (/;\s*wv\)/.test(userAgent)) return 'android-webview';
  return null;
}
