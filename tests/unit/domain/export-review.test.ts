import { describe, expect, it } from 'vitest';
import raw from '../../../data/catalogue.json';
import { parseCatalogue } from '../../../src/domain/catalogue-schema';
import { exportAssessmentCsv, type CsvLabels } from '../../../src/domain/export-csv';
import { exportAssessmentJson, parseAssessmentJson } from '../../../src/domain/export-json';
import { answers, makeAssessment, makeEnvironment } from '../../fixtures/assessments';

import { jaCsvLabels } from '../../fixtures/csv-labels';

const catalogue = parseCatalogue(raw);

const labels: CsvLabels = {
  ...jaCsvLabels,
  method: (id) => `方式${id}`,
  review: {
    headers: { previousStatus: '前回の回答', change: '前回比' },
    kinds: {
      improved: '改善',
      worse: '後退',
      unchanged: '変化なし',
      'still-open': '未対応のまま',
      'newly-applicable': '新たに対象',
      'no-longer-applicable': '対象外になった',
      unconfirmed: '未確認',
    },
  },
};

const before = makeAssessment({
  id: 'r1',
  environments: [makeEnvironment({ method: 1, answers: answers({ '1-1': 'not-done', '1-2': 'done' }) })],
});
const after = makeAssessment({
  id: 'r2',
  seriesId: 'r1',
  environments: [
    makeEnvironment({ id: 'e2', method: 1, answers: answers({ '1-1': 'done', '1-2': 'partial' }) }),
    makeEnvironment({ id: 'e3', name: '新規', method: 2 }),
  ],
});

const rows = (text: string) =>
  text
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .filter(Boolean)
    .map((r) => r.split(','));

describe('CSV with the previous review', () => {
  it('adds the previous status and the change, empty for an environment with no counterpart', () => {
    const csv = rows(exportAssessmentCsv(catalogue, after, 'ja', labels, before));
    expect(csv[0]!.slice(-2)).toEqual(['前回の回答', '前回比']);
    const line = (env: string, id: string) =>
      csv.find((r) => r[0] === env && r[2] === id.replace('-', '\u2011'))!;
    expect(line('社用ノートPC', '1-1').slice(-2)).toEqual(['未実施', '改善']);
    expect(line('社用ノートPC', '1-2').slice(-2)).toEqual(['実施済み', '後退']);
    expect(line('新規', '1-1').slice(-2)).toEqual(['', '']);
  });

  it('keeps today’s columns without a previous review', () => {
    const csv = rows(exportAssessmentCsv(catalogue, after, 'ja', labels));
    // Today's columns (the item, its answer and note, the plan and the accepted risk), without the two of a review.
    expect(csv[0]).toHaveLength(14);
    expect(csv[0]).not.toContain('前回の回答');
  });
});

describe('JSON with the series context', () => {
  it('writes the series and the previous result and still reads back the same assessment', () => {
    const previous = {
      assessmentId: 'r1',
      name: '2025年度',
      reviewedAt: 5,
      done: 1,
      total: 32,
      highDone: 1,
      highTotal: 12,
    };
    const text = exportAssessmentJson(after, 9, { seriesId: 'r1', previous });
    expect(JSON.parse(text)).toMatchObject({ version: 1, series: { seriesId: 'r1', previous } });
    expect(parseAssessmentJson(catalogue, text)).toEqual({ ok: true, assessment: after, exportedAt: 9 });
  });
});
