/**
 * Raw DEFLATE through the platform's own CompressionStream / DecompressionStream (browsers and Node ≥ 18),
 * so no compression library ships in the bundle.
 */

async function readAll(
  readable: ReadableStream<Uint8Array>,
  limit: number,
): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; reason: 'too-large' }> {
  const reader = readable.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      // Stop inflating at once: a few kilobytes of crafted input can expand to gigabytes.
      await reader.cancel().catch(() => undefined);
      return { ok: false, reason: 'too-large' };
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.byteLength;
  }
  return { ok: true, bytes: out };
}

function pipe(
  stream: CompressionStream | DecompressionStream,
  input: Uint8Array,
): ReadableStream<Uint8Array> {
  const writer = stream.writable.getWriter();
  // Failures surface on the readable side; these promises only need to be observed.
  writer.write(input as Uint8Array<ArrayBuffer>).catch(() => undefined);
  writer.close().catch(() => undefined);
  return stream.readable as ReadableStream<Uint8Array>;
}

/** Compresses with raw DEFLATE. */
export async function deflateRaw(input: Uint8Array): Promise<Uint8Array> {
  const result = await readAll(pipe(new CompressionStream('deflate-raw'), input), Number.MAX_SAFE_INTEGER);
  if (!result.ok) throw new Error('unreachable: no limit on compression');
  return result.bytes;
}

export type InflateResult = { ok: true; bytes: Uint8Array } | { ok: false; reason: 'too-large' | 'corrupt' };

/**
 * Decompresses raw DEFLATE, reading at most `limit` bytes of output. Never rejects: broken input gives
 * `corrupt`, output beyond the limit gives `too-large`.
 */
export async function inflateRaw(input: Uint8Array, limit: number): Promise<InflateResult> {
  try {
    return await readAll(pipe(new DecompressionStream('deflate-raw'), input), limit);
  } catch {
    return { ok: false, reason: 'corrupt' };
  }
}
