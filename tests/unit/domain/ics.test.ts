import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, reminderIcs } from '../../../src/domain/ics';

/** A small reader of what calendars do with the file: unfold (RFC 5545 3.1), then split name, params, value. */
function readIcs(text: string): { name: string; params: string; value: string }[] {
  return text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter(Boolean)
    .map((line) => {
      const colon = line.indexOf(':');
      const [name, ...params] = line.slice(0, colon).split(';');
      return { name: name!, params: params.join(';'), value: line.slice(colon + 1) };
    });
}

const unescape = (v: string) =>
  v.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));

describe('reminderIcs', () => {
  const summary = '次回見直し：2026年度 テレワークセキュリティ自己診断（本社, 支店; 全社）';
  const description = `「この診断をもとに次回の診断を始める」から始めてください。\n前回の実施率：45%\\確認済み。${'長い説明'.repeat(30)}`;
  const text = reminderIcs({
    uid: 'review-abc123@telework-security-checklist',
    createdAt: Date.UTC(2026, 10, 30, 9, 5, 7),
    date: '2027-11-30',
    summary,
    description,
    alarmDaysBefore: 7,
  });

  it('uses CRLF line ends only and folds every line to 75 octets', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const encoder = new TextEncoder();
    for (const line of text.split('\r\n')) expect(encoder.encode(line).length).toBeLessThanOrEqual(75);
    expect(text).toMatch(/\r\n /);
  });

  it('reads back as one all-day event with a UID, a DTSTAMP and the same texts', () => {
    const props = readIcs(text);
    const get = (n: string) => props.filter((p) => p.name === n);
    expect(props[0]).toEqual({ name: 'BEGIN', params: '', value: 'VCALENDAR' });
    expect(get('VERSION')[0]!.value).toBe('2.0');
    expect(get('PRODID')).toHaveLength(1);
    expect(get('UID')[0]!.value).toBe('review-abc123@telework-security-checklist');
    expect(get('DTSTAMP')[0]!.value).toBe('20261130T090507Z');
    expect(get('DTSTART')[0]).toEqual({ name: 'DTSTART', params: 'VALUE=DATE', value: '20271130' });
    expect(get('DTEND')[0]).toEqual({ name: 'DTEND', params: 'VALUE=DATE', value: '20271201' });
    expect(unescape(get('SUMMARY')[0]!.value)).toBe(summary);
    expect(unescape(get('DESCRIPTION')[0]!.value)).toBe(description);
    expect(get('TRIGGER')[0]!.value).toBe('-P7D');
    expect(props.at(-1)).toEqual({ name: 'END', params: '', value: 'VCALENDAR' });
  });

  it('ends an event on 31 December on 1 January', () => {
    expect(
      reminderIcs({ uid: 'u', createdAt: 0, date: '2026-12-31', summary: 's', description: '' }),
    ).toContain('DTEND;VALUE=DATE:20270101');
  });
});

describe('escapeText and foldLine', () => {
  it('escapes backslash, semicolon, comma and line breaks', () => {
    expect(escapeText('a\\b;c,d\r\ne\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('never splits a character', () => {
    const folded = foldLine(`SUMMARY:${'あ'.repeat(60)}`);
    expect(folded.replace(/\r\n /g, '')).toBe(`SUMMARY:${'あ'.repeat(60)}`);
    expect(folded.split('\r\n ').every((l) => new TextEncoder().encode(l).length <= 75)).toBe(true);
  });
});
