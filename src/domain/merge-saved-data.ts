import type { Assessment } from './assessment';
import { MAX_TOMBSTONES, type SavedData, type Tombstone } from './saved-data';

/**
 * Merging what two open tabs hold, so that neither overwrites the other's newer work.
 *
 * Each assessment is taken whole from whichever side changed it last (`updatedAt`); an assessment deleted on
 * one side stays deleted unless the other side changed it after the deletion. The merge is commutative,
 * associative and idempotent, so tabs that keep exchanging their data settle on the same result instead of
 * writing back and forth.
 */

/** JSON with object keys sorted, so that equal data always gives the same text whatever the key order. */
export function stableStringify(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        )
      : v,
  );
}

/** The newer of two versions of one assessment; equal times are settled by content so both sides agree. */
export function newer(a: Assessment, b: Assessment): Assessment {
  if (a.updatedAt !== b.updatedAt) return a.updatedAt > b.updatedAt ? a : b;
  return stableStringify(a) >= stableStringify(b) ? a : b;
}

function byCreation(a: Assessment, b: Assessment): number {
  return a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Keeps the latest deletion of each id, and only the most recent `MAX_TOMBSTONES` deletions. */
export function mergeTombstones(...lists: readonly (readonly Tombstone[])[]): Tombstone[] {
  const latest = new Map<string, number>();
  for (const t of lists.flat()) latest.set(t.id, Math.max(latest.get(t.id) ?? 0, t.deletedAt));
  return [...latest]
    .map(([id, deletedAt]) => ({ id, deletedAt }))
    .sort((a, b) => b.deletedAt - a.deletedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, MAX_TOMBSTONES);
}

/**
 * Merges this tab's data with data written by another tab (all of it, or only the assessments it changed).
 * Assessments come out in a fixed order (by creation), and each is the very object of the side it came from.
 */
export function mergeSavedData(local: SavedData, remote: SavedData): SavedData {
  const live = new Map<string, Assessment>();
  for (const a of [...local.assessments, ...remote.assessments]) {
    const seen = live.get(a.id);
    live.set(a.id, seen ? newer(seen, a) : a);
  }
  const deletedAt = new Map<string, number>();
  for (const t of [...local.deletedAssessments, ...remote.deletedAssessments]) {
    deletedAt.set(t.id, Math.max(deletedAt.get(t.id) ?? 0, t.deletedAt));
  }
  const assessments: Assessment[] = [];
  const tombstones: Tombstone[] = [];
  const ids = new Set([...live.keys(), ...deletedAt.keys()]);
  for (const id of ids) {
    const a = live.get(id);
    const d = deletedAt.get(id);
    // A deletion wins over the same moment's edit: deleting is what the user did last.
    if (d !== undefined && (!a || d >= a.updatedAt)) tombstones.push({ id, deletedAt: d });
    else if (a) assessments.push(a);
  }
  assessments.sort(byCreation);
  return { assessments, deletedAssessments: mergeTombstones(tombstones) };
}

/** True when the two hold the same data, whatever the order of object keys. */
export function sameSavedData(a: SavedData, b: SavedData): boolean {
  return stableStringify(a) === stableStringify(b);
}

/**
 * True when a merge result is `mine` unchanged: the same assessment objects in the same order and the same
 * deletions. Costs nothing per assessment's content, unlike `sameSavedData`, so a tab can check it on every
 * change another tab makes.
 */
export function keepsMine(merged: SavedData, mine: SavedData): boolean {
  const same = <T>(a: readonly T[], b: readonly T[], eq: (x: T, y: T) => boolean) =>
    a.length === b.length && a.every((x, i) => eq(x, b[i]!));
  return (
    same(merged.assessments, mine.assessments, (x, y) => x === y) &&
    same(
      merged.deletedAssessments,
      mine.deletedAssessments,
      (x, y) => x.id === y.id && x.deletedAt === y.deletedAt,
    )
  );
}
