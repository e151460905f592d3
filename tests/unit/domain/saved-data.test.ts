import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  SAVED_DATA_VERSION,
  emptySavedData,
  migrateSavedData,
  readMainKey,
  readSavedData,
  readStoredAssessment,
  serializeAssessment,
  serializeIndex,
  type SavedData,
  type SavedDataV0,
} from '../../../src/domain/saved-data';
import type { Assessment } from '../../../src/domain/assessment';

const ctx = { catalogueVersion: '2021.05.1' };

function assessment(id: string, extra: Partial<Assessment> = {}): Assessment {
  return {
    id,
    name: `診断${id}`,
    organisation: '株式会社サンプル',
    assessor: '情報システム担当',
    catalogueVersion: '2021.05.1',
    environments: [
      {
        id: `${id}-pc`,
        name: '社用ノートPC',
        method: 1,
        path: [{ question: 'device', option: 'company' }],
        scope: { webmail: false },
        overrides: ['2-2'],
        answers: { '1-1': { status: 'done', note: '資産台帳あり', updatedAt: 5 } },
        createdAt: 2,
        updatedAt: 5,
      },
    ],
    createdAt: 1,
    updatedAt: 5,
    ...extra,
  };
}

const stored = (state: unknown, version = SAVED_DATA_VERSION) => JSON.stringify({ state, version });

describe('readSavedData', () => {
  it('reports nothing stored', () => {
    expect(readSavedData(null, ctx)).toEqual({ kind: 'empty' });
  });

  it('reads back what the app saves today', () => {
    const data: SavedData = {
      assessments: [assessment('a')],
      deletedAssessments: [{ id: 'old', deletedAt: 3 }],
    };
    const result = readSavedData(stored(data), ctx);
    expect(result.kind).toBe('ok');
    if (result.kind === 'ok') expect(result.data).toEqual(data);
  });

  it('accepts data saved before deletions were remembered', () => {
    const result = readSavedData(stored({ assessments: [assessment('a')] }), ctx);
    expect(result.kind === 'ok' && result.data.deletedAssessments).toEqual([]);
  });

  it.each([
    ['cut off in the middle', '{"state":{"assessments":[{"id":"a","na'],
    ['not JSON at all', 'これは壊れたデータです'],
    ['empty', ''],
  ])('rejects text that is %s as not JSON', (_what, raw) => {
    expect(readSavedData(raw, ctx)).toMatchObject({ kind: 'unreadable', reason: 'not-json' });
  });

  it.each([
    ['another app’s settings', JSON.stringify({ theme: 'dark', fontSize: 14 })],
    ['a bare list', '[1,2,3]'],
    ['null', 'null'],
    ['a string', '"hello"'],
    ['an envelope without a version', JSON.stringify({ state: emptySavedData() })],
    ['a negative version', stored(emptySavedData(), -1)],
  ])('rejects %s as unrecognised', (_what, raw) => {
    expect(readSavedData(raw, ctx)).toMatchObject({ kind: 'unreadable', reason: 'unrecognised' });
  });

  it('rejects data damaged inside an assessment, naming the bad field', () => {
    const bad = assessment('a');
    (bad.environments[0]!.answers['1-1'] as { status: string }).status = 'yes';
    const result = readSavedData(stored({ assessments: [bad], deletedAssessments: [] }), ctx);
    expect(result).toMatchObject({ kind: 'unreadable', reason: 'unrecognised' });
    expect(result.kind === 'unreadable' && result.detail).toContain('status');
  });

  it('rejects data carrying a key that could reach an object prototype', () => {
    const raw = stored({ assessments: [], deletedAssessments: [] }).replace(
      '"assessments"',
      '"__proto__":{"x":1},"assessments"',
    );
    expect(readSavedData(raw, ctx)).toMatchObject({ kind: 'unreadable', reason: 'unrecognised' });
  });

  it('rejects two assessments with the same id', () => {
    const result = readSavedData(
      stored({ assessments: [assessment('a'), assessment('a')], deletedAssessments: [] }),
      ctx,
    );
    expect(result).toMatchObject({ kind: 'unreadable', reason: 'unrecognised' });
  });

  it('rejects two environments with the same id in one assessment', () => {
    const a = assessment('a');
    a.environments.push({ ...a.environments[0]!, name: 'もう一台' });
    expect(readSavedData(stored({ assessments: [a], deletedAssessments: [] }), ctx)).toMatchObject({
      kind: 'unreadable',
    });
  });

  it('refuses data written by a newer version of the app rather than guessing', () => {
    expect(readSavedData(stored(emptySavedData(), SAVED_DATA_VERSION + 1), ctx)).toMatchObject({
      kind: 'unreadable',
      reason: 'newer-version',
    });
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.constant(stored({ assessments: 'x' }))), (raw) => {
        const result = readSavedData(raw, ctx);
        expect(['ok', 'unreadable']).toContain(result.kind);
      }),
    );
  });
});

