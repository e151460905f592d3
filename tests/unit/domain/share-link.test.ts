import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import raw from '../../../data/catalogue.json';
import { parseCatalogue, type MethodId } from '../../../src/domain/catalogue-schema';
import type { Assessment, Environment } from '../../../src/domain/assessment';
import { itemsForMethod } from '../../../src/domain/applicability';
import { BitWriter, crc16, encodeVarint, fromBase64Url, toBase64Url } from '../../../src/domain/binary';
import { deflateRaw } from '../../../src/domain/deflate';
import { decodeShareLink, encodeShareLink, MAX_FRAGMENT_LENGTH } from '../../../src/domain/share-link';
import type { DecodeResult } from '../../../src/domain/share-link-error';
import { toSharedAssessment } from '../../../src/domain/shared-assessment';
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

function allAnswered(method: MethodId, status: 'done' | 'not-done' = 'done'): Environment['answers'] {
  return Object.fromEntries(
    itemsForMethod(catalogue, method).map((i) => [i.id, { status, note: '', updatedAt: 1 }]),
  );
}

async function encode(a: Assessment, includeText = false): Promise<string> {
  const result = await encodeShareLink(catalogue, a, { includeText });
  if (!result.ok) throw new Error(result.error.details);
  return result.fragment;
}

function errorCode(result: DecodeResult): string {
  return result.ok ? 'ok' : result.error.code;
}

/** Builds a v1 fragment from raw fields, with a correct checksum, to reach the checks after it. */
function craft(fields: [value: number, width: number][], text?: Uint8Array): string {
  const w = new BitWriter();
  for (const [value, width] of fields) w.write(value, width);
  const parts = [...w.finish(), ...(text ? [...encodeVarint(text.length), ...text] : [])];
  const crc = crc16(Uint8Array.from(parts));
  return `S1${toBase64Url(Uint8Array.from([...parts, crc >> 8, crc & 0xff]))}`;
}

/** One environment of method ③ (23 items), no scope answers, no overrides, every status code as given. */
function method3Fields(statusCode = 1, hasText = 0): [number, number][] {
  return [
    [0, 4],
    [hasText, 1],
    [1, 6],
    [3, 4],
    [0, 8],
    [0, 1],
    ...Array.from({ length: 23 }, (): [number, number] => [statusCode, 3]),
  ];
}

async function textPart(value: unknown): Promise<Uint8Array> {
  return deflateRaw(new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value)));
}

describe('encodeShareLink', () => {
  it('fits one fully answered method ① environment without names in at most 32 characters', async () => {
    const fragment = await encode(
      assessment([environment(1, { name: '社用PC', answers: allAnswered(1) })], { name: '点検' }),
    );
    expect(itemsForMethod(catalogue, 1)).toHaveLength(32);
    expect(fragment.length).toBeLessThanOrEqual(32);
    // Measured for the README: 'S2' + 24 base64url characters (v1 took 23: v2 adds the cloud question and a plan flag).
    expect(fragment).toHaveLength(26);
    expect(fragment).toMatch(/^S2[A-Za-z0-9_-]+$/);
  });

  it('stays within 32 characters for any one-environment assessment without names', async () => {
    await fc.assert(
      fc.asyncProperty(assessmentArbitrary(catalogue, { maxEnvironments: 1 }), async (a) => {
        expect((await encode(a)).length).toBeLessThanOrEqual(32);
      }),
      { numRuns: 200 },
    );
  });

  it('leaves names, notes and the flowchart path out unless asked', async () => {
    const a = assessment(
      [
        environment(1, {
          name: '社用ノートPC',
          path: [{ question: 'device', option: 'company' }],
          answers: { '1-1': { status: 'done', note: '台帳あり', updatedAt: 5 } },
        }),
      ],
      { name: '秘密の診断', organisation: '株式会社サンプル', assessor: '山田' },
    );
    const without = await decodeShareLink(await encode(a), catalogue);
    const withText = await decodeShareLink(await encode(a, true), catalogue);
    if (!without.ok || !withText.ok) throw new Error('expected both links to decode');
    expect(without.shared).toMatchObject({ includesText: false, name: '', organisation: '', assessor: '' });
    expect(without.shared.environments[0]).toMatchObject({
      name: '',
      path: [],
      answers: { '1-1': { status: 'done', note: '' } },
    });
    expect(withText.shared).toMatchObject({
      includesText: true,
      name: '秘密の診断',
      organisation: '株式会社サンプル',
      assessor: '山田',
    });
    expect(withText.shared.environments[0]).toMatchObject({
      name: '社用ノートPC',
      answers: { '1-1': { note: '台帳あり' } },
    });
  });

  it('refuses names and notes too large for a link', async () => {
    const noise = (seed: number) =>
      Array.from({ length: 1000 }, (_, i) =>
        String.fromCharCode(0x4e00 + ((i * 7919 + seed * 104729) % 20000)),
      ).join('');
    const env = (k: number) =>
      environment(1, {
        id: `e${k}`,
        answers: Object.fromEntries(
          itemsForMethod(catalogue, 1).map((it, i) => [
            it.id,
            { status: 'done' as const, note: noise(k * 100 + i), updatedAt: 1 },
          ]),
        ),
      });
    const result = await encodeShareLink(catalogue, assessment(Array.from({ length: 6 }, (_, k) => env(k))), {
      includeText: true,
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'too-long' } });
  });
});

