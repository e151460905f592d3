import type { Catalogue, Item, ItemId, Priority } from './catalogue-schema';
import {
  NAME_MAX_LENGTH,
  PLAN_ACTION_MAX_LENGTH,
  type ActionPlan,
  type Assessment,
  type Environment,
  type ItemStatus,
  type PlanState,
} from './assessment';
import { scopedItems } from './applicability';

/**
 * 改善計画 (the improvement plan): for each open item, what is to be done, by whom and by when, and the risks
 * accepted on purpose (リスク受容). One plan per item covers every environment of the assessment in which the
 * item is open, so an item shared by several environments is planned once.
 */

/** The statuses for which an action is planned: 未実施, 一部実施, わからない. */
export const PLANNABLE_STATUSES: readonly ItemStatus[] = ['not-done', 'partial', 'unknown'];

export function isPlannable(status: ItemStatus): boolean {
  return PLANNABLE_STATUSES.includes(status);
}

/** The plan of an item, or null. */
export function planFor(assessment: Pick<Assessment, 'plans'>, itemId: ItemId): ActionPlan | null {
  return assessment.plans?.find((p) => p.itemId === itemId) ?? null;
}

/** The assessment with `plan` in place of the item's plan (added when there was none). */
export function withPlan(assessment: Assessment, plan: ActionPlan): Assessment {
  const plans = assessment.plans ?? [];
  const index = plans.findIndex((p) => p.itemId === plan.itemId);
  const next = index === -1 ? [...plans, plan] : plans.map((p, i) => (i === index ? plan : p));
  return { ...assessment, plans: next };
}

/** The assessment without the item's plan. */
export function withoutPlan(assessment: Assessment, itemId: ItemId): Assessment {
  const plans = (assessment.plans ?? []).filter((p) => p.itemId !== itemId);
  const { plans: _plans, ...rest } = assessment;
  return plans.length > 0 ? { ...rest, plans } : rest;
}

/** A plan's texts cut to their limits (what the form allows anyway; a guard for every other way in). */
export function clampPlanTexts<T extends Pick<ActionPlan, 'action' | 'owner'>>(plan: T): T {
  return {
    ...plan,
    action: plan.action.slice(0, PLAN_ACTION_MAX_LENGTH),
    owner: plan.owner.slice(0, NAME_MAX_LENGTH),
  };
}

/**
 * Items with a plan that applies in no environment of the assessment (outside every environment's method, or
 * 対象外 by a scope answer everywhere). A link or file carrying such a plan is refused, as one with an unknown id.
 */
export function plansNotApplying(
  catalogue: Catalogue,
  assessment: { plans?: readonly { itemId: ItemId }[]; environments: readonly Environment[] },
): ItemId[] {
  const applying = new Set<ItemId>();
  for (const env of assessment.environments)
    for (const s of scopedItems(catalogue, env)) if (s.status !== 'na') applying.add(s.item.id);
  return (assessment.plans ?? []).map((p) => p.itemId).filter((id) => !applying.has(id));
}

/** What is odd about a due date: before `today` (the day it is set) or outside the years anyone plans in. */
export type DueDateWarning = 'past' | 'out-of-range';

/** Flags a due date; both are allowed, only shown. Dates are `YYYY-MM-DD`, compared as text. */
export function dueDateWarning(dueOn: string, today: string): DueDateWarning | null {
  const year = Number(dueOn.slice(0, 4));
  if (year < 2000 || year > 2099) return 'out-of-range';
  return dueOn < today ? 'past' : null;
}

/** Whether a plan is late: not 完了 and its due date is before today. */
export function isOverdue(plan: Pick<ActionPlan, 'dueOn' | 'state'>, today: string): boolean {
  return plan.state !== 'done' && plan.dueOn !== undefined && plan.dueOn < today;
}

/** Where a planned item stands in one environment. */
export interface PlanOccurrence {
  environmentId: string;
  status: ItemStatus;
}

