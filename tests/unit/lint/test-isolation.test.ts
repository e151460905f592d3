// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Component tests share their workers' module cache (vite.config.ts), so a file that replaces a module with
 * vi.mock must run in the isolated project, or its replacement would reach the files that run after it.
 */

const root = join(import.meta.dirname, '../../..');
const config = readFileSync(join(root, 'vite.config.ts'), 'utf8');

function isolatedComponentFiles(): string[] {
  const glob = /const MOCKING_COMPONENT_TESTS = \['tests\/component\/\{([^}]+)\}\.test\.tsx'\]/.exec(config);
  if (!glob) throw new Error('vite.config.ts: MOCKING_COMPONENT_TESTS not found in its expected shape');
  return glob[1]!.split(',').map((name) => `${name}.test.tsx`);
}

describe('test isolation', () => {
  it('runs every component test that uses vi.mock in the isolated project', () => {
    const dir = join(root, 'tests/component');
    const mocking = readdirSync(dir)
      .filter((f) => f.endsWith('.test.tsx'))
      .filter((f) => /\bvi\.(do)?mock\(/.test(readFileSync(join(dir, f), 'utf8')))
      .sort();
    expect(mocking.length).toBeGreaterThan(0);
    expect(isolatedComponentFiles().sort()).toEqual(mocking);
  });
});
