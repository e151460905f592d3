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

type Loaders = Record<Exclude<Namespace, ShellNamespace>, () => Promise<{ default: object }>>;

const later: Record<Language, Loaders> = {
  ja: {
    wizard: () => import('../locales/ja/wizard.json'),
    checklist: () => import('../locales/ja/checklist.json'),
    assessments: () => import('../locales/ja/assessments.json'),
    report: () => import('../locales/ja/report.json'),
    share: () => import('../locales/ja/share.json'),
    plan: () => import('../locales/ja/plan.json'),
    review: () => import('../locales/ja/review.json'),
  },
  en: {
    wizard: () => import('../locales/en/wizard.json'),
    checklist: () => import('../locales/en/checklist.json'),
    assessments: () => import('../locales/en/assessments.json'),
    report: () => import('../locales/en/report.json'),
    share: () => import('../locales/en/share.json'),
    plan: () => import('../locales/en/plan.json'),
    review: () => import('../locales/en/review.json'),
  },
};

/** Every namespace; the type of `later` makes sure none is left out. */
export const BROWSER_NAMESPACES = [...SHELL_NAMESPACES, ...Object.keys(later.ja)] as Namespace[];

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
  const load = (later[lng] as Record<string, (() => Promise<{ default: object }>) | undefined>)[ns];
  if (!load) throw new Error(`unknown namespace ${ns}`);
  return (await load()).default;
}