describe('migration from version 0', () => {
  const v0: SavedDataV0 = {
    assessments: [
      {
        id: 'q1',
        name: '2023年度 第1四半期',
        organisation: '株式会社サンプル',
        environments: [
          {
            id: 'pc',
            name: '社用ノートPC',
            method: 1,
            statuses: { '1-1': 'done', '2-2': 'na', '5-4': 'unknown' },
            notes: { '1-1': '台帳は総務が管理', '3-1': '次回確認' },
            updatedAt: 1_700_000_500_000,
          },
          {
            id: 'phone',
            name: '私用スマートフォン',
            method: null,
            statuses: {},
            notes: {},
            updatedAt: 1_700_000_600_000,
          },
        ],
        createdAt: 1_700_000_000_000,
        updatedAt: 1_700_000_600_000,
      },
    ],
    activeAssessmentId: 'q1',
  };

  it('turns the flat status and note maps into one answer per item, keeping every status and note', () => {
    const result = readSavedData(stored(v0, 0), ctx);
    expect(result.kind).toBe('ok');
    if (result.kind !== 'ok') return;
    expect(result.version).toBe(0);
    const [a] = result.data.assessments;
    expect(a).toMatchObject({
      id: 'q1',
      name: '2023年度 第1四半期',
      organisation: '株式会社サンプル',
      assessor: '',
      catalogueVersion: '2021.05.1',
      createdAt: 1_700_000_000_000,
      updatedAt: 1_700_000_600_000,
    });
    const pc = a!.environments[0]!;
    expect(pc).toMatchObject({
      id: 'pc',
      name: '社用ノートPC',
      method: 1,
      path: [],
      scope: {},
      overrides: [],
    });
    expect(pc.answers).toEqual({
      '1-1': { status: 'done', note: '台帳は総務が管理', updatedAt: 1_700_000_500_000 },
      '2-2': { status: 'na', note: '', updatedAt: 1_700_000_500_000 },
      '5-4': { status: 'unknown', note: '', updatedAt: 1_700_000_500_000 },
      '3-1': { status: 'unanswered', note: '次回確認', updatedAt: 1_700_000_500_000 },
    });
    expect(pc.createdAt).toBeLessThanOrEqual(pc.updatedAt);
    expect(a!.environments[1]).toMatchObject({ id: 'phone', method: null, answers: {} });
    expect(result.data).not.toHaveProperty('activeAssessmentId');
    expect(result.data.deletedAssessments).toEqual([]);
  });

  it('gives the same result through migrateSavedData, as the persist middleware calls it', () => {
    const direct = migrateSavedData(v0, 0, ctx);
    const read = readSavedData(stored(v0, 0), ctx);
    expect(read.kind === 'ok' && read.data).toEqual(direct);
  });

  it('rejects version-0 data that does not have the version-0 shape', () => {
    const bad = {
      assessments: [
        {
          ...v0.assessments[0],
          environments: [{ id: 'pc', name: 'x', method: 9, statuses: {}, notes: {}, updatedAt: 1 }],
        },
      ],
    };
    expect(readSavedData(stored(bad, 0), ctx)).toMatchObject({ kind: 'unreadable', reason: 'unrecognised' });
    expect(readSavedData(stored(emptySavedData(), 0), ctx)).toMatchObject({ kind: 'ok' });
  });
});

