import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import raw from '../../../data/catalogue.json';
import { parseCatalogue } from '../../../src/domain/catalogue-schema';
import { exportAssessmentJson } from '../../../src/domain/export-json';
import {
  SERIES_EXPORT_FORMAT,
  exportSeriesJson,
  parseImportJson,
  reissueSeries,
} from '../../../src/domain/export-series-json';
import { seriesIdOf } from '../../../src/domain/review-series';
import { answers, makeAssessment, makeEnvironment } from '../../fixtures/assessments';

const catalogue = parseCatalogue(raw);

const r1 = makeAssessment({
  id: 'r1',
  name: '2024年度',
  finalisedAt: 30,
  createdAt: 10,
  updatedAt: 30,
  environments: [makeEnvironment({ method: 1, answers: answers({ '1-1': 'not-done' }) })],
});
const r2 = makeAssessment({
  id: 'r2',
  name: '2025年度',
  seriesId: 'r1',
  createdAt: 40,
  updatedAt: 60,
  lastExportedAt: 55,
  environments: [
    makeEnvironment({
      method: 1,
      answers: {
        ...answers({ '1-1': 'done' }),
        '1-2': { status: 'partial', note: 'メモ', updatedAt: 41, carriedOver: true },
      },
    }),
  ],
});

describe('series JSON', () => {
  it('round-trips every review, oldest first, with marks and timestamps', () => {
    const text = exportSeriesJson([r2, r1], 1000);
    expect(JSON.parse(text)).toMatchObject({ format: SERIES_EXPORT_FORMAT, version: 1, exportedAt: 1000 });
    const back = parseImportJson(catalogue, text);
    expect(back).toEqual({ ok: true, kind: 'series', assessments: [r1, r2], exportedAt: 1000 });
  });

  it('imports as a new series: fresh ids, one shared series id, no export time', () => {
    let n = 0;
    const fresh = reissueSeries([r1, r2], () => `id${++n}`);
    expect(fresh.map((a) => a.id)).toEqual(['id2', 'id3']);
    expect(fresh.map(seriesIdOf)).toEqual(['id1', 'id1']);
    expect(fresh[1]!.lastExportedAt).toBeUndefined();
    expect(fresh[1]!.environments).toEqual(r2.environments);
  });

  it('rejects a damaged series, a newer version and unknown ids with a code', () => {
    const text = exportSeriesJson([r1, r2], 1000);
    const doc = JSON.parse(text) as {
      version: number;
      assessments: { environments: { method: number }[] }[];
    };
    expect(parseImportJson(catalogue, JSON.stringify({ ...doc, version: 2 }))).toMatchObject({
      ok: false,
      error: { code: 'newer-version' },
    });
    expect(parseImportJson(catalogue, JSON.stringify({ ...doc, assessments: [] }))).toMatchObject({
      ok: false,
      error: { code: 'invalid' },
    });
    expect(parseImportJson(catalogue, JSON.stringify({ ...doc, assessments: [r1, r1] }))).toMatchObject({
      ok: false,
      error: { code: 'invalid' },
    });
    const unknown = structuredClone(doc);
    unknown.assessments[1]!.environments[0]!.method = 9;
    expect(parseImportJson(catalogue, JSON.stringify(unknown))).toMatchObject({ ok: false });
    expect(
      parseImportJson(catalogue, '{"format": "telework-security-checklist/series", "__proto__": {}}'),
    ).toMatchObject({
      ok: false,
    });
  });

  it('still reads one-assessment files, including the fixed sample of version 1', () => {
    const sample = readFileSync(new URL('../../fixtures/assessment-export-v1.json', import.meta.url), 'utf8');
    const old = parseImportJson(catalogue, sample);
    expect(old.ok && old.kind).toBe('assessment');
    if (!old.ok || old.kind !== 'assessment') return;
    expect(old.assessment).toMatchObject({
      id: 'k3v9x0aa12bc',
      name: '2025年度 点検',
      nextReviewOn: '2026-11-29',
      environments: [{ answers: { '1-1': { status: 'done', note: '台帳はExcelで管理' } } }],
    });
    expect(old.assessment.seriesId).toBeUndefined();
    expect(old.exportedAt).toBe(1764400000000);

    const today = parseImportJson(catalogue, exportAssessmentJson(r2, 7));
    expect(today).toEqual({ ok: true, kind: 'assessment', assessment: r2, exportedAt: 7 });
    expect(parseImportJson(catalogue, 'not json')).toMatchObject({ ok: false, error: { code: 'not-json' } });
  });
});
