import { z } from 'zod';
import { itemIdSchema, type Catalogue, type ItemId, type MethodId, type ScopeId } from './catalogue-schema';
import {
  NAME_MAX_LENGTH,
  NOTE_MAX_LENGTH,
  PLAN_ACTION_MAX_LENGTH,
  PLAN_STATES,
  RISK_REASON_MAX_LENGTH,
  type ItemStatus,
  type PlanState,
} from './assessment';
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
import { plansNotApplying } from './plan';
import { parseJsonSafely } from './safe-json';
import { CATALOGUE_LAYOUTS, layoutIndex, type CatalogueLayout } from './share-link-layouts';
import { shareLinkError, type DecodeResult, type ShareLinkError } from './share-link-error';
import {
  sharedAssessmentSchema,
  type SharedAssessment,
  type SharedEnvironment,
  type SharedPlan,
} from './shared-assessment';

/**
 * Share-link format version 2 (fragment prefix `S2`): version 1 plus the improvement plan, リスク受容 and the
 * cloud-services scope question. The payload is base64url of these bytes:
 *
 *   header        4 bits layout index (CATALOGUE_LAYOUTS) · 1 bit "names and notes included" · 6 bits environment count
 *   environment   4 bits method (0 = not chosen yet) · 2 bits per scope question of the v2 layout
 *                 with a method: 1 bit "has overrides" [then 1 bit per v2-excludable item of the method]
 *                                · 3 bits per item of the method: its v2 status code
 *   plans         1 bit "has plans" [then 6 bits plan count − 1] · per plan: 6 bits item (position in the v2 item list) · 2 bits state
 *                 · 1 bit "has a due date" [then 14 bits year · 4 bits month · 5 bits day]
 *   zero bits up to the next byte boundary
 *   text part     only with names and notes: varint byte length, then UTF-8 JSON compressed with deflate-raw
 *   checksum      CRC-16 of every byte before it, big-endian
 *
 * The item order of each method is the frozen one of CATALOGUE_LAYOUTS, shared with v1. What v2 adds to a
 * layout (a scope question, an excludable item, a status) is frozen here in V2_LAYOUTS, per layout.
 * This decoder must keep accepting every link it ever accepted: change the format by adding version 3.
 */

export interface V2Extension {
  /** Scope questions, 2 bits each, in this order. */
  scopes: readonly ScopeId[];
  /** Statuses by their 3-bit code. */
  statuses: readonly ItemStatus[];
  /** Items a scope answer can exclude; overrides are a bitmask over the method's items among these. */
  excludable: readonly ItemId[];
  /** Every item of the catalogue, for the plans (6 bits each). */
  items: readonly ItemId[];
}

/** By layout index; never edit an entry, append one for a new layout. */
export const V2_LAYOUTS: readonly V2Extension[] = [
  {
    scopes: ['webmail', 'online-meetings', 'smartphones', 'data-on-device', 'cloud'],
    statuses: ['unanswered', 'done', 'partial', 'not-done', 'unknown', 'na', 'risk-accepted'],
    excludable: ['2-2', '3-3', '3-4', '3-5', '8-5', '8-1', '8-2', '8-3', '8-4', '6-1'],
    items: [
      '1-1',
      '1-2',
      '2-1',
      '2-2',
      '2-3',
      '3-1',
      '3-2',
      '3-3',
      '3-4',
      '3-5',
      '4-1',
      '5-1',
      '5-2',
      '5-3',
      '5-4',
      '6-1',
      '6-2',
      '7-1',
      '7-2',
      '7-3',
      '8-1',
      '8-2',
      '8-3',
      '8-4',
      '8-5',
      '9-1',
      '9-2',
      '9-3',
      '9-4',
      '10-1',
      '10-2',
      '10-3',
    ],
  },
];

export const V2_MAX_ENVIRONMENTS = 32;
export const V2_MAX_PLANS = 64;
/** Decompressed texts; a genuine assessment stays far below. */
export const V2_MAX_TEXT_BYTES = 1024 * 1024;
const MAX_COMPRESSED_BYTES = 48 * 1024;

