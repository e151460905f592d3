import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import raw from '../../../data/catalogue.json';
import { parseCatalogue } from '../../../src/domain/catalogue-schema';
import {
  NAME_MAX_LENGTH,
  PLAN_ACTION_MAX_LENGTH,
  PLAN_STATES,
  RISK_REASON_MAX_LENGTH,
  type ActionPlan,
  type Assessment,
  type Environment,
} from '../../../src/domain/assessment';
import { scopedItems } from '../../../src/domain/applicability';
import { decodeShareLink, encodeShareLink } from '../../../src/domain/share-link';
import { encodeV1 } from '../../../src/domain/share-link-v1';
import { encodeV2 } from '../../../src/domain/share-link-v2';
import { sharedToAssessment, toSharedAssessment } from '../../../src/domain/shared-assessment';
import { assessmentArbitrary, userText } from './assessment-arbitrary';

const catalogue = parseCatalogue(raw);

/** Any assessment, with plans for some of the items that apply and reasons for its accepted risks. */
function planned(): fc.Arbitrary<Assessment> {
  return assessmentArbitrary(catalogue, { maxEnvironments: 2 }).chain((a) => {
    const applying = [
      ...new Set(
        a.environments.flatMap((e) =>
          scopedItems(catalogue, e)
            .filter((s) => s.status !== 'na')
            .map((s) => s.item.id),
        ),
      ),
    ];
    const plan = (itemId: string): fc.Arbitrary<ActionPlan> =>
      fc.record(
        {
          itemId: fc.constant(itemId),
          action: userText(PLAN_ACTION_MAX_LENGTH),
          owner: userText(NAME_MAX_LENGTH),
          dueOn: fc
            .date({ min: new Date('1900-01-01'), max: new Date('2999-12-31'), noInvalidDate: true })
            .map((d) => d.toISOString().slice(0, 10)),
          state: fc.constantFrom(...PLAN_STATES),
          updatedAt: fc.maxSafeNat(),
        },
        { requiredKeys: ['itemId', 'action', 'owner', 'state', 'updatedAt'] },
      );
    const risk = fc.record({ reason: userText(RISK_REASON_MAX_LENGTH), approver: userText(NAME_MAX_LENGTH) });
    return fc
      .tuple(
        fc.subarray(applying).chain((ids) => fc.tuple(...ids.map(plan))),
        fc.array(risk, { minLength: 40, maxLength: 40 }),
      )
      .map(([plans, risks]): Assessment => {
        let n = 0;
        const environments = a.environments.map((e): Environment => ({
          ...e,
          answers: Object.fromEntries(
            Object.entries(e.answers).map(([id, ans]) => [
              id,
              ans.status === 'risk-accepted' ? { ...ans, risk: risks[n++ % risks.length]! } : ans,
            ]),
          ),
        }));
        return { ...a, environments, ...(plans.length > 0 ? { plans } : {}) };
      });
  });
}

/** What a v1 link could carry: no リスク受容, no cloud answer or 6-1 override, no plans. */
function v1Representable(a: Assessment): Assessment {
  const { plans: _plans, ...rest } = a;
  return {
    ...rest,
    environments: a.environments.map((e) => {
      const { cloud: _cloud, ...scope } = e.scope;
      return {
        ...e,
        scope,
        overrides: e.overrides.filter((id) => id !== '6-1'),
        answers: Object.fromEntries(
          Object.entries(e.answers).map(([id, ans]) => [
            id,
            ans.status === 'risk-accepted'
              ? { status: 'done' as const, note: ans.note, updatedAt: ans.updatedAt }
              : ans,
          ]),
        ),
      };
    }),
  };
}

async function fragment(a: Assessment, includeText: boolean): Promise<string> {
  const r = await encodeShareLink(catalogue, a, { includeText });
  if (!r.ok) throw new Error(r.error.details);
  return r.fragment;
}

