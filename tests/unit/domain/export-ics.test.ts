import { describe, expect, it } from 'vitest';
import raw from '../../../data/catalogue.json';
import { parseCatalogue } from '../../../src/domain/catalogue-schema';
import type { Assessment } from '../../../src/domain/assessment';
import { readIcs } from '../../fixtures/read-ics';
import { exportPlanIcs, type IcsLabels } from '../../../src/domain/export-ics';
import { escapeText as escapeIcsText, foldLine as foldIcsLine } from '../../../src/domain/ics';

const catalogue = parseCatalogue(raw);

const labels: IcsLabels = {
  calendarName: '改善計画',
  stateLabel: '対応状況',
  owner: '担当者',
  assessmentLabel: '診断',
  state: { todo: '未着手', doing: '対応中', done: '完了' },
};

const assessment: Assessment = {
  id: 'abc123',
  name: '2026年度 点検',
  organisation: '',
  assessor: '山田',
  catalogueVersion: catalogue.version,
  environments: [
    {
      id: 'e1',
      name: '社用PC',
      method: 1,
      path: [],
      scope: {},
      overrides: [],
      answers: {},
      createdAt: 1,
      updatedAt: 1,
    },
  ],
  plans: [
    {
      itemId: '6-2',
      action: 'VPN機器を更新, 設定;確認\n手順書も',
      owner: '佐藤',
      dueOn: '2027-02-28',
      state: 'doing',
      updatedAt: 1,
    },
    { itemId: '1-1', action: '', owner: '', dueOn: '2026-12-31', state: 'todo', updatedAt: 1 },
    { itemId: '2-1', action: '期限なし', owner: '', state: 'todo', updatedAt: 1 },
  ],
  createdAt: 1,
  updatedAt: 1,
};

describe('exportPlanIcs', () => {
  const now = new Date('2026-11-30T21:00:00Z');
  const text = exportPlanIcs(catalogue, assessment, 'ja', labels, { now });

  it('writes CRLF lines of at most 75 octets, folded without splitting a character', () => {
    for (const line of text.split('\r\n'))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(text).toContain('\r\n ');
    expect(text).not.toContain('\uFFFD');
  });

  it('reads back as one all-day event per dated action, ◎ first, with the item number and action as title', () => {
    const props = readIcs(text);
    expect(props[0]).toMatchObject({ name: 'BEGIN', value: 'VCALENDAR' });
    expect(props.find((p) => p.name === 'VERSION')?.value).toBe('2.0');
    const events = props.filter((p) => p.name === 'BEGIN' && p.value === 'VEVENT');
    expect(events).toHaveLength(2);
    const summaries = props.filter((p) => p.name === 'SUMMARY').map((p) => p.value);
    // 1-1 is ◎, 6-2 is ○; an action not written yet takes the item's text.
    expect(summaries[0]).toBe(`1-1 ${catalogue.items.find((i) => i.id === '1-1')!.text.ja}`);
    expect(summaries[1]).toBe('6-2 VPN機器を更新, 設定;確認\n手順書も');
    const starts = props.filter((p) => p.name === 'DTSTART');
    expect(starts.map((p) => [p.params, p.value])).toEqual([
      ['VALUE=DATE', '20261231'],
      ['VALUE=DATE', '20270228'],
    ]);
    expect(props.filter((p) => p.name === 'DTEND').map((p) => p.value)).toEqual(['20270101', '20270301']);
    expect(props.filter((p) => p.name === 'UID').map((p) => p.value)).toEqual([
      'abc123-1-1@telework-security-checklist.invalid',
      'abc123-6-2@telework-security-checklist.invalid',
    ]);
    expect(props.filter((p) => p.name === 'DTSTAMP').every((p) => p.value === '20261130T210000Z')).toBe(true);
    const description = props.filter((p) => p.name === 'DESCRIPTION')[2]!.value;
    expect(description.split('\n')).toContain('担当者: 佐藤');
    expect(props.at(-1)).toMatchObject({ name: 'END', value: 'VCALENDAR' });
  });

  it('makes the file of one action only', () => {
    const one = readIcs(exportPlanIcs(catalogue, assessment, 'ja', labels, { now, itemId: '6-2' }));
    expect(one.filter((p) => p.name === 'SUMMARY').map((p) => p.value)).toEqual([
      '6-2 VPN機器を更新, 設定;確認\n手順書も',
    ]);
  });
});

describe('escapeIcsText and foldIcsLine', () => {
  it('escapes backslash, semicolon, comma and line breaks', () => {
    expect(escapeIcsText('a\\b;c,d\r\ne\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('leaves a short line alone and folds a long one at 75 octets', () => {
    expect(foldIcsLine('SUMMARY:short')).toBe('SUMMARY:short');
    const folded = foldIcsLine(`SUMMARY:${'あ'.repeat(40)}`);
    const parts = folded.split('\r\n');
    expect(parts.length).toBe(2);
    expect(new TextEncoder().encode(parts[0]).length).toBeLessThanOrEqual(75);
    expect(parts[1]!.startsWith(' ')).toBe(true);
    expect(folded.replace(/\r\n /g, '')).toBe(`SUMMARY:${'あ'.repeat(40)}`);
  });
});
