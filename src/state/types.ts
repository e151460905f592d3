import type {
  ActionPlan,
  Assessment,
  FlowStep,
  ItemId,
  ItemStatus,
  MethodId,
  RiskAcceptance,
  ScopeId,
} from '../domain/assessment';
import type { Tombstone } from '../domain/saved-data';

/**
 * The shape of the store, apart from the store itself, so that the modules that persist and sync it can name
 * its state without importing the store (which imports them).
 */

export interface DataSlice {
  assessments: Assessment[];
  /** Deleted assessments, remembered so another open tab does not bring them back (see merge-saved-data.ts). */
  deletedAssessments: Tombstone[];
}

export interface AssessmentSlice {
  createAssessment: (name: string) => string;
  /**
   * The user edited the assessment's name, organisation, assessor or next review date (`null` clears the
   * date; a value that is not a `YYYY-MM-DD` date is ignored). Refused while the assessment is 確定.
   */
  updateAssessmentDetails: (
    id: string,
    patch: Partial<Pick<Assessment, 'name' | 'organisation' | 'assessor'>> & { nextReviewOn?: string | null },
  ) => void;
  /** The user marked the assessment 確定 (finalised): from now its content is read-only. */
  finaliseAssessment: (id: string) => void;
  /** The user lifted the 確定 mark, so the assessment can be changed again. */
  reopenAssessment: (id: string) => void;
  duplicateAssessment: (id: string, name: string) => string | null;
  deleteAssessment: (id: string) => void;
  /** Adds an assessment that came from a link or a file, under a new id; returns that id. */
  addImportedAssessment: (a: Assessment) => string;
  /** Replaces an existing assessment's content with an imported one, keeping its id. */
  replaceAssessment: (id: string, a: Assessment) => void;
  /** Clears every answer of an assessment (environments and their methods stay). */
  resetAssessment: (id: string) => void;
  /** Puts back the assessment as it was before the last delete or reset. */
  undo: () => void;
  lastUndo: {
    kind: 'delete' | 'reset' | 'remove-environment' | 'replace';
    assessment: Assessment;
    index: number;
  } | null;
  dismissUndo: () => void;
}

export interface EnvironmentSlice {
  addEnvironment: (assessmentId: string, name: string) => string | null;
  renameEnvironment: (assessmentId: string, envId: string, name: string) => void;
  removeEnvironment: (assessmentId: string, envId: string) => void;
  /** Records the flowchart answers so far; the method is set when the path ends in one. */
  setFlowPath: (assessmentId: string, envId: string, path: FlowStep[], method: MethodId | null) => void;
  /** Picks a method directly, without the flowchart. */
  chooseMethod: (assessmentId: string, envId: string, method: MethodId) => void;
  answerScope: (assessmentId: string, envId: string, scope: ScopeId, uses: boolean | null) => void;
  /** Puts an item excluded by a scope answer back in scope, or lets the exclusion apply again. */
  overrideExclusion: (assessmentId: string, envId: string, itemId: ItemId, include: boolean) => void;
}

export interface AnswerSlice {
  setItemStatus: (assessmentId: string, envId: string, itemId: ItemId, status: ItemStatus) => void;
  setItemNote: (assessmentId: string, envId: string, itemId: ItemId, note: string) => void;
  /** The user accepted the item's risk on purpose (リスク受容), with the reason and who approved it. */
  acceptRisk: (assessmentId: string, envId: string, itemId: ItemId, risk: RiskAcceptance) => void;
  /** The user planned (or changed the plan of) an item's action; one plan per item for the whole assessment. */
  savePlan: (assessmentId: string, plan: Omit<ActionPlan, 'updatedAt'>) => void;
  removePlan: (assessmentId: string, itemId: ItemId) => void;
}

/** The review cycle (src/state/review-slice.ts). */
export interface ReviewSlice {
  /**
   * The user started the next review from this one: a new assessment of the same series with the statuses
   * carried over (to be confirmed), and the previous review 確定 (read-only) unless it already was.
   * Returns the new id, or null when there is no such assessment.
   */
  startNextReview: (previousId: string, name: string) => string | null;
  /** The user confirmed carried-over statuses of an environment as this review's answers. */
  confirmCarriedOver: (assessmentId: string, envId: string, items: readonly ItemId[]) => void;
  /** The user chose the months between reviews; the next review date is set from today. */
  setReviewInterval: (assessmentId: string, months: number) => void;
  /** The assessments were saved to a file at `at` (content unchanged; allowed while 確定). */
  markExported: (assessmentIds: readonly string[], at: number) => void;
  /** Adds the reviews of an imported series file as a new series; returns their new ids, oldest first. */
  addImportedSeries: (reviews: readonly Assessment[]) => string[];
}

export type AppState = DataSlice & AssessmentSlice & EnvironmentSlice & AnswerSlice & ReviewSlice;
