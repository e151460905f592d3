import { z } from 'zod';
import { assessmentSchema, ITEM_STATUSES, NAME_MAX_LENGTH, NOTE_MAX_LENGTH } from './assessment';
import { itemIdSchema, methodIdSchema } from './catalogue-schema';
import { parseJsonSafely } from './safe-json';
import { SAVED_DATA_VERSION } from './saved-data-version';

/**
 * The data the app keeps in the browser, the versions it has had, and the one function that turns whatever
 * was read back into either valid current data or a reason it cannot be used. Pure: no storage access here.
 *
 * The stored value is the envelope the zustand persist middleware writes: `{ state, version }`.
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

/** Version 1: what the app saves today. */
export const savedDataSchema = z
  .object({
    assessments: z.array(
      assessmentSchema.refine((a) => hasUniqueIds(a.environments), 'two environments share an id'),
    ),
    activeAssessmentId: z.string().max(64).nullable(),
    // Absent in data saved before tab synchronisation remembered deletions; nothing was deleted then.
    deletedAssessments: z.array(tombstoneSchema).default([]),
  })
  .refine((d) => hasUniqueIds(d.assessments), 'two assessments share an id');
export type SavedData = z.output<typeof savedDataSchema>;

export function emptySavedData(): SavedData {
  return { assessments: [], activeAssessmentId: null, deletedAssessments: [] };
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

/** One step per version: `MIGRATIONS[n]` turns version n into version n + 1. */
const MIGRATIONS: Record<number, (value: unknown, ctx: MigrationContext) => unknown> = {
  0: migrateV0,
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
    const detail = e instanceof z.ZodError ? z.prettifyError(e) : String(e);
    return { kind: 'unreadable', reason: 'unrecognised', detail };
  }
}
