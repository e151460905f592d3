// The language the app shows, and the translator of its shell: the page frame (header, footer, notices) and the
// home screen. These are the first screen, and they translate without i18next, so that i18next and
// react-i18next (about 18 KB gzip) are not part of the first screen's download: they load with the first other
// screen, in parallel with its code (see app.tsx and route-preload.ts). Every other screen uses react-i18next.
//
// The shell's texts are the same files as i18next's (the `common`, `home` and `errors` namespaces), and they use
// only what this translator does: nested keys and `{{name}}` placeholders, inserted as they are (React escapes
// them, as it does for i18next's results with `escapeValue: false`). tests/unit/i18n/shell.test.ts checks, for
// every key of those namespaces in both languages, that this gives exactly what i18next gives.
import { useCallback, useSyncExternalStore } from 'react';
import { requestCatalogueLanguage } from '../catalogue-texts';
import {
  loadShellTexts as fetchShellTexts,
  SHELL_NAMESPACES,
  type ShellNamespace,
  type ShellTexts,
} from './browser-resources';
import { chosenLanguage, LANGUAGE_KEY, type Language } from './language';

export { SHELL_NAMESPACES, type ShellNamespace };

/** The dotted paths of the texts of a namespace: 'nav.label', 'storage.notSaved.title'… */
type Paths<T> = {
  [K in keyof T & string]: T[K] extends string ? K : `${K}.${Paths<T[K]>}`;
}[keyof T & string];
export type ShellKey<N extends ShellNamespace> = Paths<ShellTexts[N]>;
export type ShellT<N extends ShellNamespace> = (
  key: ShellKey<N>,
  values?: Readonly<Record<string, string | number>>,
) => string;

const texts: Partial<Record<Language, ShellTexts>> = {};
const loading = new Map<Language, Promise<void>>();

let current: Language = 'ja';
const listeners = new Set<() => void>();

/** Loads the shell's texts in `lng` (one small file per language). */
export function loadShellTexts(lng: Language): Promise<void> {
  if (texts[lng]) return Promise.resolve();
  let done = loading.get(lng);
  if (!done) {
    done = fetchShellTexts(lng).then((loaded) => {
      texts[lng] = loaded;
    });
    // A failed load may be retried by the next switch.
    done.catch(() => loading.delete(lng));
    loading.set(lng, done);
  }
  return done;
}

function lookUp(lng: Language, ns: ShellNamespace, key: string): string | undefined {
  let node: unknown = texts[lng]?.[ns];
  for (const part of key.split('.')) {
    node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined;
  }
  return typeof node === 'string' ? node : undefined;
}

/**
 * The text at `key` of namespace `ns` in `lng`, with its `{{name}}` placeholders filled from `values` (a
 * placeholder without a value stays as it is, as in i18next). A missing text gives its key, as i18next does.
 */
export function translate(
  lng: Language,
  ns: ShellNamespace,
  key: string,
  values?: Readonly<Record<string, string | number>>,
): string {
  const text = lookUp(lng, ns, key);
  if (text === undefined) return key;
  if (!values) return text;
  return text.replace(/\{\{\s*([^{}\s]+)\s*\}\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}

/** The language shown now. */
export function currentLanguage(): Language {
  return current;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Shows the app in `lng`, whose shell texts must be loaded: the shell re-renders, and the page's lang and title. */
export function showLanguage(lng: Language): void {
  if (!texts[lng]) throw new Error(`the ${lng} texts of the page are not loaded`);
  if (typeof document !== 'undefined') {
    document.documentElement.lang = lng;
    document.title = translate(lng, 'common', 'appName');
  }
  if (lng === current) return;
  current = lng;
  for (const listener of listeners) listener();
}

/** The current language, re-rendering the component when it changes. */
export function useLanguage(): Language {
  return useSyncExternalStore(subscribe, currentLanguage, currentLanguage);
}

/** `t` of a shell namespace in the current language, for the first screen's components. */
export function useShellTranslation<N extends ShellNamespace = 'common'>(
  ns: N = 'common' as N,
): { t: ShellT<N>; lang: Language } {
  const lang = useLanguage();
  const t = useCallback<ShellT<N>>((key, values) => translate(lang, ns, key, values), [lang, ns]);
  return { t, lang };
}

/**
 * What else must follow a language change: i18next, once it is loaded (i18n/setup.ts registers it). Resolves
 * when the rest of the app has its texts in the new language.
 */
let follower: ((lng: Language) => Promise<void>) | null = null;
export function setLanguageFollower(follow: ((lng: Language) => Promise<void>) | null): void {
  follower = follow;
}

/**
 * Switches the language, remembering the choice unless told not to. Everything the new language needs loads
 * first (the shell's texts, the catalogue's texts when the catalogue is loaded, i18next's namespaces in use),
 * so no screen shows a missing text in between.
 */
export async function changeLanguage(lng: Language, remember = true): Promise<void> {
  await Promise.all([loadShellTexts(lng), requestCatalogueLanguage(lng), follower?.(lng)]);
  showLanguage(lng);
  if (remember) {
    try {
      localStorage.setItem(LANGUAGE_KEY, lng);
    } catch {
      // Storage unavailable: the choice lasts for this visit only.
    }
  }
}

/** Starts the visit in its language (saved choice, else the browser's): resolves once it is shown. */
export async function startInChosenLanguage(): Promise<Language> {
  const lng = chosenLanguage();
  await loadShellTexts(lng);
  showLanguage(lng);
  return lng;
}
