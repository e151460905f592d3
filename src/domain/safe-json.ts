/** Keys that no data of ours uses and that could reach an object's prototype if code ever merged the data. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type SafeJsonResult =
  { ok: true; value: unknown } | { ok: false; code: 'not-json' | 'unsafe-key'; details: string };

class UnsafeKey extends Error {}

/**
 * JSON.parse that never throws and rejects any object key such as `__proto__`, wherever it is nested.
 * The result is still `unknown`: it must go through a zod schema before use.
 */
export function parseJsonSafely(text: string): SafeJsonResult {
  try {
    const value: unknown = JSON.parse(text, (key, v: unknown) => {
      if (FORBIDDEN_KEYS.has(key)) throw new UnsafeKey(`forbidden key "${key}"`);
      return v;
    });
    return { ok: true, value };
  } catch (e) {
    if (e instanceof UnsafeKey) return { ok: false, code: 'unsafe-key', details: e.message };
    return { ok: false, code: 'not-json', details: e instanceof Error ? e.message : String(e) };
  }
}
