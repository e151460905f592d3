import type { ItemStatus } from '../../domain/assessment';

/**
 * The statuses in the order the radio group shows them, each with its single-key shortcut. 未回答 is the
 * default and comes first; the answers a person gives most take the keys 1–5, left to right.
 */
export const STATUS_CHOICES: readonly { status: ItemStatus; key: string }[] = [
  { status: 'unanswered', key: '0' },
  { status: 'done', key: '1' },
  { status: 'partial', key: '2' },
  { status: 'not-done', key: '3' },
  { status: 'unknown', key: '4' },
  { status: 'na', key: '5' },
];

const byKey = new Map(STATUS_CHOICES.map((c) => [c.key, c.status]));

/** The status a key press chooses, or null. */
export function statusForKey(key: string): ItemStatus | null {
  return byKey.get(key) ?? null;
}

/** The key that jumps to the next unanswered item. */
export const NEXT_UNANSWERED_KEY = 'n';

/**
 * True when the key press goes into a text field (or comes with a modifier, or is part of an IME
 * composition), so that a shortcut must not fire: typing "1" in a note types "1".
 */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement)
    return !['radio', 'checkbox', 'button', 'submit', 'reset'].includes(target.type);
  return false;
}
