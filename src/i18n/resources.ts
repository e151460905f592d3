import common from '../locales/ja/common.json';
import home from '../locales/ja/home.json';
import wizard from '../locales/ja/wizard.json';
import checklist from '../locales/ja/checklist.json';
import assessments from '../locales/ja/assessments.json';
import report from '../locales/ja/report.json';
import share from '../locales/ja/share.json';
import errors from '../locales/ja/errors.json';
import plan from '../locales/ja/plan.json';
import review from '../locales/ja/review.json';

/** Japanese is the primary language: its resources define the typed keys and ship in the main bundle. */
export const jaResources = {
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
} as const;

export type Namespace = keyof typeof jaResources;
export const NAMESPACES = Object.keys(jaResources) as Namespace[];
