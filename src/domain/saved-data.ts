import { z } from 'zod';
import {
  assessmentSchema,
  type Assessment,
  ITEM_STATUSES,
  NAME_MAX_LENGTH,
  NOTE_MAX_LENGTH,
} from './assessment';
import { itemIdSchema, methodIdSchema } from './catalogue-schema';
import { parseJsonSafely } from './safe-json';
import { SAVED_DATA_VERSION } from './saved-data-version';

/**
 * The data the app keeps in the browser, the versions it has had, and the functions that turn whatever was
 * read back into either valid current data or a reason it cannot be used. Pure: no storage access here.
 *
 * Two layouts exist. Versions 0 and 1 kept everything under one key, as the envelope `{ state, version }` that
 * the zustand persist middleware writes (and "download everything" still produces). Versions 2 and 3 keep one
 * record per assessment, `{ version, assessment }`, and a small index, `{ version, index: { ids, deletedAssessments } }`,
 * so that a change rewrites only the assessment it touched (see src/state/persistence.ts for the keys). The
 * records of version 2 are in localStorage; those of version 3 in IndexedDB (src/state/record-db.ts), for
 * room, or still in localStorage where IndexedDB cannot be used; their text is the same, and both read the
 * same way.
 */

// The version written today. Add a step to `MIGRATIONS` whenever the shape of the saved data changes.
export { SAVED_DATA_VERSION };

/** Deletions remembered for the other open tabs (see merge-saved-data.ts); the oldest are forgotten first. */
export const MAX_TOMBSTONES = 200;

const timestamp = z.number().int().nonnegative();

/** An assessment deleted in one tab, remembered so that another tab does not bring it back. */
export const tombstoneSchema = z.object({ id: z.string().min(1).max(64), deletedAt: timestamp });
export type Tombstone = z.infer<typeof tombstoneSchema>;

export function hasUniqueIds(list: readonly { id: string }[]): boolean {
  return new Set(list.map((x) => x.id)).size === list.length;
}

/** One stored assessment, as validated on every read and before every write of it. */
export const storedAssessmentSchema = assessmentSchema.refine(
  (a) => hasUniqueIds(a.environments),
  'two environments share an id',
);

/** Version 2: what the app keeps today, whatever the layout. */
export const savedDataSchema = z
  .object({
    assessments: z.array(storedAssessmentSchema),
    // Absent in data saved before tab synchronisation remembered deletions; nothing was deleted then.
    deletedAssessments: z.array(tombstoneSchema).max(MAX_TOMBSTONES).default([]),
  })
  .refine((d) => hasUniqueIds(d.assessments), 'two assessments share an id');
export type SavedData = z.output<typeof savedDataSchema>;

/**
 * Version 1: as version 2, plus the id of the "active" assessment, which no screen ever read. Data of
 * version 1 is always in the one-key layout.
 */
export const savedDataV1Schema = z.object({
  assessments: z.array(z.unknown()),
  activeAssessmentId: z.string().max(64).nullable().optional(),
  deletedAssessments: z.array(z.unknown()).optional(),
});
export type SavedDataV1 = z.input<typeof savedDataV1Schema>;

export function emptySavedData(): SavedData {
  return { assessments: [], deletedAssessments: [] };
}

/**
 * Version 0: the first prototype's shape (the persist middleware's default version). Each environment kept two
 * flat maps, item id → status and item id → note; there was no flowchart path, no scope questions, no
 * per-answer timestamp and no catalogue version, and "unanswered" was simply a missing entry.
 */
const v0EnvironmentSchema = z.object({
  id: z.string().min(1).max(64),
  name: z.string().max(NAME_MAX_LENGTH),
  method: methodIdSchema.nullable(),
  statuses: z.record(itemIdSchema, z.enum(ITEM_STATUSES)),
  notes: z.record(itemIdSchema, z.string().max(NOTE_MAX_LENGTH)),
  updatedAt: timestamp,
});
export const savedDataV0Schema = z.object({
  assessments: z.array(
    z.object({
      id: z.string().min(1).max(64),
      name: z.string().max(NAME_MAX_LENGTH),
      organisation: z.string().max(NAME_MAX_LENGTH).optional(),
      assessor: z.string().max(NAME_MAX_LENGTH).optional(),
      environments: z.array(v0EnvironmentSchema),
      createdAt: timestamp,
      updatedAt: timestamp,
    }),
  ),
  activeAssessmentId: z.string().nullable().optional(),
});
export type SavedDataV0 = z.input<typeof savedDataV0Schema>;

