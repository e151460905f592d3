import { describe, expect, it } from 'vitest';
import raw from '../../../data/catalogue.json';
import { parseCatalogue, type MethodId, type ScopeId } from '../../../src/domain/catalogue-schema';
import { createEnvironment, type Environment } from '../../../src/domain/assessment';
import {
  answerScopeQuestion,
  itemsForMethod,
  scopedItems,
  scopeQuestionsForMethod,
} from '../../../src/domain/applicability';

/**
 * The scope answers of the method picker, checked against DOMAIN.md for every method: each "no" marks exactly
 * the items it names (those the method has), nothing else, with the seed's reason. The general behaviour of
 * scopedItems is covered in applicability.test.ts.
 */

const catalogue = parseCatalogue(raw);
const METHODS: MethodId[] = [1, 2, 3, 4, 5, 6, 7, 8];

/** DOMAIN.md: which items a "no" makes 対象外. */
const EXCLUDES: Record<ScopeId, string[]> = {
  webmail: ['2-2'],
  'online-meetings': ['3-3', '3-4', '3-5', '8-5'],
  smartphones: ['8-1', '8-2'],
  'data-on-device': ['8-3', '8-4'],
  cloud: ['6-1'],
};

/** The seed's remark on each of those items. */
const REASONS: Record<ScopeId, string> = {
  webmail: 'クラウドサービス(Webメール)の利用無しの場合は対象外',
  'online-meetings': 'クラウドサービス(オンライン会議)利用無しの場合は対象外',
  smartphones: 'スマートフォン等のみ対象',
  'data-on-device': '端末に会社のデータを保管しない場合は対象外',
  cloud: 'クラウドサービスを利用していない場合は対象外',
};

function env(method: MethodId, scope: Environment['scope'] = {}): Environment {
  return { ...createEnvironment('私用スマートフォン', 0), method, scope };
}

const naIds = (e: Environment) =>
  scopedItems(catalogue, e)
    .filter((s) => s.status === 'na')
    .map((s) => s.item.id)
    .sort();

describe('scope answers', () => {
  it.each(METHODS)(
    'method %i: each "no" marks exactly the items DOMAIN.md names, among the method’s own',
    (method) => {
      const own = new Set(itemsForMethod(catalogue, method).map((i) => i.id));
      const asked = scopeQuestionsForMethod(catalogue, method);
      expect(asked.length).toBeGreaterThan(0);
      for (const q of asked) {
        expect(naIds(env(method, { [q.id]: false }))).toEqual(
          EXCLUDES[q.id].filter((id) => own.has(id)).sort(),
        );
      }
    },
  );

  it.each(METHODS)('method %i: "yes" to everything, or no answer, excludes nothing', (method) => {
    expect(naIds(env(method))).toEqual([]);
    expect(
      naIds(
        env(method, { webmail: true, 'online-meetings': true, smartphones: true, 'data-on-device': true }),
      ),
    ).toEqual([]);
  });

  it('adds up several "no" answers: a personal phone using only cloud mail', () => {
    expect(
      naIds(env(6, { webmail: true, 'online-meetings': false, smartphones: true, 'data-on-device': false })),
    ).toEqual(['3-3', '3-4', '3-5', '8-3', '8-4', '8-5']);
  });

  it.each(Object.keys(REASONS) as ScopeId[])(
    'gives the seed’s reason on the items a "no" to %s excludes',
    (id) => {
      const reasons = scopedItems(catalogue, env(1, { [id]: false }))
        .filter((s) => s.excludedBy)
        .map((s) => s.excludedBy!.reason.ja);
      expect(reasons).toEqual(EXCLUDES[id].map(() => REASONS[id]));
      for (const itemId of EXCLUDES[id])
        expect(catalogue.items.find((i) => i.id === itemId)?.remark?.ja).toBe(REASONS[id]);
    },
  );
});

describe('the cloud-services question (6-1)', () => {
  it('is asked only for ① and ⑤, whose cloud use is 利用する/利用しないどちらも含む', () => {
    const asking = METHODS.filter((m) => scopeQuestionsForMethod(catalogue, m).some((q) => q.id === 'cloud'));
    expect(asking).toEqual([1, 5]);
    expect(catalogue.methods.filter((m) => m.cloud === 'optional').map((m) => m.id)).toEqual([1, 5]);
  });

  it('keeps 6-1 in scope for an environment saved before the question existed', () => {
    const old = env(1, { webmail: true });
    expect(scopedItems(catalogue, old).find((s) => s.item.id === '6-1')?.status).toBe('unanswered');
  });

  it('does not exclude 6-1 for ② even with a stray "no" kept from an earlier method', () => {
    expect(naIds(env(2, { cloud: false }))).toEqual([]);
  });

  it('"no" pre-answers web mail and online meetings when they are not answered, and changes nothing else', () => {
    expect(answerScopeQuestion({}, 'cloud', false)).toEqual({
      cloud: false,
      webmail: false,
      'online-meetings': false,
    });
    expect(answerScopeQuestion({ webmail: true }, 'cloud', false)).toEqual({
      cloud: false,
      webmail: true,
      'online-meetings': false,
    });
    expect(answerScopeQuestion({ smartphones: true }, 'cloud', true)).toEqual({
      smartphones: true,
      cloud: true,
    });
    expect(answerScopeQuestion({ cloud: false }, 'cloud', null)).toEqual({});
  });
});
