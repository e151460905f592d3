import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WIZARD_VIEWS, href, parseRoute, routes, type Route } from '../../src/routes';

/** One of every route, with ids that need escaping. */
const odd = 'a b/c?d#e%f社';
const everyRoute: Route[] = [
  routes.home(),
  routes.assessments(),
  routes.assessment('x1'),
  routes.assessment(odd),
  routes.summary(odd),
  routes.plan(odd),
  routes.report(odd),
  routes.compare('a'),
  routes.compare(odd, odd),
  routes.checklist(odd, 'e/1'),
  routes.pick('a', 'e'),
  routes.pick('a', 'e', 'q3'),
  routes.pick(odd, odd, odd),
  routes.result('a', 'e'),
  routes.choose('a', 'e'),
  routes.scope('a', 'e'),
  routes.blank(3),
  routes.blank('nine'),
  routes.glossary(),
  routes.glossary('g-1'),
  routes.about(),
  { name: 'share', fragment: 'S1AAAA' },
  { name: 'notFound' },
];

describe('parseRoute and href', () => {
  it.each(everyRoute.map((r) => [href(r), r] as const))('round-trips %s', (address, route) => {
    expect(parseRoute(address)).toEqual(route);
  });

  it('covers every kind of route and every wizard view', () => {
    const names = new Set(everyRoute.map((r) => r.name));
    expect(names.size).toBe(14);
    const views = everyRoute.flatMap((r) => (r.name === 'wizard' ? [r.view] : []));
    expect(new Set(views)).toEqual(new Set(WIZARD_VIEWS));
  });

  it('round-trips any non-empty id', () => {
    const id = fc.string({ unit: 'grapheme', minLength: 1 });
    fc.assert(
      fc.property(id, id, id, fc.constantFrom(...WIZARD_VIEWS), (aid, eid, qid, view) => {
        const wizard: Route =
          view === 'pick'
            ? routes.pick(aid, eid, qid)
            : { name: 'wizard', assessmentId: aid, environmentId: eid, view };
        for (const route of [
          routes.assessment(aid),
          routes.checklist(aid, eid),
          wizard,
          routes.glossary(qid),
        ])
          expect(parseRoute(href(route))).toEqual(route);
      }),
    );
  });

  it('writes the addresses saved bookmarks and links already use', () => {
    expect(href(routes.assessment('a b'))).toBe('#/a/a%20b');
    expect(href(routes.checklist('x1', 'y2'))).toBe('#/a/x1/e/y2/checklist');
    expect(href(routes.pick('x', 'y', 'q1'))).toBe('#/a/x/e/y/pick/q1');
    expect(href(routes.summary('x'))).toBe('#/a/x/summary');
    expect(href(routes.blank(4))).toBe('#/blank/4');
    expect(href(routes.home())).toBe('#/');
    expect(href(routes.about())).toBe('#/about');
  });
});

describe('parseRoute', () => {
  it('treats an empty hash, # and #/ as home', () => {
    for (const hash of ['', '#', '#/', '#/?x=1']) expect(parseRoute(hash)).toEqual({ name: 'home' });
  });

  it('treats anything after # that is not a path as a share link', () => {
    expect(parseRoute('#S1abc')).toEqual({ name: 'share', fragment: 'S1abc' });
  });

  it('decodes escaped segments and survives malformed escapes', () => {
    expect(parseRoute('#/a/%E7%A4%BE')).toEqual(routes.assessment('社'));
    expect(parseRoute('#/a/%E7%')).toEqual(routes.assessment('%E7%'));
  });

  it('ignores a query and empty segments', () => {
    expect(parseRoute('#/a/x/summary?print=1')).toEqual(routes.summary('x'));
    expect(parseRoute('#/a//x/')).toEqual(routes.assessment('x'));
  });

  it.each([
    '#/nope',
    '#/a',
    '#/assessments/x',
    '#/a/x/y',
    '#/a/x/e',
    '#/a/x/e/y',
    '#/a/x/e/y/unknown',
    '#/a/x/e/y/result/extra',
    '#/a/x/e/y/pick/q/extra',
    '#/a/x/e/y/checklist/extra',
    '#/blank',
    '#/blank/1/2',
    '#/glossary/a/b',
    '#/about/x',
  ])('opens the not-found screen for %s', (hash) => {
    expect(parseRoute(hash)).toEqual({ name: 'notFound' });
  });
});
