import { describe, expect, it } from 'vitest';
import raw from '../../../data/catalogue.json';
import { parseCatalogue, type MethodId } from '../../../src/domain/catalogue-schema';
import {
  allRoutes,
  answerQuestion,
  canonicalPath,
  displayPath,
  positionOnRoute,
  questionsFrom,
  walkFlowchart,
  type Flowchart,
} from '../../../src/domain/flowchart';

const catalogue = parseCatalogue(raw);
const flowchart = catalogue.flowchart;

/** The answers a person gives, as option ids, from the first question on. */
const COMPANY = { question: 'device', option: 'company' };
const PERSONAL = { question: 'device', option: 'personal' };
const step = (question: string, option: string) => ({ question, option });

/** Every route of DOMAIN.md's table: device → office connection → cloud services → method. */
const EXPECTED: [string, { question: string; option: string }[], MethodId][] = [
  ['company, VPN / remote desktop', [COMPANY, step('connection-company', 'vpn-rdp')], 1],
  [
    'company, no office network, cloud',
    [COMPANY, step('connection-company', 'none'), step('cloud-company', 'yes')],
    2,
  ],
  [
    'company, no office network, no cloud',
    [COMPANY, step('connection-company', 'none'), step('cloud-company', 'no')],
    3,
  ],
  ['company, secure browser', [COMPANY, step('connection-company', 'secure-browser')], 4],
  ['personal, VPN / remote desktop', [PERSONAL, step('connection-personal', 'vpn-rdp')], 5],
  [
    'personal, no office network, cloud',
    [PERSONAL, step('connection-personal', 'none'), step('cloud-personal', 'yes')],
    6,
  ],
  [
    'personal, no office network, no cloud',
    [PERSONAL, step('connection-personal', 'none'), step('cloud-personal', 'no')],
    7,
  ],
  ['personal, secure browser', [PERSONAL, step('connection-personal', 'secure-browser')], 8],
];

describe('walkFlowchart on the catalogue', () => {
  it.each(EXPECTED)('%s ends in method %i', (_, path, method) => {
    const walk = walkFlowchart(flowchart, path);
    expect(walk.method).toBe(method);
    expect(walk.current).toBeNull();
    expect(walk.dropped).toBe(0);
    expect(walk.path).toEqual(path);
  });

  it('has exactly these eight routes, one per method', () => {
    const routes = allRoutes(flowchart);
    expect(routes).toHaveLength(8);
    expect(routes.map((r) => r.method).sort()).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    for (const [, path, method] of EXPECTED) expect(routes).toContainEqual({ path, method });
  });

  it('agrees with each method’s own description of device, office connection and cloud use', () => {
    for (const { path, method } of allRoutes(flowchart)) {
      const m = catalogue.methods.find((x) => x.id === method)!;
      const options = path.map((s) => s.option);
      expect(options[0]).toBe(m.device);
      expect(options[1]).toBe(m.officeConnection);
      if (m.cloud === 'used' && m.officeConnection === 'none') expect(options[2]).toBe('yes');
      if (m.cloud === 'not-used') expect(options[2]).toBe('no');
    }
  });

  it('asks the first question of an empty path', () => {
    const walk = walkFlowchart(flowchart, []);
    expect(walk.current?.id).toBe('device');
    expect(walk.method).toBeNull();
    expect(walk.steps).toEqual([]);
  });

  it('asks the next question of an unfinished path', () => {
    const walk = walkFlowchart(flowchart, [PERSONAL, step('connection-personal', 'none')]);
    expect(walk.current?.id).toBe('cloud-personal');
    expect(walk.method).toBeNull();
    expect(walk.steps.map((s) => s.option.id)).toEqual(['personal', 'none']);
  });

  it('stops at a step that answers a question the route does not ask', () => {
    const walk = walkFlowchart(flowchart, [COMPANY, step('connection-personal', 'vpn-rdp')]);
    expect(walk.path).toEqual([COMPANY]);
    expect(walk.current?.id).toBe('connection-company');
    expect(walk.dropped).toBe(1);
  });

  it('stops at an unknown option and drops everything after it', () => {
    const walk = walkFlowchart(flowchart, [
      step('device', 'borrowed'),
      step('connection-company', 'vpn-rdp'),
    ]);
    expect(walk.path).toEqual([]);
    expect(walk.dropped).toBe(2);
    expect(walk.current?.id).toBe('device');
  });

  it('drops steps that come after the method was reached', () => {
    const walk = walkFlowchart(flowchart, [
      COMPANY,
      step('connection-company', 'vpn-rdp'),
      step('cloud-company', 'yes'),
    ]);
    expect(walk.method).toBe(1);
    expect(walk.dropped).toBe(1);
    expect(walk.path).toHaveLength(2);
  });
});

