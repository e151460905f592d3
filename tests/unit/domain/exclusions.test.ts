import { describe, expect, it } from 'vitest';
import raw from '../../../data/catalogue.json';
import { parseCatalogue } from '../../../src/domain/catalogue-schema';
import { createEnvironment, type Environment } from '../../../src/domain/assessment';
import {
  excludedItems,
  exclusionCounts,
  itemsExcludedByQuestion,
  scopedItems,
  scopeQuestionsForMethod,
} from '../../../src/domain/applicability';

const catalogue = parseCatalogue(raw);

function env(patch: Partial<Environment>): Environment {
  return { ...createEnvironment('社用PC', 0), method: 1, ...patch };
}

describe('itemsExcludedByQuestion', () => {
  it("lists only the method's own items that a no would exclude", () => {
    const meetings = scopeQuestionsForMethod(catalogue, 1).find((q) => q.id === 'online-meetings')!;
    const own = new Set(catalogue.items.filter((i) => i.methods.includes(1)).map((i) => i.id));
    const ids = itemsExcludedByQuestion(catalogue, 1, meetings);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.every((id) => own.has(id) && meetings.excludes.includes(id))).toBe(true);
  });
});

describe('exclusionCounts', () => {
  it('counts nothing while every scope question is answered yes or not at all', () => {
    expect(exclusionCounts(scopedItems(catalogue, env({})))).toEqual({ excluded: 0, inEffect: 0 });
  });

  it('counts what a no excludes, and no longer counts an item the user put back in scope', () => {
    const scope = { 'online-meetings': false } as const;
    const excluded = excludedItems(scopedItems(catalogue, env({ scope })));
    expect(excluded.length).toBeGreaterThan(1);
    const putBack = excluded[0]!.item.id;
    expect(exclusionCounts(scopedItems(catalogue, env({ scope, overrides: [putBack] })))).toEqual({
      excluded: excluded.length,
      inEffect: excluded.length - 1,
    });
  });
});
