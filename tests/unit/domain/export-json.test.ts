import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import raw from '../../../data/catalogue.json';
import { parseCatalogue } from '../../../src/domain/catalogue-schema';
import type { Assessment } from '../../../src/domain/assessment';
import {
  EXPORT_FORMAT,
  exportAssessmentJson,
  MAX_IMPORT_BYTES,
  parseAssessmentJson,
  type ImportResult,
} from '../../../src/domain/export-json';
import { assessmentArbitrary } from './assessment-arbitrary';

const catalogue = parseCatalogue(raw);

const sample: Assessment = {
  id: 'a1',
  name: '2024年度 点検',
  organisation: '株式会社サンプル',
  assessor: '山田',
  catalogueVersion: catalogue.version,
  createdAt: 1_700_000_000_000,
  updatedAt: 1_700_000_100_000,
  environments: [
    {
      id: 'e1',
      name: '社用ノートPC',
      method: 1,
      path: [
        { question: 'device', option: 'company' },
        { question: 'connection-company', option: 'vpn-rdp' },
      ],
      scope: { webmail: false, smartphones: true },
      overrides: ['2-2'],
      answers: {
        '1-1': { status: 'done', note: '台帳はExcelで管理', updatedAt: 1_700_000_050_000 },
        '5-4': { status: 'unknown', note: '', updatedAt: 1_700_000_060_000 },
      },
      createdAt: 1_700_000_000_001,
      updatedAt: 1_700_000_090_000,
    },
  ],
};

function envelope(assessment: unknown, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ format: EXPORT_FORMAT, version: 1, exportedAt: 1, assessment, ...extra });
}

function code(result: ImportResult): string {
  return result.ok ? 'ok' : result.error.code;
}

describe('exportAssessmentJson / parseAssessmentJson', () => {
  it('gives back exactly the same assessment, for any valid assessment', () => {
    fc.assert(
      fc.property(
        assessmentArbitrary(catalogue, { maxEnvironments: 5 }),
        fc.maxSafeNat(),
        (a, exportedAt) => {
          expect(parseAssessmentJson(catalogue, exportAssessmentJson(a, exportedAt))).toEqual({
            ok: true,
            assessment: a,
            exportedAt,
          });
        },
      ),
      { numRuns: 200 },
    );
  });

  it('keeps notes, scope, overrides, path and every timestamp', () => {
    const result = parseAssessmentJson(catalogue, exportAssessmentJson(sample, 5));
    expect(result).toEqual({ ok: true, assessment: sample, exportedAt: 5 });
  });

  it('names its format and version in the file', () => {
    const file = JSON.parse(exportAssessmentJson(sample, 5)) as Record<string, unknown>;
    expect(file).toMatchObject({ format: EXPORT_FORMAT, version: 1, exportedAt: 5 });
  });

  it('accepts a file that an editor saved with a byte-order mark', () => {
    expect(code(parseAssessmentJson(catalogue, `\uFEFF${exportAssessmentJson(sample, 5)}`))).toBe('ok');
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((v) => envelope(v)),
        ),
        (text) => {
          expect(typeof parseAssessmentJson(catalogue, text).ok).toBe('boolean');
        },
      ),
      { numRuns: 500 },
    );
  });

  it('says what is wrong with a broken file', () => {
    expect(code(parseAssessmentJson(catalogue, 'No.,分類\r\n1-1,資産'))).toBe('not-json');
    expect(code(parseAssessmentJson(catalogue, '{"name":"x"}'))).toBe('wrong-format');
    expect(code(parseAssessmentJson(catalogue, envelope(sample, { version: 2 })))).toBe('newer-version');
    expect(code(parseAssessmentJson(catalogue, envelope({ ...sample, name: 42 })))).toBe('invalid');
    expect(code(parseAssessmentJson(catalogue, envelope({ ...sample, createdAt: -1 })))).toBe('invalid');
    expect(code(parseAssessmentJson(catalogue, envelope({ ...sample, name: 'x'.repeat(101) })))).toBe(
      'invalid',
    );
    expect(code(parseAssessmentJson(catalogue, ' '.repeat(MAX_IMPORT_BYTES + 1)))).toBe('too-large');
  });

  it('rejects wrong types, unknown ids and duplicated environments', () => {
    const env = sample.environments[0]!;
    const withEnv = (patch: Record<string, unknown>) =>
      envelope({ ...sample, environments: [{ ...env, ...patch }] });
    expect(code(parseAssessmentJson(catalogue, withEnv({ method: 9 })))).toBe('invalid');
    expect(code(parseAssessmentJson(catalogue, withEnv({ method: '1' })))).toBe('invalid');
    expect(
      code(
        parseAssessmentJson(
          catalogue,
          withEnv({ answers: { '1-1': { status: 'maybe', note: '', updatedAt: 1 } } }),
        ),
      ),
    ).toBe('invalid');
    expect(
      code(
        parseAssessmentJson(
          catalogue,
          withEnv({ answers: { '9-9': { status: 'done', note: '', updatedAt: 1 } } }),
        ),
      ),
    ).toBe('unknown-id');
    expect(code(parseAssessmentJson(catalogue, withEnv({ overrides: ['11-1'] })))).toBe('invalid');
    expect(
      code(parseAssessmentJson(catalogue, withEnv({ path: [{ question: 'device', option: 'borrowed' }] }))),
    ).toBe('unknown-id');
    expect(code(parseAssessmentJson(catalogue, envelope({ ...sample, environments: [env, env] })))).toBe(
      'invalid',
    );
    expect(
      code(
        parseAssessmentJson(
          catalogue,
          envelope({
            ...sample,
            environments: Array.from({ length: 33 }, (_, i) => ({ ...env, id: `e${i}` })),
          }),
        ),
      ),
    ).toBe('invalid');
  });

  it('rejects __proto__ keys wherever they are', () => {
    const text = exportAssessmentJson(sample, 1).replace(
      '"answers": {',
      '"answers": {\n"__proto__": {"polluted": true},',
    );
    expect(text).toContain('__proto__');
    expect(code(parseAssessmentJson(catalogue, text))).toBe('invalid');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('keeps HTML and script in notes as plain text', () => {
    const note = '<script>alert("x")</script><img src=x onerror=alert(1)>';
    const a: Assessment = {
      ...sample,
      environments: [
        { ...sample.environments[0]!, answers: { '1-1': { status: 'done', note, updatedAt: 1 } } },
      ],
    };
    const result = parseAssessmentJson(catalogue, exportAssessmentJson(a, 1));
    expect(result.ok && result.assessment.environments[0]!.answers['1-1']!.note).toBe(note);
  });
});
