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
  review: () => import('../locales/ja/review.json'),
};

/** Every namespace; the type of `laterJa` makes sure none is left out. */
export const BROWSER_NAMESPACES = [...Object.keys(firstScreenJa), ...Object.keys(laterJa)] as Namespace[];

/** Loads one Japanese namespace that is not bundled with the first screen. */
export async function loadJaNamespace(ns: string): Promise<object> {
  const load = (laterJa as Record<string, (() => Promise<{ default: object }>) | undefined>)[ns];
  if (!load) throw new Error(`unknown namespace ${ns}`);
  return (await load()).default;
}
