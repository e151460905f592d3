import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  BitReader,
  BitWriter,
  crc16,
  decodeVarint,
  encodeVarint,
  fromBase64Url,
  toBase64Url,
} from '../../../src/domain/binary';

describe('toBase64Url / fromBase64Url', () => {
  it('matches Node’s base64url and round-trips any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100 }), (bytes) => {
        const text = toBase64Url(bytes);
        expect(text).toBe(Buffer.from(bytes).toString('base64url'));
        expect(fromBase64Url(text)).toEqual({ bytes, canonical: true });
      }),
    );
  });

  it('rejects characters outside the alphabet', () => {
    for (const s of ['AA=', 'A+', 'A/', 'AA A', 'ÄA']) expect(fromBase64Url(s)).toBeNull();
  });

  it('flags lengths and trailing bits that no byte sequence produces', () => {
    expect(fromBase64Url('AAAAA')!.canonical).toBe(false);
    expect(fromBase64Url('AB')!.canonical).toBe(false);
    expect(fromBase64Url('AAB')!.canonical).toBe(false);
    expect(fromBase64Url('AAE')!.canonical).toBe(true);
  });
});

describe('BitWriter / BitReader', () => {
  it('reads back any sequence of values and widths, then runs out', () => {
    const field = fc
      .integer({ min: 1, max: 16 })
      .chain((w) => fc.tuple(fc.integer({ min: 0, max: 2 ** w - 1 }), fc.constant(w)));
    fc.assert(
      fc.property(fc.array(field, { maxLength: 40 }), (fields) => {
        const w = new BitWriter();
        for (const [v, width] of fields) w.write(v, width);
        const bytes = w.finish();
        const totalBits = fields.reduce((n, [, width]) => n + width, 0);
        expect(bytes.length).toBe(Math.ceil(totalBits / 8));
        const r = new BitReader(bytes);
        for (const [v, width] of fields) expect(r.read(width)).toBe(v);
        expect(r.paddingIsZero()).toBe(true);
        expect(r.read(8 - (totalBits % 8) + 1)).toBeNull();
      }),
    );
  });

  it('refuses a value wider than its field', () => {
    expect(() => new BitWriter().write(8, 3)).toThrow(RangeError);
    expect(() => new BitWriter().write(-1, 3)).toThrow(RangeError);
  });

  it('notices set padding bits', () => {
    const r = new BitReader(Uint8Array.from([0b1010_0001]));
    expect(r.read(4)).toBe(0b1010);
    expect(r.paddingIsZero()).toBe(false);
  });
});

describe('encodeVarint / decodeVarint', () => {
  it('round-trips any length a link can hold', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 21 - 1 }), (n) => {
        const bytes = Uint8Array.from(encodeVarint(n));
        expect(decodeVarint(bytes, 0, 3)).toEqual({ value: n, length: bytes.length });
      }),
    );
  });

  it('reports a varint cut short, too long or not minimal', () => {
    expect(decodeVarint(Uint8Array.from([0x80]), 0, 3)).toBe('truncated');
    expect(decodeVarint(Uint8Array.from([0x80, 0x80, 0x80, 0x01]), 0, 3)).toBe('invalid');
    expect(decodeVarint(Uint8Array.from([0x81, 0x00]), 0, 3)).toBe('invalid');
  });
});

describe('crc16', () => {
  it('is CRC-16/CCITT-FALSE (check value of "123456789")', () => {
    expect(crc16(new TextEncoder().encode('123456789'))).toBe(0x29b1);
  });
});
