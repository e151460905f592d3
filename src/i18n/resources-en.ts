import common from '../locales/en/common.json';
import home from '../locales/en/home.json';
import wizard from '../locales/en/wizard.json';
import checklist from '../locales/en/checklist.json';
import assessments from '../locales/en/assessments.json';
import report from '../locales/en/report.json';
import share from '../locales/en/share.json';
import errors from '../locales/en/errors.json';
import plan from '../locales/en/plan.json';
import review from '../locales/en/review.json';
import type { jaResources } from './resources';

/** English resources, loaded only when English is chosen. Typed against Japanese so no key can be missing. */
export const enResources: { [NS in keyof typeof jaResources]: DeepStrings<(typeof jaResources)[NS]> } = {
  common,
  home,
  wizard,
  checklist,
  assessments,
  report,
  share,
  errors,
  plan,
  review,
};

type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };
