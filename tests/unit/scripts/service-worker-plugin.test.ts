import { describe, expect, it } from 'vitest';
import { renderServiceWorker } from '../../../scripts/service-worker-plugin';
import template from '../../../src/service-worker.js?raw';

const build = (overrides: Record<string, string> = {}) =>
  new Map<string, string>(
    Object.entries({
      'index.html': '<!doctype html><script type="module" src="./assets/index-a1.js"></script>',
      'assets/index-a1.js': 'console.log(1)',
      'assets/index-b2.css': 'body{}',
      'manifest.webmanifest': '{}',
      'icons/icon-192.png': 'png',
      ...overrides,
    }),
  );

/** The values the template's placeholders were filled with. */
function filled(sw: string): { version: string; precache: string[] } {
  const version = /const VERSION = ("[^"]*");/.exec(sw)?.[1];
  const precache = /const PRECACHE = (\[[^\n]*\]);/.exec(sw)?.[1];
  if (!version || !precache) throw new Error('placeholders not filled');
  return { version: JSON.parse(version) as string, precache: JSON.parse(precache) as string[] };
}

describe('renderServiceWorker', () => {
  it('precaches every built file, index.html as the folder itself, and never the worker', () => {
    const sw = renderServiceWorker(template, build({ 'sw.js': 'old worker' }));
    expect(filled(sw).precache).toEqual([
      'assets/index-a1.js',
      'assets/index-b2.css',
      'icons/icon-192.png',
      './',
      'manifest.webmanifest',
    ]);
    expect(sw).not.toMatch(/__VERSION__|__PRECACHE__/);
    // The result is valid JavaScript (parsed, not run).
    expect(() => new Function(sw)).not.toThrow();
  });

  it('keeps the version when nothing changed, so browsers do not reinstall the worker', () => {
    expect(filled(renderServiceWorker(template, build())).version).toBe(
      filled(renderServiceWorker(template, build())).version,
    );
  });

  it('changes the version when any file changes, even one whose name has no hash', () => {
    const before = filled(renderServiceWorker(template, build())).version;
    expect(
      filled(renderServiceWorker(template, build({ 'manifest.webmanifest': '{"name":"x"}' }))).version,
    ).not.toBe(before);
    expect(filled(renderServiceWorker(template, build({ 'assets/index-c3.js': '' }))).version).not.toBe(
      before,
    );
  });

  it('only uses relative URLs, so the app can be served from any sub-path', () => {
    for (const url of filled(renderServiceWorker(template, build())).precache)
      expect(url).not.toMatch(/^\/|^[a-z]+:/);
  });
});
