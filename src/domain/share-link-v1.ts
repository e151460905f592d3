import { z } from 'zod';
import { itemIdSchema, type Catalogue, type ItemId, type MethodId, type ScopeId } from './catalogue-schema';
import { NAME_MAX_LENGTH, NOTE_MAX_LENGTH, type ItemStatus } from './assessment';
import {
  BitReader,
  BitWriter,
  crc16,
  decodeVarint,
  encodeVarint,
  fromBase64Url,
  toBase64Url,
} from './binary';
import { deflateRaw, inflateRaw } from './deflate';
import { findUnknownIds } from './known-ids';
import { parseJsonSafely } from './safe-json';
import { CATALOGUE_LAYOUTS, layoutIndex, type CatalogueLayout } from './share-link-layouts';
import { shareLinkError, type DecodeResult, type ShareLinkError } from './share-link-error';
import { sharedAssessmentSchema, type SharedAssessment, type SharedEnvironment } from './shared-assessment';

/**
 * Share-link format version 1 (fragment prefix `S1`). The payload is base64url of these bytes:
 *
 *   header        4 bits layout index (CATALOGUE_LAYOUTS) · 1 bit "names and notes included" · 6 bits environment count
 *   environment   4 bits method (0 = not chosen yet) · 2 bits per scope question of the layout
 *                 with a method: 1 bit "has overrides" [then 1 bit per excludable item of the method]
 *                                · 3 bits per item of the method: its status code
 *   zero bits up to the next byte boundary
 *   text part     only with names and notes: varint byte length, then UTF-8 JSON compressed with deflate-raw
 *   checksum      CRC-16 of every byte before it, big-endian
 *
 * One environment of method ① with every item answered takes 15 + 2 bytes: 25 characters with the prefix.
 * This decoder must keep accepting every link it ever accepted: change the format by adding version 2.
 */

export const V1_MAX_ENVIRONMENTS = 32;
/** Decompressed names and notes; a genuine assessment stays far below (notes are at most 1,000 characters). */
export const V1_MAX_TEXT_BYTES = 1024 * 1024;
/** The compressed part can never be longer than a fragment allows. */
const MAX_COMPRESSED_BYTES = 48 * 1024;

/** The text part, with one-letter keys: n = name, o = organisation, a = assessor, e = environments, p = path, t = notes. */
const textSchema = z.strictObject({
  n: z.string().max(NAME_MAX_LENGTH),
  o: z.string().max(NAME_MAX_LENGTH),
  a: z.string().max(NAME_MAX_LENGTH),
  e: z
    .array(
      z.strictObject({
        n: z.string().max(NAME_MAX_LENGTH),
        p: z.array(z.tuple([z.string().min(1).max(64), z.string().min(1).max(64)])).max(16),
        t: z.record(itemIdSchema, z.string().min(1).max(NOTE_MAX_LENGTH)),
      }),
    )
    .max(V1_MAX_ENVIRONMENTS),
});
type TextPart = z.infer<typeof textSchema>;

