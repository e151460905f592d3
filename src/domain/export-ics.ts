import type { Catalogue, LocalizedText } from './catalogue-schema';
import type { Assessment, PlanState } from './assessment';
import { planRows } from './plan';
import { CRLF, compactDate, escapeText, foldLine, nextDay, utcStamp } from './ics';

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
    `X-WR-CALNAME:${escapeText(labels.calendarName)}`,
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
      `DTSTAMP:${utcStamp(now.getTime())}`,
      `DTSTART;VALUE=DATE:${compactDate(due)}`,
      `DTEND;VALUE=DATE:${compactDate(nextDay(due))}`,
      `SUMMARY:${escapeText(`${item.id} ${action}`)}`,
      `DESCRIPTION:${escapeText(description)}`,
      'TRANSP:TRANSPARENT',
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      'TRIGGER:-P1D',
      `DESCRIPTION:${escapeText(`${item.id} ${action}`)}`,
      'END:VALARM',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}
