/**
 * Small, strict binary helpers for the share-link format: base64url without padding, a bit writer and
 * reader (most significant bit first), unsigned LEB128 varints and CRC-16. Readers never throw: they
 * report what went wrong so that the decoder can turn it into an error result.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const LOOKUP = new Map([...ALPHABET].map((c, i) => [c, i]));

/** base64url (RFC 4648 §5) without padding. */
export function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const b0 = bytes[i]!;
    const b1 = bytes[i + 1];
    const b2 = bytes[i + 2];
    out += ALPHABET[b0 >> 2]!;
    out += ALPHABET[((b0 & 0x03) << 4) | ((b1 ?? 0) >> 4)]!;
    if (b1 !== undefined) out += ALPHABET[((b1 & 0x0f) << 2) | ((b2 ?? 0) >> 6)]!;
    if (b2 !== undefined) out += ALPHABET[b2 & 0x3f]!;
  }
  return out;
}

/**
 * Decodes unpadded base64url. Returns null when a character is outside the alphabet. Otherwise it decodes
 * every whole byte and says whether the text was in canonical form (a length some byte count produces, and
 * unused trailing bits at zero), which is all an unaltered link can be: a truncated one usually is not.
 */
export function fromBase64Url(text: string): { bytes: Uint8Array; canonical: boolean } | null {
  const bytes = new Uint8Array(Math.floor((text.length * 6) / 8));
  let buffer = 0;
  let bits = 0;
  let o = 0;
  for (const c of text) {
    const v = LOOKUP.get(c);
    if (v === undefined) return null;
    buffer = (buffer << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[o++] = (buffer >> bits) & 0xff;
    }
    buffer &= (1 << bits) - 1;
  }
  return { bytes, canonical: text.length % 4 !== 1 && buffer === 0 };
}

/** Writes unsigned values bit by bit, most significant bit first. */
export class BitWriter {
  private readonly bytes: number[] = [];
  private current = 0;
  private used = 0;

  write(value: number, width: number): void {
    if (!Number.isInteger(value) || value < 0 || value >= 2 ** width) {
      throw new RangeError(`${value} does not fit in ${width} bits`);
    }
    for (let i = width - 1; i >= 0; i--) {
      this.current = (this.current << 1) | ((value >> i) & 1);
      this.used += 1;
      if (this.used === 8) {
        this.bytes.push(this.current);
        this.current = 0;
        this.used = 0;
      }
    }
  }

  /** The bytes written so far, the last one padded with zero bits. */
  finish(): Uint8Array {
    const tail = this.used > 0 ? [this.current << (8 - this.used)] : [];
    return Uint8Array.from([...this.bytes, ...tail]);
  }
}

/** Reads what BitWriter wrote. `read` returns null once the bytes run out. */
export class BitReader {
  private position = 0;

  constructor(private readonly bytes: Uint8Array) {}

  read(width: number): number | null {
    if (this.position + width > this.bytes.length * 8) return null;
    let value = 0;
    for (let i = 0; i < width; i++) {
      const byte = this.bytes[(this.position + i) >> 3]!;
      value = (value << 1) | ((byte >> (7 - ((this.position + i) & 7))) & 1);
    }
    this.position += width;
    return value;
  }

  /** Bytes consumed, counting a partly read byte as whole. */
  get byteLength(): number {
    return Math.ceil(this.position / 8);
  }

  /** True when the unused bits of the last partly read byte are all zero, as BitWriter leaves them. */
  paddingIsZero(): boolean {
    const rest = this.position & 7;
    if (rest === 0) return true;
    const byte = this.bytes[this.position >> 3]!;
    return (byte & ((1 << (8 - rest)) - 1)) === 0;
  }
}

/** Unsigned LEB128. */
export function encodeVarint(value: number): number[] {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${value} is not a varint`);
  const out: number[] = [];
  let v = value;
  do {
    const low = v % 128;
    v = Math.floor(v / 128);
    out.push(v > 0 ? low | 0x80 : low);
  } while (v > 0);
  return out;
}

/**
 * Reads an unsigned LEB128 varint of at most `maxBytes` bytes at `offset`.
 * Returns 'truncated' when the bytes end inside it and 'invalid' when it is longer than allowed or not minimal.
 */
export function decodeVarint(
  bytes: Uint8Array,
  offset: number,
  maxBytes: number,
): { value: number; length: number } | 'truncated' | 'invalid' {
  let value = 0;
  for (let i = 0; i < maxBytes; i++) {
    const byte = bytes[offset + i];
    if (byte === undefined) return 'truncated';
    value += (byte & 0x7f) * 128 ** i;
    if ((byte & 0x80) === 0) {
      // A trailing zero group means a non-minimal encoding, which BitWriter never produces.
      if (i > 0 && byte === 0) return 'invalid';
      return { value, length: i + 1 };
    }
  }
  return 'invalid';
}

/** CRC-16/CCITT-FALSE: catches every change of one base64 character and every burst of up to 16 bits. */
export function crc16(bytes: Uint8Array): number {
  let crc = 0xffff;
  for (const byte of bytes) {
    crc ^= byte << 8;
    for (let i = 0; i < 8; i++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc;
}
