import { describe, expect, it } from 'vitest';
import { href } from '../../../src/routes';
import { startRoute } from '../../../src/app/start-route';

describe('startRoute', () => {
  it('leads to the list, where creating the first assessment is one press, when there is none', () => {
    expect(href(startRoute([]))).toBe('#/assessments');
  });

  it('goes straight back to the only assessment', () => {
    expect(href(startRoute([{ id: 'a b' }]))).toBe('#/a/a%20b');
  });

  it('leads to the list to choose when there are several', () => {
    expect(href(startRoute([{ id: 'a' }, { id: 'b' }]))).toBe('#/assessments');
  });
});
