import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { StateCreator } from 'zustand';
import {
  createAssessment,
  createEnvironment,
  newId,
  type Assessment,
  type Environment,
  isIsoDate,
  isReadOnly,
  NAME_MAX_LENGTH,
  NOTE_MAX_LENGTH,
  MAX_ENVIRONMENTS,
  RISK_REASON_MAX_LENGTH,
} from '../domain/assessment';
import { mergeTombstones } from '../domain/merge-saved-data';
import { answerScopeQuestion } from '../domain/applicability';
import { clampPlanTexts, withoutPlan, withPlan } from '../domain/plan';
import { summary } from 'virtual:catalogue-summary';
import { createAppStorage, createPersistOptions, openAppRecords } from './persistence';
import { createReviewSlice } from './review-slice';
import { startTabSync } from './tab-sync';
import type { AnswerSlice, AppState, AssessmentSlice, EnvironmentSlice } from './types';

/**
 * The one store of the app, made of slices. Actions are named after what the user did.
 * Only the DataSlice (assessments and remembered deletions) is persisted (see persistence.ts).
 */

type Slice<T> = StateCreator<AppState, [['zustand/persist', unknown]], [], T>;

const now = () => Date.now();

function mapAssessment(state: AppState, id: string, f: (a: Assessment) => Assessment): Partial<AppState> {
  return { assessments: state.assessments.map((a) => (a.id === id ? { ...f(a), updatedAt: now() } : a)) };
}

/** As mapAssessment, but changes nothing while the assessment is 確定: its content is read-only then. */
function mapEditable(state: AppState, id: string, f: (a: Assessment) => Assessment): Partial<AppState> {
  const target = state.assessments.find((a) => a.id === id);
  if (!target || isReadOnly(target)) return {};
  return mapAssessment(state, id, f);
}

/** Whether the assessment exists and may be changed. */
function editable(state: AppState, id: string): boolean {
  const target = state.assessments.find((a) => a.id === id);
  return target !== undefined && !isReadOnly(target);
}

function mapEnvironment(
  state: AppState,
  aid: string,
  eid: string,
  f: (e: Environment) => Environment,
): Partial<AppState> {
  return mapEditable(state, aid, (a) => ({
    ...a,
    environments: a.environments.map((e) => (e.id === eid ? { ...f(e), updatedAt: now() } : e)),
  }));
}

const createAssessmentSlice: Slice<AssessmentSlice> = (set, get) => ({
  lastUndo: null,
  createAssessment: (name) => {
    const a = createAssessment(name.slice(0, NAME_MAX_LENGTH), summary.version, now());
    set((s) => ({ assessments: [...s.assessments, a] }));
    return a.id;
  },
  updateAssessmentDetails: (id, { nextReviewOn, ...names }) =>
    set((s) =>
      mapEditable(s, id, (a) => {
        const next: Assessment = {
          ...a,
          ...Object.fromEntries(
            Object.entries(names).map(([k, v]) => [k, String(v).slice(0, NAME_MAX_LENGTH)]),
          ),
        };
        if (nextReviewOn === null) delete next.nextReviewOn;
        else if (nextReviewOn !== undefined && isIsoDate(nextReviewOn)) next.nextReviewOn = nextReviewOn;
        return next;
      }),
    ),
  finaliseAssessment: (id) =>
    set((s) => (editable(s, id) ? mapAssessment(s, id, (a) => ({ ...a, finalisedAt: now() })) : {})),
  reopenAssessment: (id) =>
    set((s) =>
      mapAssessment(s, id, (a) => {
        const { finalisedAt: _finalisedAt, ...rest } = a;
        return rest;
      }),
    ),
  duplicateAssessment: (id, name) => {
    const source = get().assessments.find((a) => a.id === id);
    if (!source) return null;
    const t = now();
    const copy: Assessment = {
      ...structuredClone(source),
      id: newId(),
      name: name.slice(0, NAME_MAX_LENGTH),
      createdAt: t,
      updatedAt: t,
      environments: source.environments.map((e) => ({ ...structuredClone(e), id: newId() })),
    };
    set((s) => ({ assessments: [...s.assessments, copy] }));
    return copy.id;
  },
  deleteAssessment: (id) =>
    set((s) => {
      const index = s.assessments.findIndex((a) => a.id === id);
      const assessment = s.assessments[index];
      if (!assessment) return {};
      return {
        assessments: s.assessments.filter((a) => a.id !== id),
        deletedAssessments: mergeTombstones(s.deletedAssessments, [{ id, deletedAt: now() }]),
        lastUndo: { kind: 'delete', assessment, index },
      };
    }),
  addImportedAssessment: (a) => {
    // Only the id is new (the same file may be imported twice); timestamps stay, so a JSON import is lossless.
    const copy: Assessment = { ...structuredClone(a), id: newId() };
    set((s) => ({ assessments: [...s.assessments, copy] }));
    return copy.id;
  },
  replaceAssessment: (id, a) =>
    set((s) => {
      if (!editable(s, id)) return {};
      const index = s.assessments.findIndex((x) => x.id === id);
      const previous = s.assessments[index];
      if (!previous) return {};
      const next = s.assessments.slice();
      next[index] = { ...structuredClone(a), id, updatedAt: now() };
      return {
        assessments: next,
        lastUndo: { kind: 'replace', assessment: previous, index },
      };
    }),
  resetAssessment: (id) =>
    set((s) => {
      const index = s.assessments.findIndex((a) => a.id === id);
      const assessment = s.assessments[index];
      if (!assessment || isReadOnly(assessment)) return {};
      return {
        ...mapAssessment(s, id, (a) => ({
          ...a,
          environments: a.environments.map((e) => ({ ...e, answers: {} })),
        })),
        lastUndo: { kind: 'reset', assessment, index },
      };
    }),
  undo: () =>
    set((s) => {
      const u = s.lastUndo;
      if (!u) return {};
      const others = s.assessments.filter((a) => a.id !== u.assessment.id);
      // The restored copy counts as changed now, so it wins over the deletion or reset in every open tab.
      const restored = { ...u.assessment, updatedAt: now() };
      const assessments = [...others.slice(0, u.index), restored, ...others.slice(u.index)];
      const deletedAssessments = s.deletedAssessments.filter((t) => t.id !== restored.id);
      return { assessments, deletedAssessments, lastUndo: null };
    }),
  dismissUndo: () => set({ lastUndo: null }),
});

