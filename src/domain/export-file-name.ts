import { localDate } from './export-xlsx-model';

/**
 * A file name from the assessment's name and the local date, without characters that file systems refuse.
 * The same rule as src/ui/export-file-name.ts, which can import this one once the UI has moved to its
 * feature folders.
 */
export function exportFileName(
  name: string,
  fallback: string,
  date: Date,
  extension: 'json' | 'csv' | 'xlsx',
): string {
  const safe = [...name]
    .map((c) => (c.charCodeAt(0) < 0x20 || c === '\u007f' || '\\/:*?"<>|'.includes(c) ? ' ' : c))
    .join('')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '');
  const short = Array.from(safe).slice(0, 60).join('').trim();
  return `${short || fallback}-${localDate(date)}.${extension}`;
}
