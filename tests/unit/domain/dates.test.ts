import { describe, expect, it } from 'vitest';
import { localDateStamp } from '../../../src/domain/dates';

describe('localDateStamp', () => {
  it('writes the local calendar day, zero-padded', () => {
    expect(localDateStamp(new Date(2024, 3, 1, 9, 30))).toBe('2024-04-01');
  });

  it('keeps the local day just after midnight, when the UTC date can still be the day before', () => {
    expect(localDateStamp(new Date(2024, 11, 31, 0, 5).getTime())).toBe('2024-12-31');
  });
});
