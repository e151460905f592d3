import { localDateStamp } from './dates';

/**
 * A file name from the assessment's name and the local date (YYYY-MM-DD, whatever calendar the screens use),
 * without characters that file systems refuse.
 */
export function exportFileName(
  name: string,
  fallback: string,
  date: Date,
  extension: 'json' | 'csv' | 'xlsx' | 'ics',
): string {
  const safe = [...name]
    .map((c) => (c.charCodeAt(0) < 0x20 || c === '\u007f' || '\\/:*?"<>|'.includes(c) ? ' ' : c))
    .join('')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '');
  const short = Array.from(safe).slice(0, 60).join('').trim();
  return `${short || fallback}-${localDateStamp(date)}.${extension}`;
}
