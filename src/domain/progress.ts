import type { Catalogue, Priority } from './catalogue-schema';
import type { Assessment, Environment, ItemStatus } from './assessment';
import { scopedItems, type ScopedItem } from './applicability';

/** Counts over the items that are in scope: 対象外 is left out of `total` and every rate. */
export interface Tally {
  /** Items in scope (everything but 対象外). */
  total: number;
  /** Items in scope with an answer other than 未回答. */
  answered: number;
  /** 実施済み */
  done: number;
  partial: number;
  notDone: number;
  unknown: number;
  unanswered: number;
  /**
   * リスク受容: in scope and answered, but neither done nor open; counted apart from every other status (a
   * risk accepted on purpose is not 実施済み, so it never raises the done rate).
   */
  riskAccepted: number;
  /** 対象外, counted apart. */
  na: number;
}

export interface Progress extends Tally {
  byPriority: Record<Priority, Tally>;
}

export function emptyTally(): Tally {
  return {
    total: 0,
    answered: 0,
    done: 0,
    partial: 0,
    notDone: 0,
    unknown: 0,
    unanswered: 0,
    riskAccepted: 0,
    na: 0,
  };
}

const field: Record<Exclude<ItemStatus, 'na'>, keyof Tally> = {
  unanswered: 'unanswered',
  done: 'done',
  partial: 'partial',
  'not-done': 'notDone',
  unknown: 'unknown',
  'risk-accepted': 'riskAccepted',
};

/** Adds one status to a tally (in place) and returns it. */
export function addStatus(t: Tally, status: ItemStatus): Tally {
  if (status === 'na') {
    t.na += 1;
    return t;
  }
  t.total += 1;
  t[field[status]] += 1;
  if (status !== 'unanswered') t.answered += 1;
  return t;
}

/** Tallies a list of scoped items, overall and per priority. */
export function tally(items: readonly ScopedItem[]): Progress {
  const p: Progress = { ...emptyTally(), byPriority: { '◎': emptyTally(), '○': emptyTally() } };
  for (const s of items) {
    addStatus(p, s.status);
    addStatus(p.byPriority[s.item.priority], s.status);
  }
  return p;
}

/** Progress of one environment. An environment with no method yet has nothing to count. */
export function environmentProgress(catalogue: Catalogue, env: Environment): Progress {
  return tally(scopedItems(catalogue, env));
}

/** Progress of a whole assessment: the sum over its environments (an item checked in two environments counts twice). */
export function assessmentProgress(catalogue: Catalogue, assessment: Assessment): Progress {
  return tally(assessment.environments.flatMap((env) => scopedItems(catalogue, env)));
}

/**
 * A whole-number percentage, 0 when there is nothing to count. Rounded down, so that 100 % is shown only
 * when every item is counted (rounding would turn 199 of 200 into "100 %" and tell the user they are done).
 */
export function percent(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.floor((part / whole) * 100);
}
