import { describe, expect, it } from 'vitest';
import { BROWSER_NAMESPACES, firstScreenJa, loadJaNamespace } from '../../../src/i18n/browser-resources';
import { jaResources, NAMESPACES } from '../../../src/i18n/resources';

describe('browser resources', () => {
  it('know every namespace', () => {
    expect([...BROWSER_NAMESPACES].sort()).toEqual([...NAMESPACES].sort());
  });

  it('bundle the first screen texts and load every other namespace with exactly the same texts', async () => {
    for (const ns of NAMESPACES) {
      const texts =
        ns in firstScreenJa ? firstScreenJa[ns as keyof typeof firstScreenJa] : await loadJaNamespace(ns);
      expect(texts, ns).toEqual(jaResources[ns]);
    }
  });

  it('keep the first screen small: only the layout, home and error texts come with it', () => {
    expect(Object.keys(firstScreenJa).sort()).toEqual(['common', 'errors', 'home']);
  });

  it('refuse an unknown namespace', async () => {
    await expect(loadJaNamespace('nope')).rejects.toThrow(/unknown namespace/);
  });
});
