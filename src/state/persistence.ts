import { z } from 'zod';
import { createJSONStorage, type PersistOptions } from 'zustand/middleware';
import { assessmentSchema } from '../domain/assessment';
import type { AppState, DataSlice } from './store';

import { STORAGE_KEY } from './storage-key';

export { STORAGE_KEY };
export const STORAGE_VERSION = 1;

const persistedSchema = z.object({
  assessments: z.array(assessmentSchema),
  activeAssessmentId: z.string().nullable(),
});

/** Validates what was read back from storage; anything else is rejected. */
export function parsePersisted(value: unknown): DataSlice {
  return persistedSchema.parse(value);
}

export const persistOptions: PersistOptions<AppState, DataSlice> = {
  name: STORAGE_KEY,
  version: STORAGE_VERSION,
  storage: createJSONStorage(() => localStorage),
  partialize: (s) => ({ assessments: s.assessments, activeAssessmentId: s.activeAssessmentId }),
  migrate: (persisted) => parsePersisted(persisted),
  merge: (persisted, current) => {
    const parsed = persistedSchema.safeParse(persisted);
    return parsed.success ? { ...current, ...parsed.data } : current;
  },
};