describe('decodeShareLink', () => {
  it('gives back exactly what the link carries, for any valid assessment', async () => {
    await fc.assert(
      fc.asyncProperty(assessmentArbitrary(catalogue), fc.boolean(), async (a, includeText) => {
        const decoded = await decodeShareLink(await encode(a, includeText), catalogue);
        expect(decoded).toEqual({ ok: true, shared: toSharedAssessment(catalogue, a, { includeText }) });
      }),
      { numRuns: 150 },
    );
  });

  it('opens a link made by format version 1 (fixed string)', async () => {
    // Made on the day v1 shipped. It must open in every later version of the app.
    const v1 =
      'S1CELBIBTlKcpTlKcpTlKcpTAggAAAMAAAAAAAAJoCNY7BSgJRFIZfRf71FUrcNNteoP0wCxln4aKZIUQImcXcg2GGRaQEIiEkZU45ikYapg9zunfqLWIm3Z7z_9__1eHCQOGgUFSrhfp8yjFdML0yxUxrlnEiV3rYh4AHA3owVuub73UvGW5YvjPNme6ZIgiU0jc11GDG8oPlKsMM9FVDfd3l1GyWdKYQcGCY9WwxGW6SzojpOp2h5skxBHwYpomyU6vYDgRs79QvueewhAnbc13HrlY8N78_C9R8N39W9mFZAlUYdRTzhzDA1GX5yBSx3HIYq3ZLd6ccRr-NtlqSXjY53CIIxE7kOUxFUuOHf5es_8I03ynt6Uc7-m0alvMsfKn745_Rm5r0OJwkUaz7EYeSZQtBYAV_ua4';
    const result = await decodeShareLink(v1, catalogue);
    if (!result.ok) throw new Error(result.error.details);
    const { shared } = result;
    expect(shared).toMatchObject({
      catalogueVersion: '2021.05.1',
      includesText: true,
      name: '2024年度 テレワーク点検',
      organisation: '株式会社サンプル',
      assessor: '情報システム担当 山田',
    });
    const [pc, phone] = shared.environments;
    expect(pc).toMatchObject({
      name: '社用ノートPC',
      method: 1,
      path: [
        { question: 'device', option: 'company' },
        { question: 'connection-company', option: 'vpn-rdp' },
      ],
      scope: { webmail: true, 'online-meetings': false },
      overrides: ['3-3'],
    });
    expect(Object.keys(pc!.answers)).toHaveLength(32);
    expect(pc!.answers['1-1']).toEqual({ status: 'done', note: '' });
    expect(pc!.answers['1-2']).toEqual({ status: 'partial', note: '' });
    expect(pc!.answers['2-1']).toEqual({ status: 'not-done', note: '' });
    expect(pc!.answers['3-1']).toEqual({ status: 'unknown', note: '' });
    expect(pc!.answers['4-1']).toEqual({ status: 'na', note: 'フィルタは半数に配布済み' });
    expect(pc!.answers['5-1']).toEqual({ status: 'done', note: '' });
    expect(phone).toEqual({
      name: '私用スマートフォン',
      method: 6,
      path: [],
      scope: { smartphones: true },
      overrides: [],
      answers: {
        '1-1': { status: 'done', note: '' },
        '9-1': { status: 'not-done', note: 'パスコード未設定の端末あり' },
      },
    });
  });

  it('opens a compact version 1 link (fixed string, no names)', async () => {
    const result = await decodeShareLink('S1ACIAJJJJJJJJJJJJJJJJ3gM', catalogue);
    if (!result.ok) throw new Error(result.error.details);
    expect(result.shared.environments).toHaveLength(1);
    expect(result.shared.environments[0]!.method).toBe(1);
    expect(Object.values(result.shared.environments[0]!.answers).map((a) => a.status)).toEqual(
      Array(32).fill('done'),
    );
  });

  it('never throws nor rejects, whatever the string', async () => {
    const base64 = fc.stringMatching(/^[A-Za-z0-9_-]{0,80}$/);
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string(),
          fc.string({ unit: 'binary' }),
          base64.map((s) => `S1${s}`),
          base64.map((s) => `S${s}`),
        ),
        async (s) => {
          const result = await decodeShareLink(s, catalogue);
          expect(typeof result.ok).toBe('boolean');
          if (!result.ok) expect(result.error.code).toMatch(/^[a-z-]+$/);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('rejects anything that is not a string', async () => {
    for (const value of [undefined, null, 42, {}, ['S1AAA']]) {
      expect(errorCode(await decodeShareLink(value, catalogue))).toBe('malformed');
    }
  });

  it('says a link is malformed when it has the wrong shape', async () => {
    for (const s of ['', 'hello', '/a/x', 'S1 AAAA', 'S1AA==', 's1AAAA', 'S1AAAA.', 'S1%41AA', 'S0AAAA']) {
      expect(errorCode(await decodeShareLink(s, catalogue)), s).toBe('malformed');
    }
  });

  it('says a link comes from a newer app for an unknown format version or catalogue', async () => {
    expect(errorCode(await decodeShareLink('S3AAAAAA', catalogue))).toBe('newer-version');
    expect(errorCode(await decodeShareLink('SzAAAAAA', catalogue))).toBe('newer-version');
    expect(
      errorCode(
        await decodeShareLink(
          craft([
            [15, 4],
            [0, 1],
            [0, 6],
          ]),
          catalogue,
        ),
      ),
    ).toBe('newer-version');
  });

  it('says a link is truncated when its end is cut off', async () => {
    const a = assessment(
      [environment(1, { answers: allAnswered(1) }), environment(5, { id: 'e2', answers: allAnswered(5) })],
      {
        name: '診断',
      },
    );
    for (const includeText of [false, true]) {
      const fragment = await encode(a, includeText);
      for (let cut = 1; cut < fragment.length - 2; cut++) {
        expect(errorCode(await decodeShareLink(fragment.slice(0, -cut), catalogue)), `cut ${cut}`).toBe(
          'truncated',
        );
      }
    }
  });

  it('detects every change of one character', async () => {
    const fragment = await encode(
      assessment([environment(1, { answers: allAnswered(1, 'not-done') })]),
      false,
    );
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    for (let i = 2; i < fragment.length; i++) {
      for (const c of alphabet) {
        if (c === fragment[i]) continue;
        const tampered = fragment.slice(0, i) + c + fragment.slice(i + 1);
        expect((await decodeShareLink(tampered, catalogue)).ok, tampered).toBe(false);
      }
    }
  });

  it('says a tampered status is corrupt', async () => {
    const fragment = await encode(assessment([environment(1, { answers: allAnswered(1) })]), false);
    const i = 12;
    const tampered = fragment.slice(0, i) + (fragment[i] === 'A' ? 'B' : 'A') + fragment.slice(i + 1);
    expect(errorCode(await decodeShareLink(tampered, catalogue))).toBe('corrupt');
  });

  it('rejects extra bytes after the data even with a valid checksum', async () => {
    expect(errorCode(await decodeShareLink(craft([...method3Fields(), [0, 8]]), catalogue))).toBe('corrupt');
  });

  it('rejects status, method and scope codes that do not exist', async () => {
    expect(errorCode(await decodeShareLink(craft(method3Fields(7)), catalogue))).toBe('corrupt');
    expect(
      errorCode(
        await decodeShareLink(
          craft([
            [0, 4],
            [0, 1],
            [1, 6],
            [9, 4],
            [0, 8],
          ]),
          catalogue,
        ),
      ),
    ).toBe('corrupt');
    expect(
      errorCode(
        await decodeShareLink(
          craft([
            [0, 4],
            [0, 1],
            [1, 6],
            [0, 4],
            [3, 2],
            [0, 6],
          ]),
          catalogue,
        ),
      ),
    ).toBe('corrupt');
    expect(errorCode(await decodeShareLink(craft(method3Fields(1)), catalogue))).toBe('ok');
  });

  it('refuses oversized links before decoding them', async () => {
    expect(errorCode(await decodeShareLink(`S1${'A'.repeat(MAX_FRAGMENT_LENGTH)}`, catalogue))).toBe(
      'too-large',
    );
    expect(
      errorCode(
        await decodeShareLink(
          craft([
            [0, 4],
            [0, 1],
            [33, 6],
          ]),
          catalogue,
        ),
      ),
    ).toBe('too-large');
  });

  it('stops decompressing a zip bomb at the limit', async () => {
    const bomb = await deflateRaw(new Uint8Array(8 * 1024 * 1024).fill(0x20));
    expect(bomb.length).toBeLessThan(10_000);
    expect(errorCode(await decodeShareLink(craft(method3Fields(1, 1), bomb), catalogue))).toBe('too-large');
  });

  it('rejects a text part that is not compressed JSON of the right shape', async () => {
    const good = { n: '', o: '', a: '', e: [{ n: 'PC', p: [], t: {} }] };
    expect(
      errorCode(await decodeShareLink(craft(method3Fields(1, 1), await textPart(good)), catalogue)),
    ).toBe('ok');
    expect(
      errorCode(
        await decodeShareLink(craft(method3Fields(1, 1), Uint8Array.from([1, 2, 3, 4, 5])), catalogue),
      ),
    ).toBe('corrupt');
    expect(
      errorCode(await decodeShareLink(craft(method3Fields(1, 1), await textPart('{"n":')), catalogue)),
    ).toBe('corrupt');
    const wrong = [
      { ...good, n: 42 },
      { ...good, extra: true },
      { ...good, n: 'x'.repeat(101) },
      { ...good, e: [{ n: 'PC', p: [], t: { '1-1': 'x'.repeat(1001) } }] },
      '{"n":"","o":"","a":"","e":[{"n":"PC","p":[],"t":{}}],"__proto__":{"polluted":true}}',
    ];
    for (const w of wrong) {
      expect(
        errorCode(await decodeShareLink(craft(method3Fields(1, 1), await textPart(w)), catalogue)),
        JSON.stringify(w),
      ).toBe('invalid');
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const twoNames = { ...good, e: [good.e[0], good.e[0]] };
    expect(
      errorCode(await decodeShareLink(craft(method3Fields(1, 1), await textPart(twoNames)), catalogue)),
    ).toBe('corrupt');
  });

  it('rejects notes and flowchart steps the catalogue does not know', async () => {
    const withNote = (t: Record<string, string>) => ({ n: '', o: '', a: '', e: [{ n: '', p: [], t }] });
    const withPath = (p: [string, string][]) => ({ n: '', o: '', a: '', e: [{ n: '', p, t: {} }] });
    // 5-4 exists in the catalogue but not in method ③.
    expect(
      errorCode(
        await decodeShareLink(
          craft(method3Fields(1, 1), await textPart(withNote({ '5-4': 'x' }))),
          catalogue,
        ),
      ),
    ).toBe('unknown-id');
    expect(
      errorCode(
        await decodeShareLink(
          craft(method3Fields(1, 1), await textPart(withNote({ '9-9': 'x' }))),
          catalogue,
        ),
      ),
    ).toBe('unknown-id');
    expect(
      errorCode(
        await decodeShareLink(
          craft(method3Fields(1, 1), await textPart(withPath([['nope', 'yes']]))),
          catalogue,
        ),
      ),
    ).toBe('unknown-id');
    expect(
      errorCode(
        await decodeShareLink(
          craft(method3Fields(1, 1), await textPart(withPath([['device', 'rented']]))),
          catalogue,
        ),
      ),
    ).toBe('unknown-id');
  });

  it('keeps HTML in notes as plain text', async () => {
    const note = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    const a = assessment([environment(3, { answers: { '1-1': { status: 'done', note, updatedAt: 1 } } })], {
      name: '<b>太字</b>',
    });
    const result = await decodeShareLink(await encode(a, true), catalogue);
    if (!result.ok) throw new Error(result.error.details);
    expect(result.shared.name).toBe('<b>太字</b>');
    expect(result.shared.environments[0]!.answers['1-1']!.note).toBe(note);
  });

  it('reads base64url strictly', () => {
    expect(fromBase64Url('AA')).toEqual({ bytes: Uint8Array.from([0]), canonical: true });
    expect(fromBase64Url('AB')!.canonical).toBe(false);
  });
});
