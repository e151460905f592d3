import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { deflateRaw, inflateRaw } from '../../../src/domain/deflate';

describe('deflateRaw / inflateRaw', () => {
  it('round-trips any bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), async (bytes) => {
        expect(await inflateRaw(await deflateRaw(bytes), 10_000)).toEqual({ ok: true, bytes });
      }),
      { numRuns: 50 },
    );
  });

  it('stops at the output limit', async () => {
    const compressed = await deflateRaw(new Uint8Array(100_000));
    expect(await inflateRaw(compressed, 99_999)).toEqual({ ok: false, reason: 'too-large' });
    expect((await inflateRaw(compressed, 100_000)).ok).toBe(true);
  });

  it('reports broken input without rejecting', async () => {
    const compressed = await deflateRaw(new TextEncoder().encode('テレワーク'.repeat(50)));
    expect(await inflateRaw(compressed.subarray(0, compressed.length - 3), 10_000)).toEqual({
      ok: false,
      reason: 'corrupt',
    });
    expect(await inflateRaw(Uint8Array.from([0xff, 0xff, 0xff]), 10_000)).toEqual({
      ok: false,
      reason: 'corrupt',
    });
  });
});
