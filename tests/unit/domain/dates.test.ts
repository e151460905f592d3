import { describe, expect, it } from 'vitest';
import {
  fiscalYear,
  fiscalYearLabel,
  formatDate,
  localDateStamp,
  startOfLocalDate,
} from '../../../src/domain/dates';

describe('localDateStamp', () => {
  it('writes the local calendar day, zero-padded', () => {
    expect(localDateStamp(new Date(2024, 3, 1, 9, 30))).toBe('2024-04-01');
  });

  it('keeps the local day just after midnight, when the UTC date can still be the day before', () => {
    expect(localDateStamp(new Date(2024, 11, 31, 0, 5).getTime())).toBe('2024-12-31');
  });
});

describe('startOfLocalDate', () => {
  it('gives the local midnight of a calendar date', () => {
    expect(startOfLocalDate('2025-04-01')).toBe(new Date(2025, 3, 1).getTime());
  });

  it('round-trips with localDateStamp', () => {
    expect(localDateStamp(startOfLocalDate('2024-02-29'))).toBe('2024-02-29');
  });
});

describe('formatDate', () => {
  const day = new Date(2026, 10, 30, 9, 5);

  it('writes a Japanese date in 西暦 or 和暦', () => {
    expect(formatDate(day, { language: 'ja', calendar: 'gregorian' })).toBe('2026年11月30日');
    expect(formatDate(day, { language: 'ja', calendar: 'japanese' })).toBe('令和8年11月30日');
  });

  it('writes the time and the month in the chosen calendar', () => {
    expect(formatDate(day, { language: 'ja', calendar: 'japanese', style: 'dateTime' })).toBe(
      '令和8年11月30日 9:05',
    );
    expect(formatDate(day, { language: 'ja', calendar: 'gregorian', style: 'month' })).toBe('2026年11月');
    expect(formatDate(day, { language: 'ja', calendar: 'japanese', style: 'month' })).toBe('令和8年11月');
  });

  it('writes the first year of an era as 元年, and the day before it in the old era', () => {
    expect(formatDate(new Date(2019, 4, 1), { language: 'ja', calendar: 'japanese' })).toBe('令和元年5月1日');
    expect(formatDate(new Date(2019, 3, 30), { language: 'ja', calendar: 'japanese' })).toBe(
      '平成31年4月30日',
    );
  });

  it('always writes English dates in the Gregorian calendar', () => {
    expect(formatDate(day, { language: 'en', calendar: 'japanese' })).toBe('30 November 2026');
    expect(formatDate(day.getTime(), { language: 'en', calendar: 'gregorian', style: 'month' })).toBe(
      'November 2026',
    );
  });
});

describe('fiscalYear', () => {
  it('runs from April to March', () => {
    expect(fiscalYear(new Date(2027, 2, 31, 23, 59))).toBe(2026);
    expect(fiscalYear(new Date(2027, 3, 1, 0, 0))).toBe(2027);
    expect(fiscalYear(new Date(2026, 10, 30).getTime())).toBe(2026);
  });
});

describe('fiscalYearLabel', () => {
  it('names the fiscal year in either calendar, and in English', () => {
    expect(fiscalYearLabel(2026, { language: 'ja', calendar: 'gregorian' })).toBe('2026年度');
    expect(fiscalYearLabel(2026, { language: 'ja', calendar: 'japanese' })).toBe('令和8年度');
    expect(fiscalYearLabel(2026, { language: 'en', calendar: 'japanese' })).toBe('FY2026');
  });

  it('calls the year the era changed by the new era', () => {
    expect(fiscalYearLabel(2019, { language: 'ja', calendar: 'japanese' })).toBe('令和元年度');
    expect(fiscalYearLabel(2018, { language: 'ja', calendar: 'japanese' })).toBe('平成30年度');
  });
});
