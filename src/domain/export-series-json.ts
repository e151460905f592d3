import { z } from 'zod';
import type { Catalogue } from './catalogue-schema';
import { assessmentSchema, newId, type Assessment } from './assessment';
import { MAX_IMPORT_BYTES, parseAssessmentJson, type ImportError, type ImportErrorCode } from './export-json';
import { findUnknownIds } from './known-ids';
import { parseJsonSafely } from './safe-json';
import { byReviewOrder, seriesIdOf } from './review-series';

/**
 * The JSON file of a whole series of reviews (every review of one organisation, oldest first), so that a year
 * of history travels and comes back as a series. Its own format name and version; the one-assessment file
 * (export-json.ts) is unchanged and still imports.
 */

export const SERIES_EXPORT_FORMAT = 'telework-security-checklist/series';
export const SERIES_EXPORT_VERSION = 1;
/** A series longer than this is not one a person made by hand. */
export const MAX_SERIES_REVIEWS = 50;

const envelopeSchema = z.object({
  format: z.literal(SERIES_EXPORT_FORMAT),
  version: z.number().int().positive(),
  exportedAt: z.number().int().nonnegative(),
  assessments: z.array(z.unknown()).min(1).max(MAX_SERIES_REVIEWS),
});

/** The file's text: every review of the series, oldest first, pretty-printed. */
export function exportSeriesJson(reviews: readonly Assessment[], exportedAt: number): string {
  const assessments = byReviewOrder(reviews);
  return `${JSON.stringify(
    { format: SERIES_EXPORT_FORMAT, version: SERIES_EXPORT_VERSION, exportedAt, assessments },
    null,
    2,
  )}\n`;
}

/** What an imported file holds: one assessment, or a series of them (oldest first). */
export type AnyImportResult =
  | { ok: true; kind: 'assessment'; assessment: Assessment; exportedAt: number }
  | { ok: true; kind: 'series'; assessments: Assessment[]; exportedAt: number }
  | { ok: false; error: ImportError };

const fail = (code: ImportErrorCode, details: string): AnyImportResult => ({
  ok: false,
  error: { code, details },
});

/**
 * Reads either JSON file the app writes: a series file, or else a one-assessment file (every version, through
 * parseAssessmentJson). Never throws.
 */
export function parseImportJson(catalogue: Catalogue, text: string): AnyImportResult {
  if (text.length > MAX_IMPORT_BYTES) return fail('too-large', `${text.length} characters`);
  const json = parseJsonSafely(text.replace(/^\uFEFF/, ''));
  const isSeries =
    json.ok &&
    typeof json.value === 'object' &&
    json.value !== null &&
    (json.value as { format?: unknown }).format === SERIES_EXPORT_FORMAT;
  if (!isSeries) {
    const single = parseAssessmentJson(catalogue, text);
    return single.ok
      ? { ok: true, kind: 'assessment', assessment: single.assessment, exportedAt: single.exportedAt }
      : single;
  }
  const envelope = envelopeSchema.safeParse(json.value);
  if (!envelope.success) return fail('invalid', z.prettifyError(envelope.error));
  if (envelope.data.version > SERIES_EXPORT_VERSION)
    return fail('newer-version', `file version ${envelope.data.version}`);
  const assessments: Assessment[] = [];
  for (const [i, raw] of envelope.data.assessments.entries()) {
    const parsed = assessmentSchema.safeParse(raw);
    if (!parsed.success) return fail('invalid', `review ${i + 1}: ${z.prettifyError(parsed.error)}`);
    const envIds = parsed.data.environments.map((e) => e.id);
    if (new Set(envIds).size !== envIds.length)
      return fail('invalid', `review ${i + 1}: two environments share an id`);
    const unknown = findUnknownIds(catalogue, parsed.data.environments);
    if (unknown.length > 0) return fail('unknown-id', `review ${i + 1}: ${unknown.join('; ')}`);
    assessments.push(parsed.data);
  }
  if (new Set(assessments.map((a) => a.id)).size !== assessments.length)
    return fail('invalid', 'two reviews share an id');
  return {
    ok: true,
    kind: 'series',
    assessments: byReviewOrder(assessments),
    exportedAt: envelope.data.exportedAt,
  };
}

/**
 * The reviews of an imported series as new assessments of this browser: fresh ids, and one fresh series id for
 * all of them, so that importing the same file twice gives two separate series, never a mixed one.
 * Everything else (timestamps, answers, notes, carried-over marks) is kept as it was.
 */
export function reissueSeries(reviews: readonly Assessment[], makeId: () => string = newId): Assessment[] {
  const seriesIds = new Map<string, string>();
  return reviews.map((a) => {
    const old = seriesIdOf(a);
    let fresh = seriesIds.get(old);
    if (fresh === undefined) seriesIds.set(old, (fresh = makeId()));
    const { lastExportedAt: _exported, ...rest } = structuredClone(a);
    return { ...rest, id: makeId(), seriesId: fresh };
  });
}
