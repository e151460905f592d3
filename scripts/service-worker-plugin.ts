import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';

const SW_FILE = 'sw.js';

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}

/**
 * Fills the service worker template with the list of built files and a version made from their contents.
 * Exported for the unit test; `files` maps output paths (with '/') to their contents.
 */
export function renderServiceWorker(
  template: string,
  files: ReadonlyMap<string, Uint8Array | string>,
): string {
  const paths = [...files.keys()].filter((p) => p !== SW_FILE).sort();
  const hash = createHash('sha256');
  for (const p of paths) hash.update(p).update('\0').update(files.get(p)!).update('\0');
  const version = hash.digest('hex').slice(0, 16);
  // index.html is cached as './', the URL the app is opened with.
  const precache = paths.map((p) => (p === 'index.html' ? './' : p));
  const filled = template
    .replace('__VERSION__', JSON.stringify(version))
    .replace('__PRECACHE__', JSON.stringify(precache));
  if (filled.includes('__VERSION__') || filled.includes('__PRECACHE__')) {
    throw new Error('service worker template: a placeholder appears more than once');
  }
  return filled;
}

/**
 * Writes sw.js into the client build, after every other file (public files included) is on disk, so the
 * service worker can cache the whole app shell. A new build gets a new version, which makes browsers install
 * the new worker and drop the old caches. Not used by the dev server or the pre-render (SSR) build.
 */
export function serviceWorker(templatePath: string): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'service-worker',
    apply: (_config, env) => env.command === 'build' && !env.isSsrBuild,
    configResolved(resolved) {
      config = resolved;
    },
    writeBundle() {
      const outDir = resolve(config.root, config.build.outDir);
      const files = new Map<string, Uint8Array>();
      for (const file of filesUnder(outDir))
        files.set(relative(outDir, file).split(sep).join('/'), readFileSync(file));
      writeFileSync(join(outDir, SW_FILE), renderServiceWorker(readFileSync(templatePath, 'utf8'), files));
    },
  };
}
