import type { Catalogue, FlowOption, FlowQuestion, MethodId } from './catalogue-schema';
import type { FlowStep } from './assessment';

/**
 * Walking the method-picking flowchart (第1部1). The flowchart is data in the catalogue; these functions only
 * follow it. A path is a list of `{ question, option }` ids, as stored in an environment and as the wizard's
 * URL implies, so everything here must cope with paths that no longer fit the data (an old save, an edited URL).
 */

export type Flowchart = Catalogue['flowchart'];

/** One answered question, resolved to the catalogue's objects. */
export interface WalkedStep {
  question: FlowQuestion;
  option: FlowOption;
}

export interface FlowWalk {
  /** The steps that follow the flowchart, in order. */
  steps: WalkedStep[];
  /** The same steps as ids, ready to be stored. */
  path: FlowStep[];
  /** The question to answer next; null once the path ends in a method (or the flowchart is broken). */
  current: FlowQuestion | null;
  /** The method the path ends in, or null while questions remain. */
  method: MethodId | null;
  /** How many of the given steps were left out because they did not follow the flowchart. */
  dropped: number;
}

/** The question with this id, or undefined. */
export function findQuestion(flowchart: Flowchart, id: string): FlowQuestion | undefined {
  return flowchart.questions.find((q) => q.id === id);
}

/**
 * Follows a path from the start question. Steps are taken while each answers the question the flowchart
 * actually asks next with one of its options; the first step that does not (wrong question, unknown option,
 * or anything after a method was reached) ends the walk, and it and everything after it are dropped.
 */
export function walkFlowchart(flowchart: Flowchart, path: readonly FlowStep[]): FlowWalk {
  const steps: WalkedStep[] = [];
  let current = findQuestion(flowchart, flowchart.start) ?? null;
  let method: MethodId | null = null;
  for (const step of path) {
    if (!current || step.question !== current.id) break;
    const option = current.options.find((o) => o.id === step.option);
    if (!option) break;
    steps.push({ question: current, option });
    if ('method' in option.next) {
      method = option.next.method;
      current = null;
      break;
    }
    // A dangling reference cannot pass the schema; treating it as a dead end keeps this total anyway.
    current = findQuestion(flowchart, option.next.question) ?? null;
  }
  return {
    steps,
    path: steps.map((s) => ({ question: s.question.id, option: s.option.id })),
    current,
    method,
    dropped: path.length - steps.length,
  };
}

/**
 * Where a question sits on the route a path takes: its index among the answered steps, `steps.length` when it
 * is the question to answer next, or -1 when the route does not pass through it.
 */
export function positionOnRoute(walk: FlowWalk, questionId: string): number {
  const index = walk.steps.findIndex((s) => s.question.id === questionId);
  if (index >= 0) return index;
  return walk.current?.id === questionId ? walk.steps.length : -1;
}

/**
 * Records an answer to one question of the route. Giving the answer already recorded keeps the rest of the
 * path, so stepping back and forward through the wizard loses nothing; a different answer drops the later
 * steps, since they answered questions that may no longer be asked. Returns null when the question is not on
 * the route or the option is not one of its options.
 */
export function answerQuestion(
  flowchart: Flowchart,
  path: readonly FlowStep[],
  questionId: string,
  optionId: string,
): FlowWalk | null {
  const walk = walkFlowchart(flowchart, path);
  const position = positionOnRoute(walk, questionId);
  if (position < 0) return null;
  const question = position < walk.steps.length ? walk.steps[position]!.question : walk.current!;
  if (!question.options.some((o) => o.id === optionId)) return null;
  if (walk.steps[position]?.option.id === optionId) return walk;
  return walkFlowchart(flowchart, [
    ...walk.path.slice(0, position),
    { question: questionId, option: optionId },
  ]);
}

/**
 * The shortest path that ends in a method (ties broken by the order of the options), used to show where a
 * method sits in the flowchart when it was picked directly. Null when the flowchart cannot reach it.
 */
export function canonicalPath(flowchart: Flowchart, method: MethodId): FlowStep[] | null {
  const queue: { id: string; path: FlowStep[] }[] = [{ id: flowchart.start, path: [] }];
  const seen = new Set<string>();
  while (queue.length > 0) {
    const { id, path } = queue.shift()!;
    if (seen.has(id)) continue;
    seen.add(id);
    const question = findQuestion(flowchart, id);
    if (!question) continue;
    for (const option of question.options) {
      const next = [...path, { question: question.id, option: option.id }];
      if ('method' in option.next) {
        if (option.next.method === method) return next;
      } else {
        queue.push({ id: option.next.question, path: next });
      }
    }
  }
  return null;
}

/**
 * The path to highlight for an environment: its own answers when they lead to its method, else the
 * canonical path to that method, else the answers so far (a method not yet known).
 */
export function displayPath(
  flowchart: Flowchart,
  path: readonly FlowStep[],
  method: MethodId | null,
): FlowStep[] {
  const walk = walkFlowchart(flowchart, path);
  if (method === null || walk.method === method) return walk.path;
  return canonicalPath(flowchart, method) ?? [];
}

/** The most questions any route asks from this question on, itself included (0 for an unknown question). */
export function questionsFrom(
  flowchart: Flowchart,
  questionId: string,
  trail: readonly string[] = [],
): number {
  const question = findQuestion(flowchart, questionId);
  if (!question || trail.includes(questionId)) return 0;
  let deepest = 0;
  for (const option of question.options) {
    if ('question' in option.next) {
      deepest = Math.max(deepest, questionsFrom(flowchart, option.next.question, [...trail, questionId]));
    }
  }
  return 1 + deepest;
}

/** Every complete route through the flowchart with the method it ends in, in option order. */
export function allRoutes(flowchart: Flowchart): { path: FlowStep[]; method: MethodId }[] {
  const routes: { path: FlowStep[]; method: MethodId }[] = [];
  const visit = (id: string, path: FlowStep[]) => {
    const question = findQuestion(flowchart, id);
    if (!question || path.some((s) => s.question === id)) return;
    for (const option of question.options) {
      const next = [...path, { question: question.id, option: option.id }];
      if ('method' in option.next) routes.push({ path: next, method: option.next.method });
      else visit(option.next.question, next);
    }
  };
  visit(flowchart.start, []);
  return routes;
}
