import common from '../locales/ja/common.json';
import home from '../locales/ja/home.json';
import errors from '../locales/ja/errors.json';
import type { Namespace } from './resources';

/**
 * The Japanese texts as the browser gets them. The page layout's and the home screen's come with the first
 * screen; every other namespace loads with the first screen that uses it (see setup.ts), which keeps them out
 * of the first screen's download. resources.ts keeps them all together for the types, the pre-render and the
 * tests; it is not imported here, or every text would be bundled with the first screen again.
 */
export const firstScreenJa = { common, home, errors } as const;

const laterJa: Record<Exclude<Namespace, keyof typeof firstScreenJa>, () => Promise<{ default: object }>> = {
  wizard: () => import('../locales/ja/wizard.json'),
  checklist: () => import('../locales/ja/checklist.json'),
  assessments: () => import('../locales/ja/assessments.json'),
  report: () => import('../locales/ja/report.json'),
  share: () => import('../locales/ja/share.json'),
  plan: () => import('../locales/ja/plan.json'),
  review: () => import('../locales/ja/review.json'),
};

/** Every namespace; the type of `laterJa` makes sure none is left out. */
export const BROWSER_NAMESPACES = [...Object.keys(firstScreenJa), ...Object.keys(laterJa)] as Namespace[];

const en: Record<Namespace, () => Promise<{ default: object }>> = {
  common: () => import('../locales/en/common.json'),
  home: () => import('../locales/en/home.json'),
  errors: () => import('../locales/en/errors.json'),
  wizard: () => import('../locales/en/wizard.json'),
  checklist: () => import('../locales/en/checklist.json'),
  assessments: () => import('../locales/en/assessments.json'),
  report: () => import('../locales/en/report.json'),
  share: () => import('../locales/en/share.json'),
  plan: () => import('../locales/en/plan.json'),
  review: () => import('../locales/en/review.json'),
};

/**
 * Loads one English namespace. Each is a file of its own, so an English visitor loads, like a Japanese one,
 * the first screen's texts first and every other namespace with the screen that uses it. resources-en.ts
 * types them against Japanese (so none can miss a key) and is used by the pre-render and the tests.
 */
export async function loadEnNamespace(ns: string): Promise<object> {
  const load = (en as Record<string, (() => Promise<{ default: object }>) | undefined>)[ns];
  if (!load) throw new Error(`unknown namespace ${ns}`);
  return (await load()).default;
}

/** Loads one Japanese namespace that is not bundled with the first screen. */
export async function loadJaNamespace(ns: string): Promise<object> {
  const load = (laterJa as Record<string, (() => Promise<{ default: object }>) | undefined>)[ns];
  if (!load) throw new Error(`unknown namespace ${ns}`);
  return (await load()).default;
}
