import { describe, expect, it } from 'vitest';
import { pathSegments, shareFragment } from '../../../src/ui/router';

describe('pathSegments', () => {
  it('splits an app route into segments', () => {
    expect(pathSegments('#/a/x1/e/y2/checklist')).toEqual(['a', 'x1', 'e', 'y2', 'checklist']);
  });

  it('treats an empty hash and #/ as the home route', () => {
    expect(pathSegments('')).toEqual([]);
    expect(pathSegments('#/')).toEqual([]);
  });

  it('does not treat a share link as a route', () => {
    expect(pathSegments('#S1abc')).toEqual([]);
  });

  it('decodes escaped segments and survives malformed escapes', () => {
    expect(pathSegments('#/a/%E7%A4%BE')).toEqual(['a', '社']);
    expect(pathSegments('#/a/%E7%')).toEqual(['a', '%E7%']);
  });
});

describe('shareFragment', () => {
  it('returns what follows # when it is not an app route', () => {
    expect(shareFragment('#S1AAAA')).toBe('S1AAAA');
  });

  it('returns null for app routes and an empty hash', () => {
    expect(shareFragment('#/assessments')).toBeNull();
    expect(shareFragment('#')).toBeNull();
    expect(shareFragment('')).toBeNull();
  });
});
