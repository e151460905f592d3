import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

const STATIC_IMPORT = /^(?:import|export)\s(?!type\s)[^;]*?\sfrom\s+'([^']+)'|^import\s+'([^']+)'/gm;

/**
 * The source files a module imports statically (`import … from './x'`; not `import('./x')` or `import type`), itself included,
 * resolved, recursively: what the bundler puts in the same load as the module.
 */
export function staticGraph(entry: string, seen = new Set<string>()): Set<string> {
  const file = resolve(entry);
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const spec of staticImports(file)) {
    if (!spec.startsWith('.')) continue;
    const base = resolve(dirname(file), spec);
    const found = ['.ts', '.tsx', '/index.ts', '/index.tsx', ''].map((ext) => base + ext).find(existsSync);
    if (found && /\.tsx?$/.test(found)) staticGraph(found, seen);
  }
  return seen;
}

/** What a source file imports statically, as written (`'./x'`, `'react-i18next'`). */
export function staticImports(file: string): string[] {
  const code = readFileSync(file, 'utf8');
  return [...code.matchAll(STATIC_IMPORT)].map((m) => (m[1] ?? m[2])!);
}
