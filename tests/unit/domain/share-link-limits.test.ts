import { describe, expect, it } from 'vitest';
import { LONG_LINK_CHARS, isLongShareLink, qrModulesPath } from '../../../src/domain/share-link-limits';

describe('isLongShareLink', () => {
  it('warns only above 2,000 characters', () => {
    expect(LONG_LINK_CHARS).toBe(2000);
    expect(isLongShareLink('x'.repeat(2000))).toBe(false);
    expect(isLongShareLink('x'.repeat(2001))).toBe(true);
  });
});

describe('qrModulesPath', () => {
  it('draws one unit square per dark module, at its column and row', () => {
    expect(qrModulesPath(2, (r, c) => r === c)).toBe('M0 0h1v1h-1zM1 1h1v1h-1z');
    expect(qrModulesPath(3, () => false)).toBe('');
  });
});
