import { describe, expect, it } from 'vitest';
import { exportFileName } from '../../../src/domain/export-file-name';

const day = new Date(2024, 3, 5, 12);

describe('exportFileName', () => {
  it('uses the assessment name and the local date', () => {
    expect(exportFileName('2024年度 テレワーク点検', 'fallback', day, 'csv')).toBe(
      '2024年度 テレワーク点検-2024-04-05.csv',
    );
  });

  it('replaces characters that file systems refuse and control characters', () => {
    expect(exportFileName('本社/支社: "PC" <1>|?*\\\u0007', 'fallback', day, 'json')).toBe(
      '本社 支社 PC 1-2024-04-05.json',
    );
  });

  it('falls back when nothing usable is left, and never starts with a dot', () => {
    expect(exportFileName('  /:* ', 'テレワーク自己診断', day, 'json')).toBe(
      'テレワーク自己診断-2024-04-05.json',
    );
    expect(exportFileName('..secret', 'x', day, 'json')).toBe('secret-2024-04-05.json');
  });

  it('keeps long names short without splitting a character', () => {
    const name = exportFileName('🙂'.repeat(100), 'x', day, 'json');
    expect(Array.from(name.replace('-2024-04-05.json', ''))).toHaveLength(60);
    expect(name).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });
});
