import { describe, expect, it } from 'vitest';
import { localDateStamp, startOfLocalDate } from '../../../src/domain/dates';

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
