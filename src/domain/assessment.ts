import { z } from 'zod';
import { itemIdSchema, methodIdSchema, scopeIdSchema } from './catalogue-schema';
import type { ItemId, MethodId, ScopeId } from './catalogue-schema';

/**
 * The user's data: assessments, their environments and the answer recorded for each item.
 * Everything is keyed by the catalogue's stable ids (methods 1–8, items "1-1"…), never by text.
 */

export const ITEM_STATUSES = [
  'unanswered',
  'done',
  'partial',
  'not-done',
  'unknown',
  'na',
  'risk-accepted',
] as const;
export const itemStatusSchema = z.enum(ITEM_STATUSES);
/** 未回答 / 実施済み / 一部実施 / 未実施 / わからない / 対象外 / リスク受容 (set only by the user, with a reason and an approver) */
export type ItemStatus = z.infer<typeof itemStatusSchema>;

export const NOTE_MAX_LENGTH = 1000;
export const NAME_MAX_LENGTH = 100;
/** Environments per assessment; an organisation checks each telework method it uses, and there are 8. */
export const MAX_ENVIRONMENTS = 32;

const timestamp = z.number().int().nonnegative();
/** A calendar date, `YYYY-MM-DD`. */
const isoDate = z.iso.date();

/** Whether a string is a calendar date `YYYY-MM-DD` (as an `<input type="date">` gives it). */
export function isIsoDate(value: string): boolean {
  return isoDate.safeParse(value).success;
}

/** Why a risk was accepted on purpose (リスク受容) and who approved it. */
export const RISK_REASON_MAX_LENGTH = 500;
export const riskAcceptanceSchema = z.object({
  reason: z.string().max(RISK_REASON_MAX_LENGTH),
  approver: z.string().max(NAME_MAX_LENGTH),
});
export type RiskAcceptance = z.infer<typeof riskAcceptanceSchema>;

export const itemAnswerSchema = z.object({
  status: itemStatusSchema,
  note: z.string().max(NOTE_MAX_LENGTH),
  /** With リスク受容 only. Optional: data saved before it existed has none. */
  risk: riskAcceptanceSchema.optional(),
  updatedAt: timestamp,
  /**
   * The status was carried over from the previous review of the series and this review has not confirmed it
   * yet: until then it does not count as this review's result (see review-series.ts). Optional, additive.
   */
  carriedOver: z.literal(true).optional(),
});
export type ItemAnswer = z.infer<typeof itemAnswerSchema>;

/** One step taken through the method-picking flowchart. */
export const flowStepSchema = z.object({
  question: z.string().min(1).max(64),
  option: z.string().min(1).max(64),
});
export type FlowStep = z.infer<typeof flowStepSchema>;

const safeRecord = <V extends z.ZodType>(key: z.ZodType<string>, value: V) =>
  z
    .record(key, value)
    .refine((r) => Object.getPrototypeOf(r) === Object.prototype || Object.getPrototypeOf(r) === null);

