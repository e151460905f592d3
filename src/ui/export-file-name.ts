import { localDateStamp } from '../domain/dates';

/** A file name from the assessment's name and today's date, without characters that file systems refuse. */
export function exportFileName(
  name: string,
  fallback: string,
  date: Date,
  extension: 'json' | 'csv',
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