export interface MigrationContext {
  /** The catalogue version to record on assessments saved before the version was recorded. */
  catalogueVersion: string;
}

/** Version 0 → 1: the flat maps become one answer per item; the new fields start empty. */
function migrateV0(value: unknown, ctx: MigrationContext): unknown {
  const v0 = savedDataV0Schema.parse(value);
  return {
    assessments: v0.assessments.map((a) => ({
      id: a.id,
      name: a.name,
      organisation: a.organisation ?? '',
      assessor: a.assessor ?? '',
      catalogueVersion: ctx.catalogueVersion,
      createdAt: a.createdAt,
      updatedAt: a.updatedAt,
      environments: a.environments.map((e) => {
        const ids = [...new Set([...Object.keys(e.statuses), ...Object.keys(e.notes)])];
        const answers = Object.fromEntries(
          ids.map((id) => [
            id,
            {
              status: e.statuses[id] ?? 'unanswered',
              note: e.notes[id] ?? '',
              // v0 kept one time per environment; it is the best bound for when each answer was given.
              updatedAt: e.updatedAt,
            },
          ]),
        );
        return {
          id: e.id,
          name: e.name,
          method: e.method,
          path: [],
          scope: {},
          overrides: [],
          answers,
          // v0 did not record when an environment was added; the assessment's creation is the closest earlier bound.
          createdAt: Math.min(a.createdAt, e.updatedAt),
          updatedAt: e.updatedAt,
        };
      }),
    })),
    activeAssessmentId: v0.activeAssessmentId ?? null,
    deletedAssessments: [],
  };
}

/** Version 1 → 2: the unused active assessment is dropped (the new layout is the storage's concern). */
function migrateV1(value: unknown): unknown {
  const { assessments, deletedAssessments } = savedDataV1Schema.parse(value);
  return { assessments, deletedAssessments: deletedAssessments ?? [] };
}

/**
 * Version 2 → 3: the data is the same; only where the records are kept changed (IndexedDB instead of
 * localStorage, see src/state/record-db.ts), which the version of the index tells an older tab.
 */
const migrateV2 = (value: unknown) => value;

/** One step per version: `MIGRATIONS[n]` turns version n into version n + 1. */
const MIGRATIONS: Record<number, (value: unknown, ctx: MigrationContext) => unknown> = {
  0: migrateV0,
  1: migrateV1,
  2: migrateV2,
};

/**
 * Brings saved data of any known older version up to the current one and validates it.
 * Throws when a step does not apply or the result is not valid current data.
 */
export function migrateSavedData(value: unknown, fromVersion: number, ctx: MigrationContext): SavedData {
  let current = value;
  for (let v = fromVersion; v < SAVED_DATA_VERSION; v += 1) {
    const step = MIGRATIONS[v];
    if (!step) throw new Error(`no migration from version ${v}`);
    current = step(current, ctx);
  }
  return savedDataSchema.parse(current);
}

/** Why stored data cannot be used. */
export type UnreadableReason =
  /** Not JSON at all (cut off, edited by hand, binary). */
  | 'not-json'
  /** JSON, but not this app's data, or this app's data damaged beyond validation. */
  | 'unrecognised'
  /** Written by a newer version of the app, which this one cannot read without losing something. */
  | 'newer-version';

export type ReadResult =
  | { kind: 'empty' }
  | { kind: 'ok'; data: SavedData; version: number; state: unknown }
  | { kind: 'unreadable'; reason: UnreadableReason; detail: string };

const envelopeSchema = z.object({ state: z.unknown(), version: z.number().int().nonnegative() });
const versionSchema = z.object({ version: z.number().int().nonnegative() });

const detailOf = (e: unknown) => (e instanceof z.ZodError ? z.prettifyError(e) : String(e));

/** What a stored text holds once parsed as JSON, or why it cannot be used. */
function parseVersioned(
  raw: string,
): { ok: true; value: unknown; version: number } | { ok: false; reason: UnreadableReason; detail: string } {
  const json = parseJsonSafely(raw);
  if (!json.ok)
    return {
      ok: false,
      reason: json.code === 'not-json' ? 'not-json' : 'unrecognised',
      detail: json.details,
    };
  const v = versionSchema.safeParse(json.value);
  if (!v.success) return { ok: false, reason: 'unrecognised', detail: z.prettifyError(v.error) };
  if (v.data.version > SAVED_DATA_VERSION)
    return {
      ok: false,
      reason: 'newer-version',
      detail: `version ${v.data.version} > ${SAVED_DATA_VERSION}`,
    };
  return { ok: true, value: json.value, version: v.data.version };
}