export const environmentSchema = z.object({
  id: z.string().min(1).max(64),
  /** e.g. 社用ノートPC, 私用スマートフォン */
  name: z.string().max(NAME_MAX_LENGTH),
  /** null until the method is picked. */
  method: methodIdSchema.nullable(),
  /** The answers given in the flowchart, in order. Empty when the method was picked directly. */
  path: z.array(flowStepSchema).max(16),
  /** Scope answers: true = used / yes, false = not used / no; absent = not answered (nothing excluded). */
  scope: z.partialRecord(scopeIdSchema, z.boolean()),
  /** Items the user has put back in scope although a scope answer excludes them. */
  overrides: z.array(itemIdSchema).max(64),
  /** Answers by item id. Kept for items that no longer apply, so changing back restores them. */
  answers: safeRecord(itemIdSchema, itemAnswerSchema),
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type Environment = z.infer<typeof environmentSchema>;

export const PLAN_STATES = ['todo', 'doing', 'done'] as const;
/** 未着手 / 対応中 / 完了 */
export const planStateSchema = z.enum(PLAN_STATES);
export type PlanState = z.infer<typeof planStateSchema>;
export const PLAN_ACTION_MAX_LENGTH = 500;

/** 改善計画 for one item: what to do (対応内容), who (担当者), by when (期限) and how far it is. */
export const actionPlanSchema = z.object({
  itemId: itemIdSchema,
  action: z.string().max(PLAN_ACTION_MAX_LENGTH),
  owner: z.string().max(NAME_MAX_LENGTH),
  /** 期限, `YYYY-MM-DD`; absent while not decided. */
  dueOn: isoDate.optional(),
  state: planStateSchema,
  updatedAt: timestamp,
});
export type ActionPlan = z.infer<typeof actionPlanSchema>;

export const assessmentSchema = z.object({
  id: z.string().min(1).max(64),
  name: z.string().max(NAME_MAX_LENGTH),
  organisation: z.string().max(NAME_MAX_LENGTH),
  assessor: z.string().max(NAME_MAX_LENGTH),
  /** The catalogue version the answers were recorded against. */
  catalogueVersion: z.string().max(32),
  environments: z.array(environmentSchema).max(MAX_ENVIRONMENTS),
  /** 次回見直し予定日, a calendar date `YYYY-MM-DD`. Optional: data saved before it existed has none. */
  nextReviewOn: isoDate.optional(),
  /**
   * 改善計画: one planned action per open item, shared by every environment where the item is open. Optional:
   * data saved before it existed has none. See plan.ts.
   */
  plans: z
    .array(actionPlanSchema)
    .max(64)
    .refine((ps) => new Set(ps.map((p) => p.itemId)).size === ps.length, 'two plans for one item')
    .optional(),
  /** When the assessment was 確定 (finalised); while set, its content is read-only. */
  finalisedAt: timestamp.optional(),
  /**
   * The series of reviews this assessment belongs to (see review-series.ts). Absent on a first review: its
   * series is its own id. Optional, additive.
   */
  seriesId: z.string().min(1).max(64).optional(),
  /** The months between reviews the user chose (12 unless set), for suggesting the next review date. */
  reviewIntervalMonths: z.number().int().min(1).max(60).optional(),
  /** When the assessment was last saved to a file (JSON, CSV or Excel). */
  lastExportedAt: timestamp.optional(),
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type Assessment = z.infer<typeof assessmentSchema>;

export type { ItemId, MethodId, ScopeId };

/** A fresh id; random enough for ids that only have to be unique within one browser. */
export function newId(): string {
  const bytes = new Uint8Array(9);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(36).padStart(2, '0'))
    .join('')
    .slice(0, 12);
}

export function createEnvironment(name: string, now: number): Environment {
  return {
    id: newId(),
    name,
    method: null,
    path: [],
    scope: {},
    overrides: [],
    answers: {},
    createdAt: now,
    updatedAt: now,
  };
}

export function createAssessment(name: string, catalogueVersion: string, now: number): Assessment {
  return {
    id: newId(),
    name,
    organisation: '',
    assessor: '',
    catalogueVersion,
    environments: [],
    createdAt: now,
    updatedAt: now,
  };
}

/** Whether the assessment's content (answers, notes, environments, scope, details) may not be changed: it is 確定. */
export function isReadOnly(assessment: Pick<Assessment, 'finalisedAt'>): boolean {
  return assessment.finalisedAt !== undefined;
}

/**
 * The same calendar date one year after `YYYY-MM-DD` (the suggestion for the next review). 29 February
 * becomes 28 February, as Japanese business dates do, rather than spilling into March.
 */
export function oneYearAfter(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const lastDay = new Date(Date.UTC(y + 1, m, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${y + 1}-${pad(m)}-${pad(Math.min(d, lastDay))}`;
}
