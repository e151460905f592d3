import type { Catalogue, FlowOption, FlowQuestion, ItemId, ScopeQuestion } from './catalogue-schema';
import type { Environment, FlowStep } from './assessment';
import { itemsForMethod, scopeQuestionsForMethod } from './applicability';

/**
 * What the printed report says about how each environment was set up: the way through the method
 * flowchart and the scope answers with what they took out of the checklist.
 */

/** One answered flowchart question. `question`/`option` are null when the stored step no longer matches the catalogue. */
export interface FlowPathStep {
  step: FlowStep;
  question: FlowQuestion | null;
  option: FlowOption | null;
}

/** Resolves the stored flowchart answers against the catalogue, in the order they were given. */
export function describeFlowPath(catalogue: Catalogue, path: readonly FlowStep[]): FlowPathStep[] {
  return path.map((step) => {
    const question = catalogue.flowchart.questions.find((q) => q.id === step.question) ?? null;
    const option = question?.options.find((o) => o.id === step.option) ?? null;
    return { step, question, option };
  });
}

export type ScopeAnswer = 'yes' | 'no' | 'unanswered';

export interface ScopeLine {
  question: ScopeQuestion;
  answer: ScopeAnswer;
  /** Items of the method this answer makes 対象外 (a "no" answer, minus the items put back in scope). */
  excluded: ItemId[];
  /** Items the answer would exclude but the user put back in scope. */
  overridden: ItemId[];
}

/** The scope questions that matter for the environment's method, with the answers and their effect. */
export function scopeLines(catalogue: Catalogue, env: Environment): ScopeLine[] {
  if (env.method === null) return [];
  const methodItems = new Set(itemsForMethod(catalogue, env.method).map((i) => i.id));
  return scopeQuestionsForMethod(catalogue, env.method).map((question) => {
    const value = env.scope[question.id];
    const answer: ScopeAnswer = value === undefined ? 'unanswered' : value ? 'yes' : 'no';
    const affected = answer === 'no' ? question.excludes.filter((id) => methodItems.has(id)) : [];
    return {
      question,
      answer,
      excluded: affected.filter((id) => !env.overrides.includes(id)),
      overridden: affected.filter((id) => env.overrides.includes(id)),
    };
  });
}
