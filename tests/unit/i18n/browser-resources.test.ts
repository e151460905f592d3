import { describe, expect, it } from 'vitest';
import {
  BROWSER_NAMESPACES,
  loadNamespace,
  loadShellTexts,
  SHELL_NAMESPACES,
} from '../../../src/i18n/browser-resources';
import { jaResources, NAMESPACES } from '../../../src/i18n/resources';
import { enResources } from '../../../src/i18n/resources-en';

describe('browser resources', () => {
  it('know every namespace', () => {
    expect([...BROWSER_NAMESPACES].sort()).toEqual([...NAMESPACES].sort());
  });

  it('load every namespace in each language with exactly the same texts as the resources', async () => {
    for (const ns of NAMESPACES) {
      expect(await loadNamespace('ja', ns), `ja ${ns}`).toEqual(jaResources[ns]);
      expect(await loadNamespace('en', ns), `en ${ns}`).toEqual(enResources[ns]);
    }
  });

  it('keep the first screen small: its one file per language holds only the layout, home and error texts', async () => {
    expect([...SHELL_NAMESPACES].sort()).toEqual(['common', 'errors', 'home']);
    for (const lng of ['ja', 'en'] as const) {
      const shell = await loadShellTexts(lng);
      expect(Object.keys(shell).sort(), lng).toEqual(['common', 'errors', 'home']);
    }
    expect((await loadShellTexts('en')).home).toEqual(enResources.home);
  });

  it('refuse an unknown namespace', async () => {
    await expect(loadNamespace('ja', 'nope')).rejects.toThrow(/unknown namespace/);
    await expect(loadNamespace('en', 'nope')).rejects.toThrow(/unknown namespace/);
  });
});
