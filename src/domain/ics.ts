/**
 * iCalendar (RFC 5545), shared by every calendar file the app makes (the improvement plan's, export-ics.ts),
 * and the review reminder: one all-day event, made in the browser and opened by Outlook, Google Calendar or
 * the phone's calendar. Pure text; no time zone is needed for an all-day date.
 */

export interface ReminderEvent {
  /** Globally unique and stable for the same reminder, so importing it again updates rather than duplicates. */
  uid: string;
  /** When the file was made. */
  createdAt: number;
  /** The all-day date, `YYYY-MM-DD`. */
  date: string;
  summary: string;
  description: string;
  /** Days before the date for the calendar's alarm; none when omitted. */
  alarmDaysBefore?: number;
}

export const CRLF = '\r\n';
const MAX_OCTETS = 75;

/** Escapes a TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma, and line breaks as `\n`. */
export function escapeText(value: string): string {
  return value
    .replaceAll('\\', '\\\\')
    .replaceAll(';', '\\;')
    .replaceAll(',', '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * Folds a content line to lines of at most 75 octets of UTF-8 (RFC 5545 3.1), each continuation starting with
 * one space, never splitting a character (Japanese characters take three octets).
 */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    // Continuation lines start with a space, which counts towards their 75 octets.
    const limit = parts.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

/** `YYYY-MM-DD` as iCalendar's DATE form `YYYYMMDD`. */
export const compactDate = (date: string) => date.replaceAll('-', '');

/** The UTC date-time form `20261130T090500Z`. */
export function utcStamp(at: number): string {
  return new Date(at)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** The day after `YYYY-MM-DD`: an all-day event ends (exclusively) on the next day. */
export function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** The whole .ics file: CRLF line ends, folded lines, escaped texts. */
export function reminderIcs(event: ReminderEvent): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//telework-security-checklist//review reminder//JA',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${utcStamp(event.createdAt)}`,
    `DTSTART;VALUE=DATE:${compactDate(event.date)}`,
    `DTEND;VALUE=DATE:${compactDate(nextDay(event.date))}`,
    `SUMMARY:${escapeText(event.summary)}`,
    `DESCRIPTION:${escapeText(event.description)}`,
    'TRANSP:TRANSPARENT',
  ];
  if (event.alarmDaysBefore !== undefined)
    lines.push(
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `TRIGGER:-P${event.alarmDaysBefore}D`,
      `DESCRIPTION:${escapeText(event.summary)}`,
      'END:VALARM',
    );
  lines.push('END:VEVENT', 'END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}
