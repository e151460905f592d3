import { describe, expect, it } from 'vitest';
import raw from '../../../data/catalogue.json';
import { parseCatalogue } from '../../../src/domain/catalogue-schema';
import type { Environment } from '../../../src/domain/assessment';
import { scopeLines } from '../../../src/domain/report';

const catalogue = parseCatalogue(raw);

function env(extra: Partial<Environment>): Environment {
  return {
    id: 'e',
    name: 'PC',
    method: 1,
    path: [],
    scope: {},
    overrides: [],
    answers: {},
    createdAt: 1,
    updatedAt: 1,
    ...extra,
  };
}

describe('scopeLines', () => {
  it('lists only the scope questions that matter for the method', () => {
    // Method 3 (standalone) has none of the web-mail or online-meeting items, and keeps data on the device by definition.
    expect(scopeLines(catalogue, env({ method: 3 })).map((l) => l.question.id)).toEqual(['smartphones']);
    expect(scopeLines(catalogue, env({ method: 1 })).map((l) => l.question.id)).toEqual([
      'webmail',
      'online-meetings',
      'smartphones',
      'data-on-device',
      'cloud',
    ]);
  });

  it('reports yes, no and unanswered, and what a "no" takes out of the checklist', () => {
    const lines = scopeLines(catalogue, env({ scope: { webmail: true, 'online-meetings': false } }));
    const byId = Object.fromEntries(lines.map((l) => [l.question.id, l]));
    expect(byId.webmail).toMatchObject({ answer: 'yes', excluded: [], overridden: [] });
    expect(byId['online-meetings']).toMatchObject({
      answer: 'no',
      excluded: ['3-3', '3-4', '3-5', '8-5'],
      overridden: [],
    });
    expect(byId.smartphones).toMatchObject({ answer: 'unanswered', excluded: [] });
  });

  it('names the items put back in scope apart from the excluded ones', () => {
    const line = scopeLines(
      catalogue,
      env({ method: 1, scope: { webmail: false }, overrides: ['2-2'] }),
    ).find((l) => l.question.id === 'webmail');
    expect(line).toMatchObject({ answer: 'no', excluded: [], overridden: ['2-2'] });
  });

  it('only names items of the method', () => {
    // 8-4 is not an item of method 4 (secure browser).
    const line = scopeLines(catalogue, env({ method: 4, scope: { 'data-on-device': false } })).find(
      (l) => l.question.id === 'data-on-device',
    );
    expect(line).toBeUndefined();
    const m6 = scopeLines(catalogue, env({ method: 6, scope: { 'data-on-device': false } })).find(
      (l) => l.question.id === 'data-on-device',
    );
    expect(m6!.excluded).toEqual(['8-3', '8-4']);
  });

  it('is empty while no method is picked', () => {
    expect(scopeLines(catalogue, env({ method: null }))).toEqual([]);
  });
});
