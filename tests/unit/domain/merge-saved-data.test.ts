import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  keepsMine,
  mergeSavedData,
  mergeTombstones,
  sameSavedData,
  stableStringify,
} from '../../../src/domain/merge-saved-data';
import { MAX_TOMBSTONES, type SavedData, type Tombstone } from '../../../src/domain/saved-data';
import type { Assessment } from '../../../src/domain/assessment';

function assessment(id: string, updatedAt: number, name = `診断${id}`, createdAt = 1): Assessment {
  return {
    id,
    name,
    organisation: '',
    assessor: '',
    catalogueVersion: '2021.05.1',
    environments: [],
    createdAt,
    updatedAt,
  };
}

function data(assessments: Assessment[], deletedAssessments: Tombstone[] = []): SavedData {
  return { assessments, deletedAssessments };
}

const names = (d: SavedData) => d.assessments.map((a) => `${a.id}:${a.name}`);

describe('mergeSavedData', () => {
  it('keeps each tab’s newer version of each assessment', () => {
    const local = data([assessment('a', 10, '本社(ローカル)'), assessment('b', 5, '支店(古い)')]);
    const remote = data([assessment('a', 8, '本社(古い)'), assessment('b', 9, '支店(リモート)')]);
    expect(names(mergeSavedData(local, remote))).toEqual(['a:本社(ローカル)', 'b:支店(リモート)']);
  });

  it('keeps assessments created in either tab', () => {
    const local = data([assessment('a', 1)]);
    const remote = data([assessment('b', 2, '営業部', 2)]);
    expect(mergeSavedData(local, remote).assessments.map((a) => a.id)).toEqual(['a', 'b']);
  });

  it('removes an assessment the other tab deleted after this tab last changed it', () => {
    const local = data([assessment('a', 5), assessment('b', 5)]);
    const remote = data([assessment('b', 5)], [{ id: 'a', deletedAt: 7 }]);
    const merged = mergeSavedData(local, remote);
    expect(merged.assessments.map((a) => a.id)).toEqual(['b']);
    expect(merged.deletedAssessments).toEqual([{ id: 'a', deletedAt: 7 }]);
  });

  it('keeps an assessment changed after the other tab deleted it, and forgets the deletion', () => {
    const local = data([assessment('a', 9, '削除後に編集')]);
    const remote = data([], [{ id: 'a', deletedAt: 7 }]);
    const merged = mergeSavedData(local, remote);
    expect(names(merged)).toEqual(['a:削除後に編集']);
    expect(merged.deletedAssessments).toEqual([]);
  });

  it('brings back a deletion that was undone (the undo makes the assessment newer than the deletion)', () => {
    const deletedElsewhere = data([], [{ id: 'a', deletedAt: 7 }]);
    const undone = data([assessment('a', 8)]);
    expect(mergeSavedData(deletedElsewhere, undone).assessments.map((a) => a.id)).toEqual(['a']);
  });

  it('lets a deletion win over an edit made in the same millisecond', () => {
    const merged = mergeSavedData(data([assessment('a', 7)]), data([], [{ id: 'a', deletedAt: 7 }]));
    expect(merged.assessments).toEqual([]);
  });

  it('settles two different versions with the same time the same way in both tabs', () => {
    const one = data([assessment('a', 5, 'タブ1')]);
    const two = data([assessment('a', 5, 'タブ2')]);
    expect(names(mergeSavedData(one, two))).toEqual(names(mergeSavedData(two, one)));
  });

  it('orders assessments by creation, whatever order each tab holds them in', () => {
    const local = data([assessment('new', 1, 'n', 20), assessment('old', 1, 'o', 10)]);
    expect(mergeSavedData(local, data([])).assessments.map((a) => a.id)).toEqual(['old', 'new']);
  });

  it('is idempotent: merging what a tab already has changes nothing', () => {
    const d = data([assessment('a', 1), assessment('b', 3, 'b', 2)], [{ id: 'c', deletedAt: 4 }]);
    expect(mergeSavedData(d, d)).toEqual(d);
  });

  // Random histories of a few assessments in two or three tabs: whatever order the tabs exchange their data in,
  // they end up holding the same assessments, so they stop writing to each other.
  const ids = fc.constantFrom('a', 'b', 'c', 'd');
  const tab = fc
    .record({
      live: fc.uniqueArray(
        fc.record({ id: ids, t: fc.integer({ min: 1, max: 20 }), name: fc.constantFrom('x', 'y') }),
        {
          selector: (r) => r.id,
        },
      ),
      dead: fc.uniqueArray(fc.record({ id: ids, deletedAt: fc.integer({ min: 1, max: 20 }) }), {
        selector: (r) => r.id,
      }),
    })
    .map(({ live, dead }) =>
      data(
        live.map((r) => assessment(r.id, r.t, r.name)),
        dead,
      ),
    );

  it('gives the same assessments whichever tab merges (commutative)', () => {
    fc.assert(
      fc.property(tab, tab, (x, y) => {
        expect(mergeSavedData(x, y)).toEqual(mergeSavedData(y, x));
      }),
    );
  });

  it('gives the same assessments whatever order three tabs merge in (associative)', () => {
    fc.assert(
      fc.property(tab, tab, tab, (x, y, z) => {
        expect(mergeSavedData(mergeSavedData(x, y), z)).toEqual(mergeSavedData(x, mergeSavedData(y, z)));
      }),
    );
  });

  it('never loses the newest version of an assessment that was not deleted later', () => {
    fc.assert(
      fc.property(tab, tab, (x, y) => {
        const merged = mergeSavedData(x, y);
        for (const a of [...x.assessments, ...y.assessments]) {
          const deletedLater = [...x.deletedAssessments, ...y.deletedAssessments].some(
            (t) => t.id === a.id && t.deletedAt >= a.updatedAt,
          );
          const kept = merged.assessments.find((m) => m.id === a.id);
          if (!deletedLater) expect(kept?.updatedAt).toBeGreaterThanOrEqual(a.updatedAt);
        }
      }),
    );
  });
});

