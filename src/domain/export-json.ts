import { z } from 'zod';
import type { Catalogue } from './catalogue-schema';
import { assessmentSchema, type Assessment } from './assessment';
import { findUnknownIds } from './known-ids';
import { parseJsonSafely } from './safe-json';
import { plansNotApplying } from './plan';

/**
 * The JSON file of one assessment: complete and lossless (notes, scope, paths, every timestamp), wrapped in
 * an envelope that names the format and its version so that a later app can still read old files.
 */

export const EXPORT_FORMAT = 'telework-security-checklist/assessment';
export const EXPORT_VERSION = 1;
/** A full assessment (32 environments × 32 notes of 1,000 characters) stays near 3.5 MB; anything far beyond is not ours. */
export const MAX_IMPORT_BYTES = 8 * 1024 * 1024;

const envelopeSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.number().int().positive(),
  exportedAt: z.number().int().nonnegative(),
  assessment: z.unknown(),
});

export type ImportErrorCode =
  /** Larger than any genuine export. */
  | 'too-large'
  /** Not JSON at all (e.g. a CSV or a picture). */
  | 'not-json'
  /** JSON, but not one of our exports. */
  | 'wrong-format'
  /** Exported by a newer version of the app. */
  | 'newer-version'
  /** Refers to a method, item or flowchart step the catalogue does not have. */
  | 'unknown-id'
  /** Our format, but a value is missing, of the wrong type or out of range (includes `__proto__` keys). */
  | 'invalid'
  /** Carries an improvement plan for an item that applies to none of its environments. */
  | 'plan-not-applying';

export interface ImportError {
  code: ImportErrorCode;
  /** For developers and bug reports; the UI shows a message per code. */
  details: string;
}

export type ImportResult =
  { ok: true; assessment: Assessment; exportedAt: number } | { ok: false; error: ImportError };

/**
 * Where the assessment stands in its series of reviews, written beside it for a reader of the file (the
 * assessment's own `seriesId` is what the app reads back). Optional and additive: version 1 files without it,
 * and apps that do not know it, read the file as before.
 */
export interface SeriesContext {
  seriesId: string;
  /** The previous review's result, for comparison. */
  previous?: {
    assessmentId: string;
    name: string;
    reviewedAt: number;
    done: number;
    total: number;
    highDone: number;
    highTotal: number;
  };
}

/** The file's text: pretty-printed so that a curious reader can open it. */
export function exportAssessmentJson(
  assessment: Assessment,
  exportedAt: number,
  series?: SeriesContext,
): string {
  const doc = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt,
    assessment,
    ...(series ? { series } : {}),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

const fail = (code: ImportErrorCode, details: string): ImportResult => ({
  ok: false,
  error: { code, details },
});

/**
 * Reads an exported file's text: size, JSON, envelope, version, the assessment schema, then every id
 * against the catalogue. Never throws. The result is exactly the exported assessment.
 */
export function parseAssessmentJson(catalogue: Catalogue, text: string): ImportResult {
  if (text.length > MAX_IMPORT_BYTES) return fail('too-large', `${text.length} characters`);
  // Editors on Windows like to add a byte-order mark.
  const json = parseJsonSafely(text.replace(/^\uFEFF/, ''));
  if (!json.ok)
    return json.code === 'unsafe-key' ? fail('invalid', json.details) : fail('not-json', json.details);

  const envelope = envelopeSchema.safeParse(json.value);
  if (!envelope.success) return fail('wrong-format', z.prettifyError(envelope.error));
  if (envelope.data.version > EXPORT_VERSION)
    return fail('newer-version', `file version ${envelope.data.version}`);

  const parsed = assessmentSchema.safeParse(envelope.data.assessment);
  if (!parsed.success) return fail('invalid', z.prettifyError(parsed.error));
  const assessment = parsed.data;

  const envIds = assessment.environments.map((e) => e.id);
  if (new Set(envIds).size !== envIds.length) return fail('invalid', 'two environments share an id');
  const unknown = findUnknownIds(catalogue, assessment.environments);
  if (unknown.length > 0) return fail('unknown-id', unknown.join('; '));
  const planned = new Set(catalogue.items.map((i) => i.id));
  const unknownPlans = (assessment.plans ?? []).filter((p) => !planned.has(p.itemId));
  if (unknownPlans.length > 0)
    return fail('unknown-id', unknownPlans.map((p) => `plans item ${p.itemId}`).join('; '));
  const notApplying = plansNotApplying(catalogue, assessment);
  if (notApplying.length > 0) return fail('plan-not-applying', notApplying.join(', '));

  return { ok: true, assessment, exportedAt: envelope.data.exportedAt };
}
