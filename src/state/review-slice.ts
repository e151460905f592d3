import type { StateCreator } from 'zustand';
import { summary } from 'virtual:catalogue-summary';
import { isReadOnly, NAME_MAX_LENGTH, type Assessment } from '../domain/assessment';
import { localDateStamp } from '../domain/dates';
import { reissueSeries } from '../domain/export-series-json';
import { confirmCarriedOver, startNextReview, suggestedNextReview } from '../domain/review-series';
import type { AppState, ReviewSlice } from './types';

/**
 * The review cycle's actions (see src/domain/review-series.ts), kept apart from the other slices. The rules are
 * the domain's; this only applies them to the store.
 */

type Slice<T> = StateCreator<AppState, [['zustand/persist', unknown]], [], T>;

const now = () => Date.now();

function update(state: AppState, id: string, f: (a: Assessment) => Assessment): Partial<AppState> {
  return { assessments: state.assessments.map((a) => (a.id === id ? f(a) : a)) };
}

export const createReviewSlice: Slice<ReviewSlice> = (set, get) => ({
  startNextReview: (previousId, name) => {
    const previous = get().assessments.find((a) => a.id === previousId);
    if (!previous) return null;
    const t = now();
    const next = startNextReview(previous, {
      name: name.slice(0, NAME_MAX_LENGTH),
      now: t,
      today: localDateStamp(t),
    });
    next.catalogueVersion = summary.version;
    set((s) => ({
      assessments: [
        // The previous review is kept as it was: 確定 (read-only) unless it already is.
        ...s.assessments.map((a) =>
          a.id === previousId && !isReadOnly(a) ? { ...a, finalisedAt: t, updatedAt: t } : a,
        ),
        next,
      ],
    }));
    return next.id;
  },
  confirmCarriedOver: (aid, eid, items) =>
    set((s) => {
      const target = s.assessments.find((a) => a.id === aid);
      if (!target || isReadOnly(target)) return {};
      const t = now();
      const environments = target.environments.map((e) =>
        e.id === eid ? confirmCarriedOver(e, items, t) : e,
      );
      if (environments.every((e, i) => e === target.environments[i])) return {};
      return update(s, aid, (a) => ({ ...a, environments, updatedAt: t }));
    }),
  setReviewInterval: (aid, months) =>
    set((s) => {
      const target = s.assessments.find((a) => a.id === aid);
      if (!target || isReadOnly(target)) return {};
      const t = now();
      return update(s, aid, (a) => ({
        ...a,
        reviewIntervalMonths: months,
        nextReviewOn: suggestedNextReview({ reviewIntervalMonths: months }, localDateStamp(t)),
        updatedAt: t,
      }));
    }),
  // Saving to a file is not a change of content: `updatedAt` stays, and 確定 assessments are marked too.
  markExported: (ids, at) =>
    set((s) => ({
      assessments: s.assessments.map((a) => (ids.includes(a.id) ? { ...a, lastExportedAt: at } : a)),
    })),
  addImportedSeries: (reviews) => {
    const fresh = reissueSeries(reviews);
    set((s) => ({ assessments: [...s.assessments, ...fresh] }));
    return fresh.map((a) => a.id);
  },
});
