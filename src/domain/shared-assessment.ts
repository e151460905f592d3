import { z } from 'zod';
import {
  itemIdSchema,
  methodIdSchema,
  scopeIdSchema,
  type Catalogue,
  type ItemId,
  type ScopeId,
} from './catalogue-schema';
import {
  flowStepSchema,
  itemStatusSchema,
  newId,
  planStateSchema,
  riskAcceptanceSchema,
  PLAN_ACTION_MAX_LENGTH,
  NAME_MAX_LENGTH,
  NOTE_MAX_LENGTH,
  type Assessment,
  type ItemAnswer,
} from './assessment';
import { itemsForMethod } from './applicability';

/**
 * What a share link carries: the answers that count, keyed by ids, with names and notes only when the
 * user chose to include them. No ids of our own and no timestamps: the receiver gets fresh ones.
 */

export const sharedAnswerSchema = z.strictObject({
  status: itemStatusSchema,
  note: z.string().max(NOTE_MAX_LENGTH),
  /** The reason and approver of リスク受容: only with that status, and only with names and notes (v2 on). */
  risk: riskAcceptanceSchema.optional(),
});

/** A plan as a link carries it: no timestamp; the action and owner are empty without names and notes. */
export const sharedPlanSchema = z.strictObject({
  itemId: itemIdSchema,
  action: z.string().max(PLAN_ACTION_MAX_LENGTH),
  owner: z.string().max(NAME_MAX_LENGTH),
  dueOn: z.iso.date().optional(),
  state: planStateSchema,
});
export type SharedPlan = z.infer<typeof sharedPlanSchema>;

export const sharedEnvironmentSchema = z.strictObject({
  name: z.string().max(NAME_MAX_LENGTH),
  method: methodIdSchema.nullable(),
  path: z.array(flowStepSchema).max(16),
  scope: z.partialRecord(scopeIdSchema, z.boolean()),
  /** Only items a scope answer can exclude, in the method's order. */
  overrides: z.array(itemIdSchema).max(64),
  /** Only the method's items, and only those with a status or a note. */
  answers: z.record(itemIdSchema, sharedAnswerSchema),
});
export type SharedEnvironment = z.infer<typeof sharedEnvironmentSchema>;

export const sharedAssessmentSchema = z.strictObject({
  catalogueVersion: z.string().max(32),
  /** Whether the sender chose to include names and notes. */
  includesText: z.boolean(),
  name: z.string().max(NAME_MAX_LENGTH),
  organisation: z.string().max(NAME_MAX_LENGTH),
  assessor: z.string().max(NAME_MAX_LENGTH),
  environments: z.array(sharedEnvironmentSchema).max(32),
  /** 改善計画 (v2 on); absent when the assessment has none, as in every v1 link. */
  plans: z.array(sharedPlanSchema).max(64).optional(),
});
export type SharedAssessment = z.infer<typeof sharedAssessmentSchema>;

/** The items a scope answer can make 対象外: the only ones for which an override means anything. */
export function excludableItems(catalogue: Catalogue): Set<ItemId> {
  return new Set(catalogue.scopeQuestions.flatMap((q) => q.excludes));
}

/**
 * The part of an assessment that a share link carries. Answers to items outside the environment's method,
 * per-answer timestamps and ids stay behind; names, notes and the flowchart path travel only with
 * `includeText`. Decoding a link gives back exactly this.
 */
export function toSharedAssessment(
  catalogue: Catalogue,
  assessment: Assessment,
  { includeText }: { includeText: boolean },
): SharedAssessment {
  const excludable = excludableItems(catalogue);
  const plans = (assessment.plans ?? []).map((p): SharedPlan => ({
    itemId: p.itemId,
    action: includeText ? p.action : '',
    owner: includeText ? p.owner : '',
    ...(p.dueOn === undefined ? {} : { dueOn: p.dueOn }),
    state: p.state,
  }));
  return {
    ...(plans.length > 0 ? { plans } : {}),
    catalogueVersion: catalogue.version,
    includesText: includeText,
    name: includeText ? assessment.name : '',
    organisation: includeText ? assessment.organisation : '',
    assessor: includeText ? assessment.assessor : '',
    environments: assessment.environments.map((env) => {
      const items = env.method === null ? [] : itemsForMethod(catalogue, env.method).map((i) => i.id);
      const answers: Record<ItemId, z.infer<typeof sharedAnswerSchema>> = {};
      for (const id of items) {
        const recorded = env.answers[id];
        const status = recorded?.status ?? 'unanswered';
        const note = includeText ? (recorded?.note ?? '') : '';
        const risk = includeText && status === 'risk-accepted' ? recorded?.risk : undefined;
        if (risk) answers[id] = { status, note, risk: { reason: risk.reason, approver: risk.approver } };
        else if (status !== 'unanswered' || note !== '') answers[id] = { status, note };
      }
      const scope: Partial<Record<ScopeId, boolean>> = {};
      for (const id of scopeIdSchema.options) {
        const answer = env.scope[id];
        if (answer !== undefined) scope[id] = answer;
      }
      return {
        name: includeText ? env.name : '',
        method: env.method,
        path: includeText ? env.path.map((s) => ({ question: s.question, option: s.option })) : [],
        scope,
        overrides: items.filter((id) => excludable.has(id) && env.overrides.includes(id)),
        answers,
      };
    }),
  };
}

/**
 * For replacing a local assessment with shared data that carries no names: keeps the local name, organisation
 * and assessor, and the name of each environment at the same position whose method is the same, so that a
 * colleague's compact link updates the answers without wiping what the local user called things.
 */
export function keepLocalNames(incoming: Assessment, local: Assessment): Assessment {
  return {
    ...incoming,
    name: local.name,
    organisation: local.organisation,
    assessor: local.assessor,
    environments: incoming.environments.map((env, i) => {
      const before = local.environments[i];
      return env.name === '' && before && before.method === env.method ? { ...env, name: before.name } : env;
    }),
  };
}

/** A new local assessment from shared data: fresh ids, every timestamp set to `now`. */
export function sharedToAssessment(shared: SharedAssessment, now: number): Assessment {
  return {
    ...(shared.plans && shared.plans.length > 0
      ? { plans: shared.plans.map((p) => ({ ...p, updatedAt: now })) }
      : {}),
    id: newId(),
    name: shared.name,
    organisation: shared.organisation,
    assessor: shared.assessor,
    catalogueVersion: shared.catalogueVersion,
    createdAt: now,
    updatedAt: now,
    environments: shared.environments.map((env) => {
      const answers: Record<ItemId, ItemAnswer> = {};
      for (const [id, a] of Object.entries(env.answers))
        answers[id] = {
          status: a.status,
          note: a.note,
          ...(a.risk ? { risk: { ...a.risk } } : {}),
          updatedAt: now,
        };
      return {
        id: newId(),
        name: env.name,
        method: env.method,
        path: env.path.map((s) => ({ ...s })),
        scope: { ...env.scope },
        overrides: [...env.overrides],
        answers,
        createdAt: now,
        updatedAt: now,
      };
    }),
  };
}
