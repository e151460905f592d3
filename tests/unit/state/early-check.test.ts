// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { storageNeedsAttention } from '../../../src/state/early-check';
import { SAVED_DATA_VERSION } from '../../../src/domain/saved-data';

const KEY = 'early';
const envelope = (version: number, state: unknown = { assessments: [] }) =>
  JSON.stringify({ state, version });
const index = (version: number) => JSON.stringify({ version, index: { ids: [], deletedAssessments: [] } });

describe('storageNeedsAttention', () => {
  it('lets the first screen stay small when nothing or current data is stored', () => {
    expect(storageNeedsAttention(() => localStorage, KEY)).toBe(false);
    localStorage.setItem(KEY, index(SAVED_DATA_VERSION));
    expect(storageNeedsAttention(() => localStorage, KEY)).toBe(false);
  });

  it.each([
    ['text that is not JSON', '{"state":'],
    ['another app’s data', JSON.stringify({ theme: 'dark' })],
    ['an older version', envelope(0)],
    ['today’s data in the one-key layout of version 1, to migrate', envelope(1)],
    ['an index of version 2, whose records are to move to IndexedDB', index(2)],
    ['an index of a newer version', index(SAVED_DATA_VERSION + 1)],
    ['a newer version', envelope(SAVED_DATA_VERSION + 1)],
    ['JSON null', 'null'],
  ])('asks for the full check at once for %s', (_what, raw) => {
    localStorage.setItem(KEY, raw);
    expect(storageNeedsAttention(() => localStorage, KEY)).toBe(true);
  });

  it('asks for the full check when storage refuses writes or cannot be reached', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(storageNeedsAttention(() => localStorage, KEY)).toBe(true);
    expect(
      storageNeedsAttention(() => {
        throw new DOMException('no', 'SecurityError');
      }, KEY),
    ).toBe(true);
  });
});
