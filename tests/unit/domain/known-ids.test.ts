import { describe, expect, it } from 'vitest';
import raw from '../../../data/catalogue.json';
import { parseCatalogue } from '../../../src/domain/catalogue-schema';
import { findUnknownIds, type EnvironmentRefs } from '../../../src/domain/known-ids';

const catalogue = parseCatalogue(raw);
const env = (extra: Partial<EnvironmentRefs>): EnvironmentRefs => ({
  method: 1,
  path: [],
  overrides: [],
  answers: {},
  ...extra,
});

describe('findUnknownIds', () => {
  it('accepts ids the catalogue has', () => {
    expect(
      findUnknownIds(catalogue, [
        env({
          path: [
            { question: 'device', option: 'company' },
            { question: 'connection-company', option: 'vpn-rdp' },
          ],
          overrides: ['3-3'],
          answers: { '1-1': {}, '10-3': {} },
        }),
        env({ method: null }),
      ]),
    ).toEqual([]);
  });

  it('names every unknown method, item and flowchart step', () => {
    const unknown = findUnknownIds(catalogue, [
      env({
        method: 9,
        answers: { '9-9': {} },
        overrides: ['10-9'],
        path: [
          { question: 'device', option: 'rented' },
          { question: 'weather', option: 'sunny' },
        ],
      }),
    ]);
    expect(unknown).toHaveLength(5);
    expect(unknown.join(' ')).toMatch(/method 9.*9-9.*10-9.*rented.*weather/);
  });
});