describe('positionOnRoute', () => {
  const walk = walkFlowchart(flowchart, [COMPANY, step('connection-company', 'none')]);

  it('gives the index of an answered question', () => {
    expect(positionOnRoute(walk, 'device')).toBe(0);
    expect(positionOnRoute(walk, 'connection-company')).toBe(1);
  });

  it('gives the number of answers for the question asked next', () => {
    expect(positionOnRoute(walk, 'cloud-company')).toBe(2);
  });

  it('gives -1 for a question off the route', () => {
    expect(positionOnRoute(walk, 'connection-personal')).toBe(-1);
    expect(positionOnRoute(walk, 'no-such-question')).toBe(-1);
  });
});

describe('answerQuestion', () => {
  const toMethod2 = [COMPANY, step('connection-company', 'none'), step('cloud-company', 'yes')];

  it('adds the answer to the question asked next', () => {
    const walk = answerQuestion(flowchart, [COMPANY], 'connection-company', 'vpn-rdp');
    expect(walk?.method).toBe(1);
    expect(walk?.path).toEqual([COMPANY, step('connection-company', 'vpn-rdp')]);
  });

  it('keeps the later answers when an earlier answer is given again unchanged', () => {
    const walk = answerQuestion(flowchart, toMethod2, 'device', 'company');
    expect(walk?.path).toEqual(toMethod2);
    expect(walk?.method).toBe(2);
  });

  it('drops the later answers when an earlier answer changes', () => {
    const walk = answerQuestion(flowchart, toMethod2, 'device', 'personal');
    expect(walk?.path).toEqual([PERSONAL]);
    expect(walk?.method).toBeNull();
    expect(walk?.current?.id).toBe('connection-personal');
  });

  it('changes a middle answer and ends in the new method', () => {
    const walk = answerQuestion(flowchart, toMethod2, 'connection-company', 'secure-browser');
    expect(walk?.path).toEqual([COMPANY, step('connection-company', 'secure-browser')]);
    expect(walk?.method).toBe(4);
  });

  it('refuses a question that is not on the route', () => {
    expect(answerQuestion(flowchart, [COMPANY], 'connection-personal', 'vpn-rdp')).toBeNull();
    expect(answerQuestion(flowchart, [COMPANY], 'cloud-company', 'yes')).toBeNull();
  });

  it('refuses an option the question does not have', () => {
    expect(answerQuestion(flowchart, [], 'device', 'vpn-rdp')).toBeNull();
  });
});

describe('canonicalPath', () => {
  it.each(EXPECTED)('leads to the method for %s', (_, path, method) => {
    expect(canonicalPath(flowchart, method)).toEqual(path);
  });

  it('returns null for a method the flowchart cannot reach', () => {
    const partial: Flowchart = {
      start: 'q',
      questions: [
        {
          id: 'q',
          text: { ja: '問', en: 'Q' },
          help: [],
          glossary: [],
          options: [
            { id: 'a', label: { ja: 'あ', en: 'A' }, next: { method: 1 } },
            { id: 'b', label: { ja: 'い', en: 'B' }, next: { method: 2 } },
          ],
        },
      ],
    };
    expect(canonicalPath(partial, 3)).toBeNull();
    expect(canonicalPath(partial, 2)).toEqual([step('q', 'b')]);
  });
});

describe('displayPath', () => {
  const toMethod6 = [PERSONAL, step('connection-personal', 'none'), step('cloud-personal', 'yes')];

  it('shows the user’s own answers when they lead to the method', () => {
    expect(displayPath(flowchart, toMethod6, 6)).toEqual(toMethod6);
  });

  it('shows the canonical route when the method was chosen directly', () => {
    expect(displayPath(flowchart, [], 4)).toEqual([COMPANY, step('connection-company', 'secure-browser')]);
  });

  it('shows the canonical route when the answers lead elsewhere', () => {
    expect(displayPath(flowchart, toMethod6, 1)).toEqual([COMPANY, step('connection-company', 'vpn-rdp')]);
  });

  it('shows the answers so far while no method is known', () => {
    expect(displayPath(flowchart, [PERSONAL], null)).toEqual([PERSONAL]);
  });
});

describe('questionsFrom', () => {
  it('counts the longest route from a question', () => {
    expect(questionsFrom(flowchart, 'device')).toBe(3);
    expect(questionsFrom(flowchart, 'connection-company')).toBe(2);
    expect(questionsFrom(flowchart, 'cloud-personal')).toBe(1);
  });

  it('gives 0 for an unknown question', () => {
    expect(questionsFrom(flowchart, 'nowhere')).toBe(0);
  });
});
