import { navigate, routeHref } from './router';

/**
 * The method picker's routes. Every place in the wizard has its own URL, so a reload keeps the user's place and
 * the browser's back button steps back through the questions.
 *
 *   #/a/<assessment>/e/<environment>/pick/<question>   one question of the flowchart
 *   #/a/<assessment>/e/<environment>/result            the method and why
 *   #/a/<assessment>/e/<environment>/choose            pick one of the 8 methods directly
 *   #/a/<assessment>/e/<environment>/scope             the scope questions of the method
 */

export const WIZARD_VIEWS = ['pick', 'result', 'choose', 'scope'] as const;
export type WizardView = (typeof WIZARD_VIEWS)[number];

export function isWizardView(segment: string | undefined): segment is WizardView {
  return (WIZARD_VIEWS as readonly (string | undefined)[]).includes(segment);
}

const enc = encodeURIComponent;

export const environmentBase = (aid: string, eid: string) => `/a/${enc(aid)}/e/${enc(eid)}`;
export const pickPath = (aid: string, eid: string, questionId?: string) =>
  `${environmentBase(aid, eid)}/pick${questionId ? `/${enc(questionId)}` : ''}`;
export const resultPath = (aid: string, eid: string) => `${environmentBase(aid, eid)}/result`;
export const choosePath = (aid: string, eid: string) => `${environmentBase(aid, eid)}/choose`;
export const scopePath = (aid: string, eid: string) => `${environmentBase(aid, eid)}/scope`;
export const checklistPath = (aid: string, eid: string) => `${environmentBase(aid, eid)}/checklist`;
export const overviewPath = (aid: string) => `/a/${enc(aid)}`;

interface WizardHistoryState {
  /** The hash of the wizard page this entry was reached from by going forward. */
  wizardFrom?: string;
}

function historyState(): WizardHistoryState {
  const state: unknown = window.history.state;
  return state && typeof state === 'object' ? (state as WizardHistoryState) : {};
}

/** Goes forward to a wizard page with a new history entry that remembers where it came from. */
export function goForward(path: string): void {
  const from = window.location.hash;
  navigate(path);
  window.history.replaceState({ ...historyState(), wizardFrom: from }, '');
}

/**
 * Goes back to a wizard page. When the current entry was reached from that very page, this is the browser's
 * own back, so the in-page button and the browser's button agree and history does not grow; otherwise (after
 * a reload in a new tab, or arriving from a link) it navigates there.
 */
export function goBack(path: string): void {
  if (historyState().wizardFrom === routeHref(path)) window.history.back();
  else navigate(path);
}
