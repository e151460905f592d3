import type { Assessment } from '../domain/assessment';
import { overviewPath } from './wizard-paths';

/**
 * Where the first screen's start button leads: with exactly one assessment, straight back to it; otherwise to
 * the list, which with no assessments is a single "create" form with a name already filled in.
 */
export function startPath(assessments: readonly Pick<Assessment, 'id'>[]): string {
  const [only] = assessments;
  return assessments.length === 1 && only ? overviewPath(only.id) : '/assessments';
}
