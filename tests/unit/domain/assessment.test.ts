import { describe, expect, it } from 'vitest';
import {
  assessmentSchema,
  createAssessment,
  isIsoDate,
  isReadOnly,
  oneYearAfter,
} from '../../../src/domain/assessment';
import { parseAssessmentJson, exportAssessmentJson } from '../../../src/domain/export-json';
import { catalogue } from '../../../src/catalogue';

const base = () => createAssessment('2024年度 点検', catalogue.version, 1_700_000_000_000);

describe('assessmentSchema', () => {
  it('still reads an assessment saved before the next review date and the 確定 mark existed', () => {
    const old = base();
    expect('nextReviewOn' in old || 'finalisedAt' in old).toBe(false);
    expect(assessmentSchema.safeParse(old).success).toBe(true);
  });

  it('reads a next review date and a finalised time', () => {
    const a = { ...base(), nextReviewOn: '2025-04-01', finalisedAt: 1_700_000_100_000 };
    expect(assessmentSchema.parse(a)).toEqual(a);
  });

  it('rejects a next review date that is not a calendar date', () => {
    for (const nextReviewOn of ['2025/04/01', '2025-02-30', '令和7年4月1日', ''])
      expect(assessmentSchema.safeParse({ ...base(), nextReviewOn }).success).toBe(false);
  });

  it('rejects a finalised time that is not a timestamp', () => {
    expect(assessmentSchema.safeParse({ ...base(), finalisedAt: -1 }).success).toBe(false);
    expect(assessmentSchema.safeParse({ ...base(), finalisedAt: '2025-04-01' }).success).toBe(false);
  });

  it('carries both fields through a JSON export and import', () => {
    const a = { ...base(), nextReviewOn: '2025-04-01', finalisedAt: 1_700_000_100_000 };
    const result = parseAssessmentJson(catalogue, exportAssessmentJson(a, 1_700_000_200_000));
    expect(result).toMatchObject({ ok: true, assessment: a });
  });
});

describe('isReadOnly', () => {
  it('is false until the assessment is finalised', () => {
    expect(isReadOnly(base())).toBe(false);
  });

  it('is true while it is finalised', () => {
    expect(isReadOnly({ ...base(), finalisedAt: 1_700_000_100_000 })).toBe(true);
  });
});

describe('isIsoDate', () => {
  it('accepts a real YYYY-MM-DD date and nothing else', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2024-4-1')).toBe(false);
  });
});

describe('oneYearAfter', () => {
  it('gives the same day a year later', () => {
    expect(oneYearAfter('2024-04-01')).toBe('2025-04-01');
    expect(oneYearAfter('2025-12-31')).toBe('2026-12-31');
  });

  it('turns 29 February into 28 February', () => {
    expect(oneYearAfter('2024-02-29')).toBe('2025-02-28');
  });
});
