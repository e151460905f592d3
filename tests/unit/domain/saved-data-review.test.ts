import { describe, expect, it } from 'vitest';
import {
  SAVED_DATA_VERSION,
  readStoredAssessment,
  serializeAssessment,
} from '../../../src/domain/saved-data';
import { answers, makeAssessment, makeEnvironment } from '../../fixtures/assessments';

/** The review-cycle fields are optional additions to version 2: no new version, old records open unchanged. */
describe('saved data with the review-cycle fields', () => {
  it('opens a record saved before the fields existed, unchanged', () => {
    const before = makeAssessment({
      environments: [makeEnvironment({ method: 1, answers: answers({ '1-1': 'done' }) })],
    });
    const raw = JSON.stringify({ version: 2, assessment: before });
    expect(readStoredAssessment(raw, 'a1')).toEqual({ kind: 'ok', assessment: before });
  });

  it('keeps the series, interval, export time and carried-over marks through a save', () => {
    // Version 3 moved the records to IndexedDB; the review-cycle fields themselves needed no new version.
    expect(SAVED_DATA_VERSION).toBe(3);
    const a = makeAssessment({
      seriesId: 'first',
      reviewIntervalMonths: 6,
      lastExportedAt: 99,
      environments: [
        makeEnvironment({
          method: 1,
          answers: { '1-1': { status: 'done', note: '', updatedAt: 1, carriedOver: true } },
        }),
      ],
    });
    expect(readStoredAssessment(serializeAssessment(a), 'a1')).toEqual({ kind: 'ok', assessment: a });
  });

  it('refuses a carried-over mark that is not true, and an interval out of range', () => {
    const bad = (patch: object) =>
      readStoredAssessment(JSON.stringify({ version: 2, assessment: makeAssessment(patch) }), 'a1').kind;
    expect(bad({ reviewIntervalMonths: 0 })).toBe('unreadable');
    expect(
      bad({
        environments: [
          makeEnvironment({
            answers: { '1-1': { status: 'done', note: '', updatedAt: 1, carriedOver: false } },
          } as never),
        ],
      }),
    ).toBe('unreadable');
  });
});
