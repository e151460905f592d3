import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseCatalogue, type Catalogue } from '../../../src/domain/catalogue-schema';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const raw = JSON.parse(readFileSync(path.resolve(repoRoot, 'data/catalogue.json'), 'utf8')) as Catalogue;

/** A deep copy of the real catalogue, changed by `mutate`. */
function broken(mutate: (c: Catalogue) => void): Catalogue {
  const copy = structuredClone(raw);
  mutate(copy);
  return copy;
}

/** The error message parseCatalogue throws for `data`, or '' when it accepts it. */
function errorOf(data: unknown): string {
  try {
    parseCatalogue(data);
    return '';
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

const question = (c: Catalogue, id: string) => {
  const q = c.flowchart.questions.find((x) => x.id === id);
  if (!q) throw new Error(`no question ${id}`);
  return q;
};
const option = (c: Catalogue, questionId: string, optionId: string) => {
  const o = question(c, questionId).options.find((x) => x.id === optionId);
  if (!o) throw new Error(`no option ${optionId} in ${questionId}`);
  return o;
};

describe('parseCatalogue', () => {
  it('accepts the real catalogue', () => {
    const cat = parseCatalogue(raw);
    expect(cat.items).toHaveLength(32);
    expect(cat.methods.map((m) => m.id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(cat.flowchart.start).toBe('device');
    expect(cat.scopeQuestions.map((s) => s.id)).toEqual([
      'webmail',
      'online-meetings',
      'smartphones',
      'data-on-device',
      'cloud',
    ]);
  });

  it.each<[string, (c: Catalogue) => void, RegExp[]]>([
    [
      'an item category that does not exist',
      (c) => void (c.items[0]!.category = 11),
      [/items\[0\]\.category/],
    ],
    [
      'an item category missing from the category list',
      (c) => void (c.categories[9]!.id = 1),
      [/unknown category 10/, /items\[29\]\.category/, /duplicate id 1/],
    ],
    [
      'an item filed under a category other than its number',
      (c) => void (c.items[0]!.category = 2),
      [/item 1-1 is numbered in category 1/, /items\[0\]\.category/],
    ],
    [
      'a duplicate item id',
      (c) => void (c.items[1]!.id = c.items[0]!.id),
      [/duplicate id 1-1/, /→ at items\b/],
    ],
    ['an item method 9', (c) => void c.items[3]!.methods.push(9), [/items\[3\]\.methods\[\d+\]/]],
    [
      'a flowchart option pointing to a missing question',
      (c) => void (option(c, 'device', 'personal').next = { question: 'nowhere' }),
      [/unknown question nowhere/, /flowchart\.questions\[0\]\.options\[1\]\.next/],
    ],
    [
      'a method that no flowchart path reaches',
      (c) => void (option(c, 'connection-company', 'vpn-rdp').next = { method: 5 }),
      [/method 1 cannot be reached/, /→ at flowchart\b/],
    ],
    [
      'a scope question excluding an unknown item',
      (c) => void (c.scopeQuestions[2]!.excludes = ['8-1', '8-9']),
      [/unknown item 8-9/, /scopeQuestions\[2\]\.excludes\[1\]/],
    ],
    [
      'a guideline that is not one of the references',
      (c) => void (c.guideScope.guideline.url = 'https://example.org/'),
      [/the guideline must be one of the references/, /guideScope\.guideline/],
    ],
    [
      'a secure-browser note on a method that is not a secure-browser method',
      (c) => void (c.guideScope.secureBrowserNote.methods = [4, 3]),
      [/method 3 is not a secure-browser method/, /guideScope\.secureBrowserNote\.methods\[1\]/],
    ],
    [
      'a secure-browser note naming an unknown item',
      (c) => void (c.guideScope.secureBrowserNote.items = ['8-9']),
      [/unknown item 8-9/, /guideScope\.secureBrowserNote\.items\[0\]/],
    ],
    [
      'a duplicate caveat',
      (c) => void (c.caveats[1]!.id = 'basic-minimum'),
      [/duplicate id basic-minimum/, /→ at caveats\b/],
    ],
    [
      'a contact e-mail with @, which the seed spells with ×',
      (c) => void (c.about.contact.email = 'telework-security@ml.soumu.go.jp'),
      [/about\.contact\.email/],
    ],
    ['an empty English text', (c) => void (c.items[4]!.text.en = ''), [/items\[4\]\.text\.en/]],
    [
      'a blank English text',
      (c) => void (c.glossary[1]!.definition.en = '   '),
      [/glossary\[1\]\.definition\.en/],
    ],
  ])('rejects %s, naming the bad field', (_label, mutate, expected) => {
    const message = errorOf(broken(mutate));
    expect(message).not.toBe('');
    for (const pattern of expected) expect(message).toMatch(pattern);
  });

  it('names every bad field at once', () => {
    const message = errorOf(
      broken((c) => {
        c.items[0]!.methods.push(9);
        c.scopeQuestions[0]!.excludes = ['9-9'];
        c.methods[2]!.name.en = '';
      }),
    );
    expect(message).toMatch(/items\[0\]\.methods/);
    expect(message).toMatch(/methods\[2\]\.name\.en/);
  });
});
