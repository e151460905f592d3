import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseJsonSafely } from '../../../src/domain/safe-json';

describe('parseJsonSafely', () => {
  it('parses ordinary JSON', () => {
    expect(parseJsonSafely('{"a":[1,"二",{"b":null}]}')).toEqual({
      ok: true,
      value: { a: [1, '二', { b: null }] },
    });
  });

  it('rejects __proto__, constructor and prototype keys at any depth', () => {
    for (const text of [
      '{"__proto__":{"x":1}}',
      '{"a":[{"constructor":{}}]}',
      '{"a":{"b":{"prototype":1}}}',
    ]) {
      expect(parseJsonSafely(text)).toMatchObject({ ok: false, code: 'unsafe-key' });
    }
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('never throws on any text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        expect(typeof parseJsonSafely(text).ok).toBe('boolean');
      }),
    );
    expect(parseJsonSafely('{')).toMatchObject({ ok: false, code: 'not-json' });
    expect(parseJsonSafely('[['.repeat(100_000))).toMatchObject({ ok: false, code: 'not-json' });
  });
});
