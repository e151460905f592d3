/**
 * Every screen the app can open, declared once. The app is a hash router: it works from any sub-path of any
 * static host, and the part after `#` is never sent to a server. App routes start with `#/`; anything else
 * after `#` is a share link. No other module writes a route string: screens link with `href(route)` (through
 * `<Link to={route}>`) and the app picks its screen with `parseRoute(hash)`.
 *
 *   #/                                             home
 *   #/assessments                                  every saved assessment
 *   #/a/<assessment>                               one assessment and its environments
 *   #/a/<assessment>/summary | /report             its summary, its printable report
 *   #/a/<assessment>/plan                          its improvement plan (改善計画)
 *   #/a/<assessment>/compare[/<other>]             compared with the previous review, or with another one
 *   #/a/<assessment>/e/<environment>/checklist     the checklist of one environment
 *   #/a/<assessment>/e/<environment>/pick[/<question>] | /result | /choose | /scope   the method picker
 *   #/blank/<method>                               a blank checklist to print
 *   #/glossary[/<entry>]                           the glossary, optionally with one entry open
 *   #/about                                        about the guide: purpose, references, revisions, contact
 *   #<payload>                                     a share link
 */

/** The method picker's places. Each has its own URL, so a reload keeps the user's place. */
export const WIZARD_VIEWS = ['pick', 'result', 'choose', 'scope'] as const;
export type WizardView = (typeof WIZARD_VIEWS)[number];

export type Route =
  | { name: 'home' }
  | { name: 'assessments' }
  | { name: 'assessment'; assessmentId: string }
  | { name: 'summary'; assessmentId: string }
  | { name: 'report'; assessmentId: string }
  | { name: 'plan'; assessmentId: string }
  | { name: 'compare'; assessmentId: string; otherId?: string }
  | { name: 'checklist'; assessmentId: string; environmentId: string }
  | { name: 'wizard'; assessmentId: string; environmentId: string; view: WizardView; questionId?: string }
  | { name: 'blank'; method: string }
  | { name: 'glossary'; entryId?: string }
  | { name: 'about' }
  | { name: 'share'; fragment: string }
  | { name: 'notFound' };

function isWizardView(segment: string | undefined): segment is WizardView {
  return (WIZARD_VIEWS as readonly (string | undefined)[]).includes(segment);
}

/** The route's path segments: `#/a/x/checklist` → ['a', 'x', 'checklist']; `#` or `#/` → []. */
function pathSegments(hash: string): string[] {
  return hash
    .slice(2)
    .split('?')[0]!
    .split('/')
    .filter(Boolean)
    .map((s) => {
      try {
        return decodeURIComponent(s);
      } catch {
        return s;
      }
    });
}

/** The route a location hash opens; anything the app has no screen for is `notFound`. */
export function parseRoute(hash: string): Route {
  if (!hash.startsWith('#/'))
    return hash.length <= 1 ? { name: 'home' } : { name: 'share', fragment: hash.slice(1) };
  const segments = pathSegments(hash);
  const [head, a, b, c, d, e] = segments;
  const n = segments.length;
  if (head === undefined) return { name: 'home' };
  if (head === 'assessments' && n === 1) return { name: 'assessments' };
  if (head === 'about' && n === 1) return { name: 'about' };
  if (head === 'glossary' && n <= 2)
    return a === undefined ? { name: 'glossary' } : { name: 'glossary', entryId: a };
  if (head === 'blank' && n === 2) return { name: 'blank', method: a! };
  if (head !== 'a' || a === undefined) return { name: 'notFound' };
  if (n === 2) return { name: 'assessment', assessmentId: a };
  if (n === 3 && (b === 'summary' || b === 'report' || b === 'plan')) return { name: b, assessmentId: a };
  if (b === 'compare' && n <= 4)
    return c === undefined
      ? { name: 'compare', assessmentId: a }
      : { name: 'compare', assessmentId: a, otherId: c };
  if (b !== 'e' || c === undefined) return { name: 'notFound' };
  if (d === 'checklist' && n === 5) return { name: 'checklist', assessmentId: a, environmentId: c };
  if (isWizardView(d) && n <= (d === 'pick' ? 6 : 5)) {
    const route: Route = { name: 'wizard', assessmentId: a, environmentId: c, view: d };
    return e === undefined ? route : { ...route, questionId: e };
  }
  return { name: 'notFound' };
}

const enc = encodeURIComponent;

/** The `#…` address of a route, for an `<a href>` or `location.hash`. `parseRoute(href(r))` is `r`. */
export function href(route: Route): string {
  switch (route.name) {
    case 'home':
      return '#/';
    case 'assessments':
      return '#/assessments';
    case 'assessment':
      return `#/a/${enc(route.assessmentId)}`;
    case 'summary':
    case 'report':
    case 'plan':
      return `#/a/${enc(route.assessmentId)}/${route.name}`;
    case 'compare':
      return `#/a/${enc(route.assessmentId)}/compare${route.otherId === undefined ? '' : `/${enc(route.otherId)}`}`;
    case 'checklist':
      return `#/a/${enc(route.assessmentId)}/e/${enc(route.environmentId)}/checklist`;
    case 'wizard': {
      const question = route.view === 'pick' && route.questionId ? `/${enc(route.questionId)}` : '';
      return `#/a/${enc(route.assessmentId)}/e/${enc(route.environmentId)}/${route.view}${question}`;
    }
    case 'blank':
      return `#/blank/${enc(route.method)}`;
    case 'glossary':
      return route.entryId === undefined ? '#/glossary' : `#/glossary/${enc(route.entryId)}`;
    case 'about':
      return '#/about';
    case 'share':
      return `#${route.fragment}`;
    case 'notFound':
      return '#/not-found';
  }
}

/** Shorthands for the routes screens link to most. */
export const routes = {
  home: (): Route => ({ name: 'home' }),
  assessments: (): Route => ({ name: 'assessments' }),
  assessment: (assessmentId: string): Route => ({ name: 'assessment', assessmentId }),
  summary: (assessmentId: string): Route => ({ name: 'summary', assessmentId }),
  report: (assessmentId: string): Route => ({ name: 'report', assessmentId }),
  plan: (assessmentId: string): Route => ({ name: 'plan', assessmentId }),
  compare: (assessmentId: string, otherId?: string): Route =>
    otherId === undefined ? { name: 'compare', assessmentId } : { name: 'compare', assessmentId, otherId },
  checklist: (assessmentId: string, environmentId: string): Route => ({
    name: 'checklist',
    assessmentId,
    environmentId,
  }),
  pick: (assessmentId: string, environmentId: string, questionId?: string): Route =>
    questionId
      ? { name: 'wizard', assessmentId, environmentId, view: 'pick', questionId }
      : { name: 'wizard', assessmentId, environmentId, view: 'pick' },
  result: (assessmentId: string, environmentId: string): Route => ({
    name: 'wizard',
    assessmentId,
    environmentId,
    view: 'result',
  }),
  choose: (assessmentId: string, environmentId: string): Route => ({
    name: 'wizard',
    assessmentId,
    environmentId,
    view: 'choose',
  }),
  scope: (assessmentId: string, environmentId: string): Route => ({
    name: 'wizard',
    assessmentId,
    environmentId,
    view: 'scope',
  }),
  blank: (method: string | number): Route => ({ name: 'blank', method: String(method) }),
  about: (): Route => ({ name: 'about' }),
  glossary: (entryId?: string): Route =>
    entryId === undefined ? { name: 'glossary' } : { name: 'glossary', entryId },
};
