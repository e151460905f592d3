import type { Catalogue, ItemId, ScopeQuestion } from './catalogue-schema';
import type { Environment } from './assessment';
import { itemsForMethod, scopeQuestionsForMethod } from './applicability';

/**
 * What the printed report says about an environment's scope answers and what they took out of the checklist.
 * (The way through the method flowchart is resolved by flowchart.ts.)
 */

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