describe('mergeTombstones', () => {
  it('keeps the latest deletion of each id', () => {
    expect(
      mergeTombstones(
        [{ id: 'a', deletedAt: 3 }],
        [
          { id: 'a', deletedAt: 5 },
          { id: 'b', deletedAt: 1 },
        ],
      ),
    ).toEqual([
      { id: 'a', deletedAt: 5 },
      { id: 'b', deletedAt: 1 },
    ]);
  });

  it(`remembers only the ${MAX_TOMBSTONES} most recent deletions`, () => {
    const many = Array.from({ length: MAX_TOMBSTONES + 5 }, (_, i) => ({ id: `x${i}`, deletedAt: i + 1 }));
    const kept = mergeTombstones(many);
    expect(kept).toHaveLength(MAX_TOMBSTONES);
    expect(kept.some((t) => t.id === 'x0')).toBe(false);
    expect(kept[0]).toEqual({ id: `x${MAX_TOMBSTONES + 4}`, deletedAt: MAX_TOMBSTONES + 5 });
  });
});

describe('sameSavedData and stableStringify', () => {
  it('ignores the order of object keys but not of values', () => {
    expect(stableStringify({ b: 1, a: { d: 2, c: 3 } })).toBe(stableStringify({ a: { c: 3, d: 2 }, b: 1 }));
    expect(sameSavedData(data([assessment('a', 1)]), data([{ ...assessment('a', 1) }]))).toBe(true);
    expect(sameSavedData(data([assessment('a', 1)]), data([assessment('a', 2)]))).toBe(false);
  });
});

describe('keepsMine', () => {
  it('is true only when the merge kept this tab’s very objects and deletions', () => {
    const a = assessment('a', 1);
    const mine = data([a], [{ id: 'x', deletedAt: 1 }]);
    expect(keepsMine(mergeSavedData(mine, data([assessment('a', 1)])), mine)).toBe(true);
    expect(keepsMine(mergeSavedData(mine, data([assessment('a', 2)])), mine)).toBe(false);
    expect(keepsMine(mergeSavedData(mine, data([], [{ id: 'y', deletedAt: 2 }])), mine)).toBe(false);
  });
});