/** The index of the per-assessment layout: which assessments exist (in order), and the remembered deletions. */
export const savedIndexSchema = z.object({
  ids: z
    .array(z.string().min(1).max(64))
    .refine((ids) => new Set(ids).size === ids.length, 'an id is listed twice'),
  deletedAssessments: z.array(tombstoneSchema).max(MAX_TOMBSTONES),
});
export type SavedIndex = z.output<typeof savedIndexSchema>;

/** What the main key holds: nothing, the index of today's layout, or data in the one-key layout of any version. */
export type MainKeyResult =
  | { kind: 'empty' }
  | { kind: 'index'; index: SavedIndex }
  | { kind: 'ok'; data: SavedData; version: number; state: unknown }
  | { kind: 'unreadable'; reason: UnreadableReason; detail: string };

/**
 * Reads the text of the main key: the index of today's layout, or whole data in the older one-key layout
 * (validated and migrated to the current version). Never throws.
 */
export function readMainKey(raw: string | null, ctx: MigrationContext): MainKeyResult {
  if (raw === null) return { kind: 'empty' };
  const parsed = parseVersioned(raw);
  if (!parsed.ok) return { kind: 'unreadable', reason: parsed.reason, detail: parsed.detail };
  if (parsed.value && typeof parsed.value === 'object' && 'index' in parsed.value) {
    const index = savedIndexSchema.safeParse((parsed.value as { index: unknown }).index);
    if (!index.success)
      return { kind: 'unreadable', reason: 'unrecognised', detail: z.prettifyError(index.error) };
    return { kind: 'index', index: index.data };
  }
  return readSavedData(raw, ctx);
}

/** The text of the index, as stored under the main key. */
export function serializeIndex(index: SavedIndex): string {
  return JSON.stringify({ version: SAVED_DATA_VERSION, index });
}

export type AssessmentReadResult =
  { kind: 'ok'; assessment: Assessment } | { kind: 'unreadable'; reason: UnreadableReason; detail: string };

/**
 * Reads the stored text of one assessment `{ version, assessment }` and validates it, including that it is the
 * assessment stored under `id`. Never throws.
 */
export function readStoredAssessment(raw: string, id: string): AssessmentReadResult {
  const parsed = parseVersioned(raw);
  if (!parsed.ok) return { kind: 'unreadable', reason: parsed.reason, detail: parsed.detail };
  const record = z
    .object({ assessment: storedAssessmentSchema.refine((a) => a.id === id, 'stored under another id') })
    .safeParse(parsed.value);
  if (!record.success)
    return { kind: 'unreadable', reason: 'unrecognised', detail: z.prettifyError(record.error) };
  return { kind: 'ok', assessment: record.data.assessment };
}

/** The text of one assessment's record. The caller validates it first (see `validateAssessment`). */
export function serializeAssessment(assessment: Assessment): string {
  return JSON.stringify({ version: SAVED_DATA_VERSION, assessment });
}

/** Whether an assessment would read back; the error when it would not. */
export function validateAssessment(assessment: Assessment): { ok: true } | { ok: false; detail: string } {
  const r = storedAssessmentSchema.safeParse(assessment);
  return r.success ? { ok: true } : { ok: false, detail: detailOf(r.error) };
}

/**
 * Reads the raw stored string: nothing stored, valid data (migrated to the current version if older), or the
 * reason it cannot be used. Never throws. `state` and `version` are the envelope as stored, before migration.
 */
export function readSavedData(raw: string | null, ctx: MigrationContext): ReadResult {
  if (raw === null) return { kind: 'empty' };
  const json = parseJsonSafely(raw);
  if (!json.ok)
    return {
      kind: 'unreadable',
      reason: json.code === 'not-json' ? 'not-json' : 'unrecognised',
      detail: json.details,
    };
  const envelope = envelopeSchema.safeParse(json.value);
  if (!envelope.success)
    return { kind: 'unreadable', reason: 'unrecognised', detail: z.prettifyError(envelope.error) };
  const { state, version } = envelope.data;
  if (version > SAVED_DATA_VERSION) {
    return {
      kind: 'unreadable',
      reason: 'newer-version',
      detail: `version ${version} > ${SAVED_DATA_VERSION}`,
    };
  }
  try {
    return { kind: 'ok', data: migrateSavedData(state, version, ctx), version, state };
  } catch (e) {
    return { kind: 'unreadable', reason: 'unrecognised', detail: detailOf(e) };
  }
}
