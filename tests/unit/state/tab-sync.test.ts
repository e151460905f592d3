// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { createSafeStorage, savedPart } from '../../../src/state/persistence';
import { createStorageStatusStore } from '../../../src/state/storage-status';
import { startTabSync } from '../../../src/state/tab-sync';
import { SAVED_DATA_VERSION, type SavedData } from '../../../src/domain/saved-data';
import type { Assessment } from '../../../src/domain/assessment';
import type { AppState } from '../../../src/state/types';

const KEY = 'sync-test';
const ctx = { catalogueVersion: '2021.05.1' };

function assessment(id: string, updatedAt: number, name = `診断${id}`): Assessment {
  return {
    id,
    name,
    organisation: '',
    assessor: '',
    catalogueVersion: '2021.05.1',
    environments: [],
    createdAt: 1,
    updatedAt,
  };
}

/** One open tab: its own storage wrapper over the shared localStorage, and a store that saves on every change. */
function openTab() {
  const storage = createSafeStorage({
    key: KEY,
    storage: () => localStorage,
    status: createStorageStatusStore(),
    ctx,
  });
  let state = { assessments: [], deletedAssessments: [] } as unknown as AppState;
  const loaded = storage.getItem(KEY) as { state: SavedData } | null;
  if (loaded) state = { ...state, ...loaded.state };
  let writes = 0;
  const store = {
    getState: () => state,
    setState: (patch: Partial<AppState>) => {
      state = { ...state, ...patch };
      writes += 1;
      storage.setItem(KEY, { state: savedPart(state), version: SAVED_DATA_VERSION });
    },
  };
  return {
    storage,
    store,
    writes: () => writes,
    ids: () => state.assessments.map((a) => `${a.id}:${a.name}`),
  };
}

/** What the browser does in the other tabs when one tab saves. */
function announce(newValue: string | null, key = KEY) {
  window.dispatchEvent(new StorageEvent('storage', { key, newValue }));
}

/** Announces every key of the app's data, records first, as the browser does after a tab's writes. */
function announceAll() {
  const keys = Object.keys(localStorage).filter((k) => k.startsWith(`${KEY}.a.`));
  for (const k of [...keys, KEY]) announce(localStorage.getItem(k), k);
}

/** What is stored, in the order of the index. */
function saved(): SavedData {
  const { index } = JSON.parse(localStorage.getItem(KEY)!) as {
    index: { ids: string[]; deletedAssessments: SavedData['deletedAssessments'] };
  };
  return {
    assessments: index.ids.map(
      (id) => (JSON.parse(localStorage.getItem(`${KEY}.a.${id}`)!) as { assessment: Assessment }).assessment,
    ),
    deletedAssessments: index.deletedAssessments,
  };
}

const stops: (() => void)[] = [];
afterEach(() => {
  stops.splice(0).forEach((stop) => stop());
  localStorage.clear();
});

describe('startTabSync', () => {
  it('shows a change saved in another tab, without writing it back', () => {
    const a = openTab();
    const b = openTab();
    stops.push(startTabSync(b.store, b.storage));
    a.store.setState({ assessments: [assessment('x', 5)] });
    const before = { ...localStorage };
    announceAll();
    expect(b.ids()).toEqual(['x:診断x']);
    expect(b.writes()).toBe(1);
    // The write that showing the change causes leaves storage exactly as tab A left it.
    expect({ ...localStorage }).toEqual(before);
    expect(saved()).toEqual(savedPart(a.store.getState()));
  });

  it('keeps this tab’s newer work and takes the other tab’s newer work', () => {
    const a = openTab();
    const b = openTab();
    a.store.setState({ assessments: [assessment('x', 1), assessment('y', 1)] });
    b.storage.getItem(KEY);
    b.store.setState({ assessments: [assessment('x', 1), assessment('y', 1)] });
    stops.push(startTabSync(b.store, b.storage));

    b.store.setState({ assessments: [assessment('x', 9, 'Bで変更'), assessment('y', 1)] });
    // Tab A had not heard of B's change yet and saves its own edit of y.
    a.store.setState({ assessments: [assessment('x', 1), assessment('y', 8, 'Aで変更')] });
    announceAll();

    expect(b.ids()).toEqual(['x:Bで変更', 'y:Aで変更']);
    expect(saved().assessments.map((s) => s.name)).toEqual(['Bで変更', 'Aで変更']);
  });

  it('does not bring back an assessment the other tab deleted', () => {
    const a = openTab();
    a.store.setState({ assessments: [assessment('x', 1), assessment('y', 1)] });
    const b = openTab();
    stops.push(startTabSync(b.store, b.storage));
    a.store.setState({ assessments: [assessment('y', 1)], deletedAssessments: [{ id: 'x', deletedAt: 2 }] });
    announceAll();
    expect(b.ids()).toEqual(['y:診断y']);
    b.store.setState({ assessments: [assessment('y', 3, 'Bで変更')] });
    expect(saved().assessments.map((s) => s.id)).toEqual(['y']);
    expect(localStorage.getItem(`${KEY}.a.x`)).toBeNull();
  });

  it('catches up when the tab comes back to the foreground', () => {
    const a = openTab();
    const b = openTab();
    stops.push(startTabSync(b.store, b.storage));
    a.store.setState({ assessments: [assessment('x', 5)] });
    document.dispatchEvent(new Event('visibilitychange'));
    expect(b.ids()).toEqual(['x:診断x']);
  });

  it('ignores other keys, and stops listening when told to', () => {
    const a = openTab();
    const b = openTab();
    const stop = startTabSync(b.store, b.storage);
    a.store.setState({ assessments: [assessment('x', 5)] });
    announce(localStorage.getItem(KEY), 'some-other-key');
    expect(b.ids()).toEqual([]);
    stop();
    announceAll();
    expect(b.ids()).toEqual([]);
  });

  it('leaves this tab’s data alone when the other tab’s data is damaged', () => {
    const b = openTab();
    stops.push(startTabSync(b.store, b.storage));
    b.store.setState({ assessments: [assessment('x', 5)] });
    announce('{"state":');
    expect(b.ids()).toEqual(['x:診断x']);
  });
});