describe('share link v2', () => {
  it('round-trips any assessment with plans, accepted risks and the cloud answer, with and without texts', async () => {
    await fc.assert(
      fc.asyncProperty(planned(), fc.boolean(), async (a, includeText) => {
        const f = await fragment(a, includeText);
        expect(f.startsWith('S2')).toBe(true);
        const decoded = await decodeShareLink(f, catalogue);
        if (!decoded.ok) throw new Error(`${decoded.error.code}: ${decoded.error.details}`);
        expect(decoded.shared).toEqual(toSharedAssessment(catalogue, a, { includeText }));
      }),
      { numRuns: 60 },
    );
  });

  it('opens every v1 link exactly as v2 opens the same assessment', async () => {
    await fc.assert(
      fc.asyncProperty(
        assessmentArbitrary(catalogue, { maxEnvironments: 3 }),
        fc.boolean(),
        async (any, includeText) => {
          const a = v1Representable(any);
          const shared = toSharedAssessment(catalogue, a, { includeText });
          const v1 = await decodeShareLink(`S1${await encodeV1(shared)}`, catalogue);
          const v2 = await decodeShareLink(`S2${await encodeV2(shared)}`, catalogue);
          if (!v1.ok || !v2.ok) throw new Error('both links should open');
          expect(v1.shared).toEqual(shared);
          expect(v2.shared).toEqual(v1.shared);
        },
      ),
      { numRuns: 60 },
    );
  });

  const pc = (extra: Partial<Environment> = {}): Environment => ({
    id: 'e1',
    name: '社用PC',
    method: 1,
    path: [],
    scope: {},
    overrides: [],
    answers: {},
    createdAt: 1,
    updatedAt: 1,
    ...extra,
  });
  const base = (environments: Environment[], extra: Partial<Assessment> = {}): Assessment => ({
    id: 'a',
    name: '点検',
    organisation: '',
    assessor: '山田',
    catalogueVersion: catalogue.version,
    environments,
    createdAt: 1,
    updatedAt: 1,
    ...extra,
  });

  it('carries the plan texts and the risk reason only when the user includes texts', async () => {
    const a = base(
      [
        pc({
          answers: {
            '1-1': {
              status: 'risk-accepted',
              note: '',
              risk: { reason: '台帳は別管理', approver: '社長' },
              updatedAt: 1,
            },
          },
        }),
      ],
      {
        plans: [
          {
            itemId: '2-1',
            action: 'ウイルス対策ソフトを導入',
            owner: '佐藤',
            dueOn: '2027-03-31',
            state: 'doing',
            updatedAt: 1,
          },
        ],
      },
    );
    const without = await decodeShareLink(await fragment(a, false), catalogue);
    const withText = await decodeShareLink(await fragment(a, true), catalogue);
    if (!without.ok || !withText.ok) throw new Error('both should open');
    expect(without.shared.plans).toEqual([
      { itemId: '2-1', action: '', owner: '', dueOn: '2027-03-31', state: 'doing' },
    ]);
    expect(without.shared.environments[0]!.answers['1-1']).toEqual({ status: 'risk-accepted', note: '' });
    expect(withText.shared.plans?.[0]).toMatchObject({ action: 'ウイルス対策ソフトを導入', owner: '佐藤' });
    expect(withText.shared.environments[0]!.answers['1-1']?.risk).toEqual({
      reason: '台帳は別管理',
      approver: '社長',
    });
    // And back into a local assessment.
    expect(sharedToAssessment(withText.shared, 9).plans).toEqual([
      {
        itemId: '2-1',
        action: 'ウイルス対策ソフトを導入',
        owner: '佐藤',
        dueOn: '2027-03-31',
        state: 'doing',
        updatedAt: 9,
      },
    ]);
  });

  it('keeps 6-1 out of the checklist of a ① environment that uses no cloud service, through the link', async () => {
    const a = base([pc({ scope: { cloud: false, webmail: false, 'online-meetings': false } })]);
    const decoded = await decodeShareLink(await fragment(a, false), catalogue);
    if (!decoded.ok) throw new Error(decoded.error.details);
    expect(decoded.shared.environments[0]!.scope).toEqual({
      cloud: false,
      webmail: false,
      'online-meetings': false,
    });
  });

  it('refuses a link with a plan for an item that applies to none of its environments', async () => {
    // 3-2 is not an item of method ③; 6-1 is excluded by the cloud answer.
    for (const [env, itemId] of [
      [pc({ method: 3 }), '3-2'],
      [pc({ scope: { cloud: false } }), '6-1'],
    ] as const) {
      const shared = toSharedAssessment(
        catalogue,
        base([env], { plans: [{ itemId, action: '', owner: '', state: 'todo', updatedAt: 1 }] }),
        { includeText: false },
      );
      const result = await decodeShareLink(`S2${await encodeV2(shared)}`, catalogue);
      expect(result.ok ? 'ok' : result.error.code, itemId).toBe('plan-not-applying');
    }
  });

  it('says a v2 link cut short is truncated and a changed one is corrupt', async () => {
    const a = base([pc({ answers: { '1-1': { status: 'risk-accepted', note: '', updatedAt: 1 } } })], {
      plans: [{ itemId: '2-1', action: '', owner: '', dueOn: '2027-01-01', state: 'todo', updatedAt: 1 }],
    });
    const f = await fragment(a, false);
    const cut = await decodeShareLink(f.slice(0, -3), catalogue);
    expect(cut.ok ? 'ok' : cut.error.code).toBe('truncated');
    const last = f.at(-4) === 'A' ? 'B' : 'A';
    const changed = await decodeShareLink(`${f.slice(0, -4)}${last}${f.slice(-3)}`, catalogue);
    expect(changed.ok ? 'ok' : changed.error.code).toBe('corrupt');
  });
});
