import type { Catalogue, LocalizedText } from './catalogue-schema';
import type { Assessment, PlanState } from './assessment';
import { planRows } from './plan';

/**
 * The improvement plan's due dates as an iCalendar file (RFC 5545) that Outlook, Google Calendar and Apple
 * Calendar import: one all-day event per planned action with a due date, titled with the item number and the
 * action, with a reminder the day before. Made in the browser; nothing is sent anywhere.
 */

export interface IcsLabels {
  /** The calendar's name, e.g. 改善計画. */
  calendarName: string;
  /** Words before the state, owner and assessment in the description (e.g. 対応状況, 担当者, 診断). */
  stateLabel: string;
  owner: string;
  state: Record<PlanState, string>;
  assessmentLabel: string;
}

const CRLF = '\r\n';
const encoder = new TextEncoder();

/** Escapes a TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks. */
export function escapeIcsText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * Folds a content line at 75 octets (RFC 5545 3.1): each continuation starts with a space. A UTF-8 character
 * is never split, so Japanese text stays readable in every client.
 */
export function foldIcsLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    // The first line may hold 75 octets; a continuation line 74 after its leading space.
    const limit = out.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join(`${CRLF} `);
}

const basicDate = (isoDate: string) => isoDate.replaceAll('-', '');

/** The day after a `YYYY-MM-DD` date, as an all-day event's exclusive end. */
function nextDay(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const next = new Date(Date.UTC(y, m - 1, d + 1));
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${pad(next.getUTCFullYear(), 4)}${pad(next.getUTCMonth() + 1)}${pad(next.getUTCDate())}`;
}

function utcStamp(now: Date): string {
  return now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/**
 * The calendar file of an assessment's plan (or of one item's action, with `itemId`): every planned action
 * with a due date, ◎ first then by date. CRLF line ends, lines folded at 75 octets, texts escaped, a stable UID
 * per assessment and item (importing again updates the event rather than adding a second one).
 */
export function exportPlanIcs(
  catalogue: Catalogue,
  assessment: Assessment,
  lang: keyof LocalizedText,
  labels: IcsLabels,
  { now, itemId }: { now: Date; itemId?: string },
): string {
  const today = now.toISOString().slice(0, 10);
  const rows = planRows(catalogue, assessment, today).filter(
    (r) => r.plan.dueOn !== undefined && (itemId === undefined || r.item.id === itemId),
  );
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//telework-security-checklist//improvement plan//JA',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeIcsText(labels.calendarName)}`,
  ];
  for (const { item, plan } of rows) {
    const due = plan.dueOn!;
    const action = plan.action.trim() || item.text[lang];
    const description = [
      `${item.id} ${item.text[lang]}`,
      `${labels.stateLabel}: ${labels.state[plan.state]}`,
      ...(plan.owner.trim() ? [`${labels.owner}: ${plan.owner.trim()}`] : []),
      ...(assessment.name.trim() ? [`${labels.assessmentLabel}: ${assessment.name.trim()}`] : []),
    ].join('\n');
    lines.push(
      'BEGIN:VEVENT',
      `UID:${assessment.id}-${item.id}@telework-security-checklist.invalid`,
      `DTSTAMP:${utcStamp(now)}`,
      `DTSTART;VALUE=DATE:${basicDate(due)}`,
      `DTEND;VALUE=DATE:${nextDay(due)}`,
      `SUMMARY:${escapeIcsText(`${item.id} ${action}`)}`,
      `DESCRIPTION:${escapeIcsText(description)}`,
      'TRANSP:TRANSPARENT',
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      'TRIGGER:-P1D',
      `DESCRIPTION:${escapeIcsText(`${item.id} ${action}`)}`,
      'END:VALARM',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldIcsLine).join(CRLF) + CRLF;
}
