import type { Catalogue } from './catalogue-schema';
import type { Environment } from './assessment';

/** The fields of an environment that refer to catalogue ids. */
export type EnvironmentRefs = Pick<Environment, 'method' | 'path' | 'overrides'> & {
  answers: Record<string, unknown>;
};

/**
 * Lists every id in the environments that the catalogue does not know: methods, item ids in answers and
 * overrides, and flowchart steps (the question must exist and the option must belong to it).
 * Data from outside (links, files) is rejected when this is not empty, so the screens never meet an id
 * they cannot show.
 */
export function findUnknownIds(catalogue: Catalogue, environments: readonly EnvironmentRefs[]): string[] {
  const methods = new Set(catalogue.methods.map((m) => m.id));
  const items = new Set(catalogue.items.map((i) => i.id));
  const questions = new Map(
    catalogue.flowchart.questions.map((q) => [q.id, new Set(q.options.map((o) => o.id))]),
  );
  const unknown: string[] = [];
  environments.forEach((env, e) => {
    if (env.method !== null && !methods.has(env.method))
      unknown.push(`environments[${e}].method ${env.method}`);
    for (const id of Object.keys(env.answers))
      if (!items.has(id)) unknown.push(`environments[${e}].answers item ${id}`);
    for (const id of env.overrides)
      if (!items.has(id)) unknown.push(`environments[${e}].overrides item ${id}`);
    env.path.forEach((step, s) => {
      const options = questions.get(step.question);
      if (!options) unknown.push(`environments[${e}].path[${s}] question ${step.question}`);
      else if (!options.has(step.option)) unknown.push(`environments[${e}].path[${s}] option ${step.option}`);
    });
  });
  return unknown;
}