/** One row of the plan screen and the report's 改善計画. */
export interface PlanRow {
  item: Item;
  plan: ActionPlan;
  /** The environments where the item applies, with its status there. */
  environments: PlanOccurrence[];
  overdue: boolean;
}

const priorityRank: Record<Priority, number> = { '◎': 0, '○': 1 };

/**
 * Every plan of the assessment with its item and environments, ◎ first, then by due date (the earliest first,
 * undated last), then in catalogue order.
 */
export function planRows(catalogue: Catalogue, assessment: Assessment, today: string): PlanRow[] {
  const index = new Map(catalogue.items.map((item, i) => [item.id, i]));
  const occurrences = new Map<ItemId, PlanOccurrence[]>();
  for (const env of assessment.environments) {
    for (const s of scopedItems(catalogue, env)) {
      if (s.status === 'na') continue;
      const list = occurrences.get(s.item.id) ?? [];
      list.push({ environmentId: env.id, status: s.status });
      occurrences.set(s.item.id, list);
    }
  }
  const rows: PlanRow[] = [];
  for (const plan of assessment.plans ?? []) {
    const item = catalogue.items.find((i) => i.id === plan.itemId);
    if (!item) continue;
    rows.push({
      item,
      plan,
      environments: occurrences.get(plan.itemId) ?? [],
      overdue: isOverdue(plan, today),
    });
  }
  return rows.sort(
    (a, b) =>
      priorityRank[a.item.priority] - priorityRank[b.item.priority] ||
      (a.plan.dueOn ?? '9999-99-99').localeCompare(b.plan.dueOn ?? '9999-99-99') ||
      (index.get(a.item.id) ?? 0) - (index.get(b.item.id) ?? 0),
  );
}

export interface PlanFilter {
  /** '' = every owner. */
  owner: string;
  state: PlanState | 'all';
  /** '' = every environment. */
  environmentId: string;
}

export const NO_PLAN_FILTER: PlanFilter = { owner: '', state: 'all', environmentId: '' };

export function filterPlanRows(rows: readonly PlanRow[], filter: PlanFilter): PlanRow[] {
  return rows.filter(
    (r) =>
      (filter.owner === '' || r.plan.owner.trim() === filter.owner) &&
      (filter.state === 'all' || r.plan.state === filter.state) &&
      (filter.environmentId === '' || r.environments.some((e) => e.environmentId === filter.environmentId)),
  );
}

/** A risk accepted on purpose in one environment. */
export interface AcceptedRisk {
  item: Item;
  environmentId: string;
  reason: string;
  approver: string;
}

/** Every item set to リスク受容, environment by environment, in the environment's item order. */
export function acceptedRisks(catalogue: Catalogue, assessment: Assessment): AcceptedRisk[] {
  return assessment.environments.flatMap((env) =>
    scopedItems(catalogue, env)
      .filter((s) => s.status === 'risk-accepted')
      .map((s) => {
        const risk = env.answers[s.item.id]?.risk;
        return {
          item: s.item,
          environmentId: env.id,
          reason: risk?.reason ?? '',
          approver: risk?.approver ?? '',
        };
      }),
  );
}

/**
 * The names already used in the assessment, for the owner field's suggestions: the assessor, the plans'
 * owners and the approvers of accepted risks, each once, in the order first met.
 */
export function nameSuggestions(assessment: Assessment): string[] {
  const names = [
    assessment.assessor,
    ...(assessment.plans ?? []).map((p) => p.owner),
    ...assessment.environments.flatMap((e) => Object.values(e.answers).map((a) => a.risk?.approver ?? '')),
  ]
    .map((n) => n.trim())
    .filter((n) => n !== '');
  return [...new Set(names)];
}

/** The distinct owners of the plans, for the owner filter. */
export function planOwners(assessment: Assessment): string[] {
  return [...new Set((assessment.plans ?? []).map((p) => p.owner.trim()).filter((n) => n !== ''))];
}

/** A risk acceptance needs both a reason and an approver. */
export function isCompleteAcceptance(risk: { reason: string; approver: string }): boolean {
  return risk.reason.trim() !== '' && risk.approver.trim() !== '';
}