describe('migration from version 1 (today’s one-key layout)', () => {
  // A fixed sample of exactly what the app saved before version 2, committed with the tests.
  const sample = readFileSync('tests/fixtures/saved-data-v1.txt', 'utf8');
  const { state } = JSON.parse(sample) as { state: { activeAssessmentId: string } & SavedData };

  it('keeps every assessment and deletion exactly, and drops only the unused active assessment', () => {
    const result = readSavedData(sample, ctx);
    expect(result).toMatchObject({ kind: 'ok', version: 1 });
    if (result.kind !== 'ok') return;
    expect(state.activeAssessmentId).toBe('m1a2b3c4-0002');
    expect(result.data).toEqual({
      assessments: state.assessments,
      deletedAssessments: state.deletedAssessments,
    });
  });
});

describe('readMainKey', () => {
  it('reads the index of today’s layout', () => {
    const index = { ids: ['a', 'b'], deletedAssessments: [{ id: 'c', deletedAt: 3 }] };
    expect(readMainKey(serializeIndex(index), ctx)).toEqual({ kind: 'index', index });
  });

  it('reads whole data in the older one-key layout', () => {
    expect(readMainKey(stored({ assessments: [assessment('a')] }, 1), ctx)).toMatchObject({
      kind: 'ok',
      version: 1,
      data: { assessments: [assessment('a')] },
    });
  });

  it('rejects an index that lists an id twice, and an index of a newer version', () => {
    expect(readMainKey(serializeIndex({ ids: ['a', 'a'], deletedAssessments: [] }), ctx)).toMatchObject({
      kind: 'unreadable',
      reason: 'unrecognised',
    });
    const newer = JSON.stringify({ version: SAVED_DATA_VERSION + 1, index: {} });
    expect(readMainKey(newer, ctx)).toMatchObject({ kind: 'unreadable', reason: 'newer-version' });
  });
});

describe('readStoredAssessment', () => {
  it('round-trips an assessment through its record', () => {
    expect(readStoredAssessment(serializeAssessment(assessment('a')), 'a')).toEqual({
      kind: 'ok',
      assessment: assessment('a'),
    });
  });

  it('rejects a record stored under another id, a damaged one and a newer one', () => {
    expect(readStoredAssessment(serializeAssessment(assessment('a')), 'b')).toMatchObject({
      kind: 'unreadable',
      reason: 'unrecognised',
    });
    expect(readStoredAssessment('{"version":2,"assess', 'a')).toMatchObject({ reason: 'not-json' });
    const newer = JSON.stringify({ version: SAVED_DATA_VERSION + 1, assessment: assessment('a') });
    expect(readStoredAssessment(newer, 'a')).toMatchObject({ reason: 'newer-version' });
  });

  it('gives a result or a reason for any text, never an exception', () => {
    fc.assert(
      fc.property(fc.string(), (raw) => ['ok', 'unreadable'].includes(readStoredAssessment(raw, 'a').kind)),
    );
  });
});

describe('version 2 (a key per assessment, records in localStorage)', () => {
  // A fixed sample of exactly what version 2 stored, key → text, committed with the tests.
  const sample = JSON.parse(readFileSync('tests/fixtures/saved-data-v2.json', 'utf8')) as Record<
    string,
    string
  >;
  const KEY = 'telework-security-checklist';

  it('reads its index and every record as they are: version 3 only moved the records', () => {
    const main = readMainKey(sample[KEY]!, ctx);
    expect(main).toMatchObject({ kind: 'index' });
    if (main.kind !== 'index') return;
    const records = main.index.ids.map((id) => readStoredAssessment(sample[`${KEY}.a.${id}`]!, id));
    expect(records.map((r) => r.kind)).toEqual(['ok', 'ok']);
    const v1 = JSON.parse(readFileSync('tests/fixtures/saved-data-v1.txt', 'utf8')) as {
      state: unknown;
      version: number;
    };
    // The same data as the version-1 sample it was saved from.
    expect({
      assessments: records.map((r) => (r.kind === 'ok' ? r.assessment : null)),
      deletedAssessments: main.index.deletedAssessments,
    }).toEqual(migrateSavedData(v1.state, v1.version, ctx));
    // The step from 2 to 3 changes nothing in the data.
    const data = migrateSavedData(v1.state, v1.version, ctx);
    expect(migrateSavedData(data, 2, ctx)).toEqual(data);
  });
});
