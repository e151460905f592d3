import type { Language } from './language';
import type { jaResources, Namespace } from './resources';

/**
 * The texts as the browser gets them: nothing is bundled with the app's code. The page frame's and the home
 * screen's namespaces (the shell's: see shell.ts) come as one file per language, which the first screen loads
 * in the visitor's language only (an English visitor downloads no Japanese texts, and the reverse); every other
 * namespace loads with the first screen that uses it (see setup.ts). resources.ts and resources-en.ts keep
 * them all together for the types, the tests and the pre-render; they are not imported here, or every text
 * would be bundled with the first screen again.
 */
export const SHELL_NAMESPACES = ['common', 'home', 'errors'] as const;
export type ShellNamespace = (typeof SHELL_NAMESPACES)[number];
export type ShellTexts = { [N in ShellNamespace]: (typeof jaResources)[N] };

const shell: Record<Language, () => Promise<{ default: object }>> = {
  ja: () => import('./shell-texts-ja'),
  en: () => import('./shell-texts-en'),
};

/** Every other namespace of each language, one file each, loaded on demand. */
const later = import.meta.glob<{ default: object }>([
  '../locales/*/*.json',
  '!../locales/*/{common,home,errors}.json',
]);

/** Every namespace: the shell's and the other files of Japanese (a test checks that this is all of them). */
export const BROWSER_NAMESPACES = [
  ...SHELL_NAMESPACES,
  ...Object.keys(later).flatMap((path) => /^\.\.\/locales\/ja\/(\w+)\.json$/.exec(path)?.slice(1) ?? []),
] as Namespace[];

function isShellNamespace(ns: string): ns is ShellNamespace {
  return (SHELL_NAMESPACES as readonly string[]).includes(ns);
}

/** The shell's texts in `lng` (English ones are typed against Japanese in resources-en.ts, and tested). */
export async function loadShellTexts(lng: Language): Promise<ShellTexts> {
  return (await shell[lng]()).default as ShellTexts;
}

/** Loads one namespace's texts in `lng`. */
export async function loadNamespace(lng: Language, ns: string): Promise<object> {
  if (isShellNamespace(ns)) return (await loadShellTexts(lng))[ns];
  const load = later[`../locales/${lng}/${ns}.json`];
  if (!load) throw new Error(`unknown namespace ${ns}`);
  return (await load()).default;
}
