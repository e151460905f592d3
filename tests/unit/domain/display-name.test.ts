import { describe, expect, it } from 'vitest';
import { displayName } from '../../../src/domain/display-name';

describe('displayName', () => {
  it('is the name the user gave, without surrounding spaces', () => {
    expect(displayName({ name: '  本社 ' }, '名称未設定の診断')).toBe('本社');
  });

  it('is the "unnamed" text when the name is empty or only spaces', () => {
    expect(displayName({ name: '' }, '名称未設定の環境')).toBe('名称未設定の環境');
    expect(displayName({ name: ' 　' }, 'Unnamed environment')).toBe('Unnamed environment');
  });
});