function concat(parts: readonly (Uint8Array | readonly number[])[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}

function methodLayout(layout: CatalogueLayout, method: MethodId) {
  const items = layout.methods[method] ?? [];
  return { items, excludable: items.filter((id) => layout.excludable.includes(id)) };
}

/**
 * Encodes shared data as a v1 payload (without the `S1` prefix). Returns null when the names and notes are
 * beyond the size a link may carry. Throws only on a programming error: a catalogue version with no layout.
 */
export async function encodeV1(shared: SharedAssessment): Promise<string | null> {
  const index = layoutIndex(shared.catalogueVersion);
  const layout = CATALOGUE_LAYOUTS[index];
  if (!layout) throw new Error(`No share-link layout for catalogue version ${shared.catalogueVersion}`);

  const w = new BitWriter();
  w.write(index, 4);
  w.write(shared.includesText ? 1 : 0, 1);
  w.write(shared.environments.length, 6);
  for (const env of shared.environments) {
    w.write(env.method ?? 0, 4);
    for (const s of layout.scopes) {
      const answer = env.scope[s];
      w.write(answer === undefined ? 0 : answer ? 1 : 2, 2);
    }
    if (env.method === null) continue;
    const { items, excludable } = methodLayout(layout, env.method);
    const overrides = new Set(env.overrides);
    const any = excludable.some((id) => overrides.has(id));
    w.write(any ? 1 : 0, 1);
    if (any) for (const id of excludable) w.write(overrides.has(id) ? 1 : 0, 1);
    for (const id of items) w.write(layout.statuses.indexOf(env.answers[id]?.status ?? 'unanswered'), 3);
  }
  const parts: (Uint8Array | number[])[] = [w.finish()];

  if (shared.includesText) {
    const text: TextPart = {
      n: shared.name,
      o: shared.organisation,
      a: shared.assessor,
      e: shared.environments.map((env) => ({
        n: env.name,
        p: env.path.map((s) => [s.question, s.option] as [string, string]),
        t: Object.fromEntries(
          Object.entries(env.answers).flatMap(([id, a]) => (a.note ? [[id, a.note]] : [])),
        ),
      })),
    };
    const utf8 = new TextEncoder().encode(JSON.stringify(text));
    if (utf8.length > V1_MAX_TEXT_BYTES) return null;
    const compressed = await deflateRaw(utf8);
    if (compressed.length > MAX_COMPRESSED_BYTES) return null;
    parts.push(encodeVarint(compressed.length), compressed);
  }

  const body = concat(parts);
  const crc = crc16(body);
  return toBase64Url(concat([body, [crc >> 8, crc & 0xff]]));
}

interface RawEnvironment {
  method: MethodId | null;
  scope: Partial<Record<ScopeId, boolean>>;
  overrides: ItemId[];
  statuses: Map<ItemId, ItemStatus>;
}

type Walk =
  | { status: 'truncated' }
  | { status: 'error'; error: ShareLinkError }
  | { status: 'ok'; layout: CatalogueLayout; envs: RawEnvironment[]; text: Uint8Array | null; end: number };

const walkError = (code: ShareLinkError['code'], details: string): Walk => ({
  status: 'error',
  error: { code, details },
});

/** Reads the binary part. It never looks past `bytes`: running out is reported as `truncated`. */
function walk(bytes: Uint8Array): Walk {
  const r = new BitReader(bytes);
  const truncated: Walk = { status: 'truncated' };
  const index = r.read(4);
  const hasText = r.read(1);
  const count = r.read(6);
  if (index === null || hasText === null || count === null) return truncated;
  const layout = CATALOGUE_LAYOUTS[index];
  if (!layout) return walkError('newer-version', `catalogue layout ${index} is unknown`);
  if (count > V1_MAX_ENVIRONMENTS)
    return walkError('too-large', `${count} environments, at most ${V1_MAX_ENVIRONMENTS}`);

  const envs: RawEnvironment[] = [];
  for (let e = 0; e < count; e++) {
    const m = r.read(4);
    if (m === null) return truncated;
    if (m > 8) return walkError('corrupt', `environment ${e}: method code ${m}`);
    const scope: Partial<Record<ScopeId, boolean>> = {};
    for (const s of layout.scopes) {
      const v = r.read(2);
      if (v === null) return truncated;
      if (v === 3) return walkError('corrupt', `environment ${e}: scope code 3 for ${s}`);
      if (v !== 0) scope[s] = v === 1;
    }
    const env: RawEnvironment = { method: m === 0 ? null : m, scope, overrides: [], statuses: new Map() };
    envs.push(env);
    if (env.method === null) continue;
    const { items, excludable } = methodLayout(layout, env.method);
    const any = r.read(1);
    if (any === null) return truncated;
    if (any === 1) {
      for (const id of excludable) {
        const bit = r.read(1);
        if (bit === null) return truncated;
        if (bit === 1) env.overrides.push(id);
      }
      // The encoder sets the flag only when some override is on: one assessment, one link.
      if (env.overrides.length === 0) return walkError('corrupt', `environment ${e}: empty override mask`);
    }
    for (const id of items) {
      const code = r.read(3);
      if (code === null) return truncated;
      const status = layout.statuses[code];
      if (status === undefined)
        return walkError('corrupt', `environment ${e}: status code ${code} for ${id}`);
      if (status !== 'unanswered') env.statuses.set(id, status);
    }
  }
  if (!r.paddingIsZero()) return walkError('corrupt', 'padding bits are not zero');

  let end = r.byteLength;
  if (hasText === 0) return { status: 'ok', layout, envs, text: null, end };
  const length = decodeVarint(bytes, end, 3);
  if (length === 'truncated') return truncated;
  if (length === 'invalid') return walkError('corrupt', 'text length is not a valid varint');
  if (length.value > MAX_COMPRESSED_BYTES)
    return walkError('too-large', `text part of ${length.value} bytes`);
  end += length.length;
  if (end + length.value > bytes.length) return truncated;
  const text = bytes.subarray(end, end + length.value);
  return { status: 'ok', layout, envs, text, end: end + length.value };
}

async function readText(
  compressed: Uint8Array,
): Promise<{ ok: true; text: TextPart } | { ok: false; error: ShareLinkError }> {
  const inflated = await inflateRaw(compressed, V1_MAX_TEXT_BYTES);
  if (!inflated.ok) {
    return inflated.reason === 'too-large'
      ? shareLinkError('too-large', `names and notes exceed ${V1_MAX_TEXT_BYTES} bytes`)
      : shareLinkError('corrupt', 'the compressed text cannot be read');
  }
  let json: string;
  try {
    json = new TextDecoder('utf-8', { fatal: true }).decode(inflated.bytes);
  } catch {
    return shareLinkError('corrupt', 'the text is not UTF-8');
  }
  const parsed = parseJsonSafely(json);
  if (!parsed.ok) return shareLinkError(parsed.code === 'unsafe-key' ? 'invalid' : 'corrupt', parsed.details);
  const text = textSchema.safeParse(parsed.value);
  if (!text.success) return shareLinkError('invalid', z.prettifyError(text.error));
  return { ok: true, text: text.data };
}

/** Decodes a v1 payload (after `S1`). */
export async function decodeV1(payload: string, catalogue: Catalogue): Promise<DecodeResult> {
  const decoded = fromBase64Url(payload);
  if (!decoded) return shareLinkError('malformed', 'not base64url');
  const { bytes } = decoded;
  if (bytes.length < 2) return shareLinkError('truncated', `${bytes.length} bytes`);

  const body = bytes.subarray(0, bytes.length - 2);
  const checksum = (bytes[bytes.length - 2]! << 8) | bytes[bytes.length - 1]!;
  if (!decoded.canonical || crc16(body) !== checksum) {
    // Tell a cut-off link from a damaged one: does its own structure say that bytes are missing?
    const w = walk(bytes);
    const short = w.status === 'truncated' || (w.status === 'ok' && w.end + 2 > bytes.length);
    return short
      ? shareLinkError('truncated', 'the data ends early')
      : shareLinkError('corrupt', 'checksum mismatch');
  }

  const w = walk(body);
  if (w.status === 'truncated')
    return shareLinkError('corrupt', 'checksum matches but the data is incomplete');
  if (w.status === 'error') return { ok: false, error: w.error };
  if (w.end !== body.length)
    return shareLinkError('corrupt', `${body.length - w.end} unexpected bytes at the end`);

  let text: TextPart | null = null;
  if (w.text) {
    const read = await readText(w.text);
    if (!read.ok) return read;
    text = read.text;
    if (text.e.length !== w.envs.length) {
      return shareLinkError(
        'corrupt',
        `${text.e.length} environment names for ${w.envs.length} environments`,
      );
    }
  }

  const environments: SharedEnvironment[] = [];
  for (const [e, raw] of w.envs.entries()) {
    const t = text?.e[e];
    const items = raw.method === null ? [] : methodLayout(w.layout, raw.method).items;
    const notes = new Map(Object.entries(t?.t ?? {}));
    for (const id of notes.keys()) {
      if (!items.includes(id))
        return shareLinkError('unknown-id', `environment ${e}: a note for ${id}, outside its method`);
    }
    const answers: SharedEnvironment['answers'] = {};
    for (const id of items) {
      const status = raw.statuses.get(id) ?? 'unanswered';
      const note = notes.get(id) ?? '';
      if (status !== 'unanswered' || note !== '') answers[id] = { status, note };
    }
    environments.push({
      name: t?.n ?? '',
      method: raw.method,
      path: (t?.p ?? []).map(([question, option]) => ({ question, option })),
      scope: raw.scope,
      overrides: raw.overrides,
      answers,
    });
  }

  const unknown = findUnknownIds(catalogue, environments);
  if (unknown.length > 0) return shareLinkError('unknown-id', unknown.join('; '));

  const shared = sharedAssessmentSchema.safeParse({
    catalogueVersion: w.layout.catalogueVersion,
    includesText: text !== null,
    name: text?.n ?? '',
    organisation: text?.o ?? '',
    assessor: text?.a ?? '',
    environments,
  });
  if (!shared.success) return shareLinkError('invalid', z.prettifyError(shared.error));
  return { ok: true, shared: shared.data };
}