/**
 * The text part, with one-letter keys: n = name, o = organisation, a = assessor, e = environments (n = name,
 * p = path, t = notes, r = accepted risks as [reason, approver]), l = the plans' [action, owner], in plan order.
 */
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
        r: z.record(
          itemIdSchema,
          z.tuple([z.string().max(RISK_REASON_MAX_LENGTH), z.string().max(NAME_MAX_LENGTH)]),
        ),
      }),
    )
    .max(V2_MAX_ENVIRONMENTS),
  l: z
    .array(z.tuple([z.string().max(PLAN_ACTION_MAX_LENGTH), z.string().max(NAME_MAX_LENGTH)]))
    .max(V2_MAX_PLANS),
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

function methodLayout(layout: CatalogueLayout, extension: V2Extension, method: MethodId) {
  const items = layout.methods[method] ?? [];
  return { items, excludable: items.filter((id) => extension.excludable.includes(id)) };
}

function writeDate(w: BitWriter, date: string): void {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  w.write(y, 14);
  w.write(m, 4);
  w.write(d, 5);
}

/**
 * Encodes shared data as a v2 payload (without the `S2` prefix). Returns null when the texts are beyond the
 * size a link may carry. Throws only on a programming error: a catalogue version with no layout.
 */
export async function encodeV2(shared: SharedAssessment): Promise<string | null> {
  const index = layoutIndex(shared.catalogueVersion);
  const layout = CATALOGUE_LAYOUTS[index];
  const extension = V2_LAYOUTS[index];
  if (!layout || !extension)
    throw new Error(`No share-link layout for catalogue version ${shared.catalogueVersion}`);

  const w = new BitWriter();
  w.write(index, 4);
  w.write(shared.includesText ? 1 : 0, 1);
  w.write(shared.environments.length, 6);
  for (const env of shared.environments) {
    w.write(env.method ?? 0, 4);
    for (const s of extension.scopes) {
      const answer = env.scope[s];
      w.write(answer === undefined ? 0 : answer ? 1 : 2, 2);
    }
    if (env.method === null) continue;
    const { items, excludable } = methodLayout(layout, extension, env.method);
    const overrides = new Set(env.overrides);
    const any = excludable.some((id) => overrides.has(id));
    w.write(any ? 1 : 0, 1);
    if (any) for (const id of excludable) w.write(overrides.has(id) ? 1 : 0, 1);
    for (const id of items) w.write(extension.statuses.indexOf(env.answers[id]?.status ?? 'unanswered'), 3);
  }
  const plans = shared.plans ?? [];
  w.write(plans.length > 0 ? 1 : 0, 1);
  if (plans.length > 0) w.write(plans.length - 1, 6);
  for (const p of plans) {
    w.write(extension.items.indexOf(p.itemId), 6);
    w.write(PLAN_STATES.indexOf(p.state), 2);
    w.write(p.dueOn === undefined ? 0 : 1, 1);
    if (p.dueOn !== undefined) writeDate(w, p.dueOn);
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
        r: Object.fromEntries(
          Object.entries(env.answers).flatMap(([id, a]) =>
            a.risk ? [[id, [a.risk.reason, a.risk.approver] as [string, string]]] : [],
          ),
        ),
      })),
      l: plans.map((p) => [p.action, p.owner] as [string, string]),
    };
    const utf8 = new TextEncoder().encode(JSON.stringify(text));
    if (utf8.length > V2_MAX_TEXT_BYTES) return null;
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

interface RawPlan {
  itemId: ItemId;
  state: PlanState;
  dueOn?: string;
}

type Walk =
  | { status: 'truncated' }
  | { status: 'error'; error: ShareLinkError }
  | {
      status: 'ok';
      layout: CatalogueLayout;
      extension: V2Extension;
      envs: RawEnvironment[];
      plans: RawPlan[];
      text: Uint8Array | null;
      end: number;
    };

