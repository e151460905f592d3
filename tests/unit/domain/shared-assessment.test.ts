import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import raw from '../../../data/catalogue.json';
import { parseCatalogue, type MethodId } from '../../../src/domain/catalogue-schema';
import { assessmentSchema, type Assessment, type Environment } from '../../../src/domain/assessment';
import {
  keepLocalNames,
  sharedToAssessment,
  toSharedAssessment,
} from '../../../src/domain/shared-assessment';
import { assessmentArbitrary } from './assessment-arbitrary';

const catalogue = parseCatalogue(raw);

function environment(method: MethodId | null, extra: Partial<Environment> = {}): Environment {
  return {
    id: 'e1',
    name: '',
    method,
    path: [],
    scope: {},
    overrides: [],
    answers: {},
    createdAt: 1,
    updatedAt: 1,
    ...extra,
  };
}

function assessment(environments: Environment[], extra: Partial<Assessment> = {}): Assessment {
  return {
    id: 'a1',
    name: '',
    organisation: '',
    assessor: '',
    catalogueVersion: catalogue.version,
    environments,
    createdAt: 1,
    updatedAt: 1,
    ...extra,
  };
}

describe('toSharedAssessment', () => {
  it('carries only the method’s items, the excludable overrides and no text unless asked', () => {
    const a = assessment(
      [
        environment(3, {
          name: '持ち出しPC',
          path: [{ question: 'device', option: 'company' }],
          scope: { 'data-on-device': false },
          // 5-4 is not an item of method ③; 1-1 can never be excluded, so overriding it means nothing.
          overrides: ['8-3', '1-1', '5-4'],
          answers: {
            '1-1': { status: 'done', note: 'メモ', updatedAt: 9 },
            '5-4': { status: 'not-done', note: '', updatedAt: 9 },
            '2-1': { status: 'unanswered', note: '', updatedAt: 9 },
            '2-3': { status: 'unanswered', note: '確認中', updatedAt: 9 },
          },
        }),
      ],
      { name: '診断', organisation: '組織', assessor: '担当' },
    );
    expect(toSharedAssessment(catalogue, a, { includeText: false })).toEqual({
      catalogueVersion: catalogue.version,
      includesText: false,
      name: '',
      organisation: '',
      assessor: '',
      environments: [
        {
          name: '',
          method: 3,
          path: [],
          scope: { 'data-on-device': false },
          overrides: ['8-3'],
          answers: { '1-1': { status: 'done', note: '' } },
        },
      ],
    });
    const withText = toSharedAssessment(catalogue, a, { includeText: true });
    expect(withText).toMatchObject({
      includesText: true,
      name: '診断',
      organisation: '組織',
      assessor: '担当',
    });
    expect(withText.environments[0]!.answers).toEqual({
      '1-1': { status: 'done', note: 'メモ' },
      '2-3': { status: 'unanswered', note: '確認中' },
    });
    expect(withText.environments[0]!.path).toEqual([{ question: 'device', option: 'company' }]);
  });
});

describe('sharedToAssessment', () => {
  it('makes a valid local assessment with fresh ids and timestamps', async () => {
    await fc.assert(
      fc.asyncProperty(assessmentArbitrary(catalogue), async (a) => {
        const shared = toSharedAssessment(catalogue, a, { includeText: true });
        const local = sharedToAssessment(shared, 1_700_000_000_000);
        expect(assessmentSchema.safeParse(local).success).toBe(true);
        expect(local.createdAt).toBe(1_700_000_000_000);
        expect(new Set(local.environments.map((e) => e.id)).size).toBe(local.environments.length);
        expect(toSharedAssessment(catalogue, local, { includeText: true })).toEqual(shared);
      }),
      { numRuns: 100 },
    );
  });
});

describe('keepLocalNames', () => {
  it('keeps the local names when the incoming data has none, environment by environment', async () => {
    const local = assessment(
      [
        environment(1, { name: '社用PC' }),
        environment(6, { id: 'e2', name: '私用スマホ' }),
        environment(2, { id: 'e3', name: 'タブレット' }),
      ],
      { name: '2024年度', organisation: '株式会社サンプル', assessor: '山田' },
    );
    const incoming = sharedToAssessment(
      toSharedAssessment(catalogue, assessment([environment(1), environment(7, { id: 'e2' })]), {
        includeText: false,
      }),
      5,
    );
    const merged = keepLocalNames(incoming, local);
    expect(merged).toMatchObject({ name: '2024年度', organisation: '株式会社サンプル', assessor: '山田' });
    expect(merged.environments.map((e) => e.name)).toEqual(['社用PC', '']);
    expect(merged.environments.map((e) => e.id)).toEqual(incoming.environments.map((e) => e.id));
  });
});
