import type { Assessment } from '../domain/assessment';
import { routes, type Route } from '../routes';

/**
 * Where the first screen's start button leads: with exactly one assessment, straight back to it; otherwise to
 * the list, which with no assessments is a single "create" form with a name already filled in.
 */
export function startRoute(assessments: readonly Pick<Assessment, 'id'>[]): Route {
  const [only] = assessments;
  return assessments.length === 1 && only ? routes.assessment(only.id) : routes.assessments();
}
