import { describe, expect, it } from 'vitest';
import { startPath } from '../../../src/ui/start-path';

describe('startPath', () => {
  it('leads to the list, where creating the first assessment is one press, when there is none', () => {
    expect(startPath([])).toBe('/assessments');
  });

  it('goes straight back to the only assessment', () => {
    expect(startPath([{ id: 'a b' }])).toBe('/a/a%20b');
  });

  it('leads to the list to choose when there are several', () => {
    expect(startPath([{ id: 'a' }, { id: 'b' }])).toBe('/assessments');
  });
});
