import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { staticGraph, staticImports } from '../support/import-graph';

/** Every module of the first screen's download, with the packages it imports. */
function firstScreen(): { file: string; packages: string[] }[] {
  return [...staticGraph('src/main.tsx'), ...staticGraph('src/route-hints.ts')].map((file) => ({
    file: relative(process.cwd(), file),
    packages: staticImports(file).filter((spec) => !spec.startsWith('.')),
  }));
}

describe('the first screen (the modules src/main.tsx and the hints script import statically)', () => {
  it('has the app frame and home screen in it', () => {
    const files = firstScreen().map((m) => m.file);
    expect(files).toContain('src/app/app.tsx');
    expect(files).toContain('src/features/home/home-screen.tsx');
    expect(files).toContain('src/i18n/shell.ts');
  });

  it('leaves out i18next, react-i18next, zod and the store: they load with the first other screen', () => {
    const heavy = firstScreen().filter(
      (m) =>
        m.file === 'src/state/store.ts' ||
        m.packages.some((p) => /^(i18next|react-i18next|zod)(\/|$)/.test(p)),
    );
    expect(heavy).toEqual([]);
  });
});