const walkError = (code: ShareLinkError['code'], details: string): Walk => ({
  status: 'error',
  error: { code, details },
});

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** Reads the binary part. It never looks past `bytes`: running out is reported as `truncated`. */
function walk(bytes: Uint8Array): Walk {
  const r = new BitReader(bytes);
  const truncated: Walk = { status: 'truncated' };
  const index = r.read(4);
  const hasText = r.read(1);
  const count = r.read(6);
  if (index === null || hasText === null || count === null) return truncated;
  const layout = CATALOGUE_LAYOUTS[index];
  const extension = V2_LAYOUTS[index];
  if (!layout || !extension) return walkError('newer-version', `catalogue layout ${index} is unknown`);
  if (count > V2_MAX_ENVIRONMENTS)
    return walkError('too-large', `${count} environments, at most ${V2_MAX_ENVIRONMENTS}`);

  const envs: RawEnvironment[] = [];
  for (let e = 0; e < count; e++) {
    const m = r.read(4);
    if (m === null) return truncated;
    if (m > 8) return walkError('corrupt', `environment ${e}: method code ${m}`);
    const scope: Partial<Record<ScopeId, boolean>> = {};
    for (const s of extension.scopes) {
      const v = r.read(2);
      if (v === null) return truncated;
      if (v === 3) return walkError('corrupt', `environment ${e}: scope code 3 for ${s}`);
      if (v !== 0) scope[s] = v === 1;
    }
    const env: RawEnvironment = { method: m === 0 ? null : m, scope, overrides: [], statuses: new Map() };
    envs.push(env);
    if (env.method === null) continue;
    const { items, excludable } = methodLayout(layout, extension, env.method);
    const any = r.read(1);
    if (any === null) return truncated;
    if (any === 1) {
      for (const id of excludable) {
        const bit = r.read(1);
        if (bit === null) return truncated;
        if (bit === 1) env.overrides.push(id);
      }
      if (env.overrides.length === 0) return walkError('corrupt', `environment ${e}: empty override mask`);
    }
    for (const id of items) {
      const code = r.read(3);
      if (code === null) return truncated;
      const status = extension.statuses[code];
      if (status === undefined)
        return walkError('corrupt', `environment ${e}: status code ${code} for ${id}`);
      if (status !== 'unanswered') env.statuses.set(id, status);
    }
  }

  const hasPlans = r.read(1);
  if (hasPlans === null) return truncated;
  const countLess1 = hasPlans === 1 ? r.read(6) : -1;
  if (countLess1 === null) return truncated;
  const planCount = countLess1 + 1;
  const plans: RawPlan[] = [];
  for (let p = 0; p < planCount; p++) {
    const item = r.read(6);
    const state = r.read(2);
    const dated = r.read(1);
    if (item === null || state === null || dated === null) return truncated;
    const itemId = extension.items[item];
    if (itemId === undefined) return walkError('corrupt', `plan ${p}: item code ${item}`);
    const planState = PLAN_STATES[state];
    if (planState === undefined) return walkError('corrupt', `plan ${p}: state code ${state}`);
    if (plans.some((x) => x.itemId === itemId)) return walkError('corrupt', `plan ${p}: ${itemId} twice`);
    const plan: RawPlan = { itemId, state: planState };
    if (dated === 1) {
      const y = r.read(14);
      const m = r.read(4);
      const d = r.read(5);
      if (y === null || m === null || d === null) return truncated;
      // The schema checks that it is a real calendar date.
      plan.dueOn = `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
    }
    plans.push(plan);
  }
  if (!r.paddingIsZero()) return walkError('corrupt', 'padding bits are not zero');

  let end = r.byteLength;
  if (hasText === 0) return { status: 'ok', layout, extension, envs, plans, text: null, end };
  const length = decodeVarint(bytes, end, 3);
  if (length === 'truncated') return truncated;
  if (length === 'invalid') return walkError('corrupt', 'text length is not a valid varint');
  if (length.value > MAX_COMPRESSED_BYTES)
    return walkError('too-large', `text part of ${length.value} bytes`);
  end += length.length;
  if (end + length.value > bytes.length) return truncated;
  const text = bytes.subarray(end, end + length.value);
  return { status: 'ok', layout, extension, envs, plans, text, end: end + length.value };
}

async function readText(
  compressed: Uint8Array,
): Promise<{ ok: true; text: TextPart } | { ok: false; error: ShareLinkError }> {
  const inflated = await inflateRaw(compressed, V2_MAX_TEXT_BYTES);
  if (!inflated.ok) {
    return inflated.reason === 'too-large'
      ? shareLinkError('too-large', `texts exceed ${V2_MAX_TEXT_BYTES} bytes`)
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

/** Decodes a v2 payload (after `S2`). */
export async function decodeV2(payload: string, catalogue: Catalogue): Promise<DecodeResult> {
  const decoded = fromBase64Url(payload);
  if (!decoded) return shareLinkError('malformed', 'not base64url');
  const { bytes } = decoded;
  if (bytes.length < 2) return shareLinkError('truncated', `${bytes.length} bytes`);

  const body = bytes.subarray(0, bytes.length - 2);
  const checksum = (bytes[bytes.length - 2]! << 8) | bytes[bytes.length - 1]!;
  if (!decoded.canonical || crc16(body) !== checksum) {
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
    if (text.e.length !== w.envs.length)
      return shareLinkError(
        'corrupt',
        `${text.e.length} environment texts for ${w.envs.length} environments`,
      );
    if (text.l.length !== w.plans.length)
      return shareLinkError('corrupt', `${text.l.length} plan texts for ${w.plans.length} plans`);
  }

  const environments: SharedEnvironment[] = [];
  for (const [e, raw] of w.envs.entries()) {
    const t = text?.e[e];
    const items = raw.method === null ? [] : methodLayout(w.layout, w.extension, raw.method).items;
    const notes = new Map(Object.entries(t?.t ?? {}));
    const risks = new Map(Object.entries(t?.r ?? {}));
    for (const id of [...notes.keys(), ...risks.keys()]) {
      if (!items.includes(id))
        return shareLinkError('unknown-id', `environment ${e}: a text for ${id}, outside its method`);
    }
    const answers: SharedEnvironment['answers'] = {};
    for (const id of items) {
      const status = raw.statuses.get(id) ?? 'unanswered';
      const note = notes.get(id) ?? '';
      const risk = risks.get(id);
      if (risk && status !== 'risk-accepted')
        return shareLinkError('invalid', `environment ${e}: a risk reason for ${id}, which is ${status}`);
      if (risk) answers[id] = { status, note, risk: { reason: risk[0], approver: risk[1] } };
      else if (status !== 'unanswered' || note !== '') answers[id] = { status, note };
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

  const plans: SharedPlan[] = w.plans.map((p, i) => ({
    itemId: p.itemId,
    action: text?.l[i]?.[0] ?? '',
    owner: text?.l[i]?.[1] ?? '',
    ...(p.dueOn === undefined ? {} : { dueOn: p.dueOn }),
    state: p.state,
  }));
  const notApplying = plansNotApplying(catalogue, { environments: environments.map(asEnvironment), plans });
  if (notApplying.length > 0) return shareLinkError('plan-not-applying', notApplying.join(', '));

  const shared = sharedAssessmentSchema.safeParse({
    catalogueVersion: w.layout.catalogueVersion,
    includesText: text !== null,
    name: text?.n ?? '',
    organisation: text?.o ?? '',
    assessor: text?.a ?? '',
    environments,
    ...(plans.length > 0 ? { plans } : {}),
  });
  if (!shared.success) return shareLinkError('invalid', z.prettifyError(shared.error));
  return { ok: true, shared: shared.data };
}

/** Enough of an environment for the applicability rules. */
function asEnvironment(env: SharedEnvironment) {
  return {
    ...env,
    id: '',
    answers: Object.fromEntries(Object.entries(env.answers).map(([id, a]) => [id, { ...a, updatedAt: 0 }])),
    createdAt: 0,
    updatedAt: 0,
  };
}
