import { href, type Route } from '../../routes';
import { navigate } from '../../ui/router';

/**
 * The method picker's history. Every place in the wizard has its own URL, so a reload keeps the user's place and
 * the browser's back button steps back through the questions.
 */

interface WizardHistoryState {
  /** The hash of the wizard page this entry was reached from by going forward. */
  wizardFrom?: string;
}

function historyState(): WizardHistoryState {
  const state: unknown = window.history.state;
  return state && typeof state === 'object' ? (state as WizardHistoryState) : {};
}

/** Goes forward to a wizard page with a new history entry that remembers where it came from. */
export function goForward(route: Route): void {
  const from = window.location.hash;
  navigate(route);
  window.history.replaceState({ ...historyState(), wizardFrom: from }, '');
}

/**
 * Goes back to a wizard page. When the current entry was reached from that very page, this is the browser's
 * own back, so the in-page button and the browser's button agree and history does not grow; otherwise (after
 * a reload in a new tab, or arriving from a link) it navigates there.
 */
export function goBack(route: Route): void {
  if (historyState().wizardFrom === href(route)) window.history.back();
  else navigate(route);
}
