// @vitest-environment node
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The lint rules that keep the app's shape (eslint.config.js), run on small fixture files: each rule must
 * actually fire, or the shape is not protected.
 */

const root = join(import.meta.dirname, '../../..');
const eslint = new ESLint({ cwd: root });

async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, filePath) });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('architecture lint', () => {
  let dir = '';

  beforeAll(() => {
    // Two modules that import each other; removed afterwards.
    dir = mkdtempSync(join(root, 'src/domain/lint-fixture-'));
    writeFileSync(join(dir, 'a.ts'), "import { b } from './b';\n\nexport const a = (): number => b() + 1;\n");
    writeFileSync(join(dir, 'b.ts'), "import { a } from './a';\n\nexport const b = (): number => a();\n");
  });

  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('lets a feature use shared UI, state and the domain', async () => {
    const code = [
      "import { Link } from '../../ui/router';",
      "import { useAppStore } from '../../state/store';",
      "import { catalogue } from '../../catalogue';",
      '',
      'export const parts = [Link, useAppStore, catalogue];',
      '',
    ].join('\n');
    expect(await ruleIds(code, 'src/features/checklist/fixture.ts')).toEqual([]);
  });

  it('rejects a feature importing another feature', async () => {
    const code =
      "import { WizardScreen } from '../wizard/wizard-screen';\n\nexport const s = WizardScreen;\n";
    expect(await ruleIds(code, 'src/features/checklist/fixture.ts')).toContain(
      'import-x/no-restricted-paths',
    );
  });

  it('rejects the store importing the UI', async () => {
    const code = "import { Link } from '../ui/router';\n\nexport const l = Link;\n";
    expect(await ruleIds(code, 'src/state/fixture.ts')).toContain('import-x/no-restricted-paths');
  });

  it('rejects the domain touching window or storage', async () => {
    const code = 'export const w = (): number => window.innerWidth + localStorage.length;\n';
    const ids = await ruleIds(code, 'src/domain/fixture.ts');
    expect(ids.filter((id) => id === 'no-restricted-globals')).toHaveLength(2);
  });

  it('rejects an import cycle', async () => {
    const [result] = await eslint.lintFiles([relative(root, join(dir, 'a.ts'))]);
    expect(result?.messages.map((m) => m.ruleId)).toContain('import-x/no-cycle');
  });
});