const createEnvironmentSlice: Slice<EnvironmentSlice> = (set, get) => ({
  addEnvironment: (aid, name) => {
    const target = get().assessments.find((a) => a.id === aid);
    if (!target || isReadOnly(target) || target.environments.length >= MAX_ENVIRONMENTS) return null;
    const env = createEnvironment(name.slice(0, NAME_MAX_LENGTH), now());
    set((s) => mapAssessment(s, aid, (a) => ({ ...a, environments: [...a.environments, env] })));
    return env.id;
  },
  renameEnvironment: (aid, eid, name) =>
    set((s) => mapEnvironment(s, aid, eid, (e) => ({ ...e, name: name.slice(0, NAME_MAX_LENGTH) }))),
  removeEnvironment: (aid, eid) =>
    set((s) => {
      const index = s.assessments.findIndex((a) => a.id === aid);
      const assessment = s.assessments[index];
      if (!assessment?.environments.some((e) => e.id === eid) || isReadOnly(assessment)) return {};
      return {
        ...mapAssessment(s, aid, (a) => ({ ...a, environments: a.environments.filter((e) => e.id !== eid) })),
        lastUndo: { kind: 'remove-environment', assessment, index },
      };
    }),
  // Answers and overrides are never dropped here: an item that stops applying keeps its answer for when it applies again.
  setFlowPath: (aid, eid, path, method) =>
    set((s) => mapEnvironment(s, aid, eid, (e) => ({ ...e, path, method: method ?? e.method }))),
  chooseMethod: (aid, eid, method) =>
    set((s) => mapEnvironment(s, aid, eid, (e) => ({ ...e, method, path: [] }))),
  answerScope: (aid, eid, scope, uses) =>
    set((s) =>
      mapEnvironment(s, aid, eid, (e) => ({ ...e, scope: answerScopeQuestion(e.scope, scope, uses) })),
    ),
  overrideExclusion: (aid, eid, itemId, include) =>
    set((s) =>
      mapEnvironment(s, aid, eid, (e) => ({
        ...e,
        overrides: include
          ? [...new Set([...e.overrides, itemId])]
          : e.overrides.filter((id) => id !== itemId),
      })),
    ),
});

const createAnswerSlice: Slice<AnswerSlice> = (set) => ({
  setItemStatus: (aid, eid, itemId, status) =>
    set((s) =>
      mapEnvironment(s, aid, eid, (e) => ({
        ...e,
        answers: {
          ...e.answers,
          [itemId]: { note: e.answers[itemId]?.note ?? '', status, updatedAt: now() },
        },
      })),
    ),
  acceptRisk: (aid, eid, itemId, { reason, approver }) =>
    set((s) =>
      mapEnvironment(s, aid, eid, (e) => ({
        ...e,
        answers: {
          ...e.answers,
          [itemId]: {
            note: e.answers[itemId]?.note ?? '',
            status: 'risk-accepted',
            risk: {
              reason: reason.slice(0, RISK_REASON_MAX_LENGTH),
              approver: approver.slice(0, NAME_MAX_LENGTH),
            },
            updatedAt: now(),
          },
        },
      })),
    ),
  savePlan: (aid, plan) =>
    set((s) => mapEditable(s, aid, (a) => withPlan(a, { ...clampPlanTexts(plan), updatedAt: now() }))),
  removePlan: (aid, itemId) => set((s) => mapEditable(s, aid, (a) => withoutPlan(a, itemId))),
  setItemNote: (aid, eid, itemId, note) =>
    set((s) =>
      mapEnvironment(s, aid, eid, (e) => ({
        ...e,
        answers: {
          ...e.answers,
          [itemId]: {
            // Writing a note keeps a carried-over status unconfirmed (and anything else the answer holds).
            ...e.answers[itemId],
            status: e.answers[itemId]?.status ?? 'unanswered',
            note: note.slice(0, NOTE_MAX_LENGTH),
            updatedAt: now(),
          },
        },
      })),
    ),
});

// The records are read from IndexedDB before the store exists (see record-db.ts), so that every screen that
// imports the store finds the saved data already there, as with localStorage.
const appStorage = createAppStorage(await openAppRecords());

export const useAppStore = create<AppState>()(
  persist(
    (...a) => ({
      assessments: [],
      deletedAssessments: [],
      ...createAssessmentSlice(...a),
      ...createEnvironmentSlice(...a),
      ...createAnswerSlice(...a),
      ...createReviewSlice(...a),
    }),
    createPersistOptions(appStorage),
  ),
);

// From the moment the store exists, other tabs' saved changes appear here and are never overwritten.
if (typeof window !== 'undefined') startTabSync(useAppStore, appStorage);

/** Narrow selectors. */
/** The selector for one assessment by id (null when there is none). */
export const assessmentById = (id: string | null | undefined) => (s: AppState) =>
  s.assessments.find((a) => a.id === id) ?? null;
