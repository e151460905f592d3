import { NotFoundPanel } from '../../ui/not-found-panel';
import {
  memo,
  useCallback,
  useLayoutEffect,
  useMemo,
  useReducer,
  useRef,
  useState,
  type FocusEvent,
} from 'react';
import { useTranslation } from 'react-i18next';
import { catalogue, lookup } from '../../catalogue';
import { exclusionCounts, scopedItems } from '../../domain/applicability';
import { isReadOnly, type Assessment, type Environment, type ItemStatus } from '../../domain/assessment';
import type { ItemId, MethodId } from '../../domain/catalogue-schema';
import {
  NO_FILTER,
  filterCounts,
  filterItems,
  nextUnanswered,
  type ChecklistFilter,
} from '../../domain/checklist-filter';
import { assessmentProgress, percent, tally } from '../../domain/progress';
import { assessmentById, useAppStore } from '../../state/store';
import { ChecklistFilters } from './checklist-filters';
import { ChecklistItem } from './checklist-item';
import { NAME_SUGGESTIONS_ID, NameSuggestions } from '../../ui/item-plan';
import { CarriedOverSummary } from './carried-over-summary';
import { ProgressCard } from './checklist-progress';
import { itemDomId } from './item-text';
import { MethodBadge } from '../../ui/method-badge';
import { ResultCaveats } from '../../ui/result-caveats';
import { useDocumentTitle } from '../../ui/print-parts';
import { FinalisedNotice } from '../../ui/finalised-notice';
import { Link } from '../../ui/router';
import { NEXT_UNANSWERED_KEY, STATUS_CHOICES } from './status-shortcuts';
import { useLocalized } from '../../ui/use-localized';
import './checklist.css';
import { routes } from '../../routes';
import { useDisplayNames } from '../../ui/use-display-names';

interface View {
  filter: ChecklistFilter;
  /** Items answered while "still open only" is on: they stay visible until the filter changes. */
  keep: ReadonlySet<ItemId>;
}

type ViewAction = { type: 'filter'; filter: ChecklistFilter } | { type: 'answered'; itemId: ItemId };

function viewReducer(view: View, action: ViewAction): View {
  switch (action.type) {
    case 'filter':
      return { filter: action.filter, keep: new Set() };
    case 'answered':
      if (!view.filter.openOnly || view.keep.has(action.itemId)) return view;
      return { ...view, keep: new Set(view.keep).add(action.itemId) };
  }
}

const prefersReducedMotion = () =>
  typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;

function Breadcrumb({ assessment }: { assessment: Assessment | null }) {
  const { t } = useTranslation('checklist');
  const { assessmentName } = useDisplayNames();
  return (
    <nav aria-label={t('breadcrumb.label')} className="breadcrumb">
      <ol>
        <li>
          <Link to={routes.assessments()}>{t('breadcrumb.assessments')}</Link>
        </li>
        {assessment && (
          <li>
            <Link to={routes.assessment(assessment.id)}>{assessmentName(assessment)}</Link>
          </li>
        )}
        <li aria-current="page">{t('breadcrumb.current')}</li>
      </ol>
    </nav>
  );
}

/** What ◎ and ○ mean, in the seed's words. Static, so it is not re-rendered as statuses change. */
const PriorityHelp = memo(function PriorityHelp() {
  const { t } = useTranslation('checklist');
  const { tx } = useLocalized();
  return (
    <details className="priority-help">
      <summary>{t('priorityHelp.summary')}</summary>
      <p>{t('priorityHelp.intro')}</p>
      <dl>
        {catalogue.priorities.map((p) => (
          <div key={p.id}>
            <dt>{tx(p.label)}</dt>
            {p.description.map((d, i) => (
              <dd key={i}>{tx(d)}</dd>
            ))}
          </div>
        ))}
      </dl>
    </details>
  );
});

/** The visible, translated list of keyboard shortcuts. */
const KeyboardHelp = memo(function KeyboardHelp() {
  const { t } = useTranslation('checklist');
  const keys = STATUS_CHOICES.map((c) =>
    t('keyboard.key', { key: c.key, status: t(`status.${c.status}`) }),
  ).join(t('keyboard.separator'));
  return (
    <p className="keyboard-help">
      <strong>{t('keyboard.heading')}</strong> {t('keyboard.help', { keys })}
    </p>
  );
});

function Workspace({
  assessment,
  env,
  methodId,
}: {
  assessment: Assessment;
  env: Environment;
  methodId: MethodId;
}) {
  const { t } = useTranslation('checklist');
  const { environmentName } = useDisplayNames();
  const { tx } = useLocalized();
  const aid = assessment.id;
  const eid = env.id;
  const method = lookup.method(methodId);
  const locked = isReadOnly(assessment);

  const scoped = useMemo(() => scopedItems(catalogue, env), [env]);
  const envProgress = useMemo(() => tally(scoped), [scoped]);
  const wholeProgress = useMemo(() => assessmentProgress(catalogue, assessment), [assessment]);
  const [view, dispatch] = useReducer(viewReducer, { filter: NO_FILTER, keep: new Set<ItemId>() });
  const visible = useMemo(() => filterItems(scoped, view.filter, view.keep), [scoped, view]);
  const counts = useMemo(() => filterCounts(scoped, view.filter, view.keep), [scoped, view]);
  const excludedByScope = exclusionCounts(scoped).inEffect;
  const [message, setMessage] = useState('');

  // The row callbacks must keep their identity across status changes, or every row would re-render on each
  // click; they read the latest list through this ref instead.
  const latest = useRef({ visible, unanswered: envProgress.unanswered });
  useLayoutEffect(() => {
    latest.current = { visible, unanswered: envProgress.unanswered };
  }, [visible, envProgress.unanswered]);
  const lastItem = useRef<ItemId | null>(null);

  const onStatusSet = useCallback(
    (itemId: ItemId, status: ItemStatus, byKey: boolean) => {
      useAppStore.getState().setItemStatus(aid, eid, itemId, status);
      dispatch({ type: 'answered', itemId });
      // A radio click is announced by the radio itself; a shortcut changes a control that has no focus.
      setMessage(byKey ? t('item.announced', { id: itemId, status: t(`status.${status}`) }) : '');
    },
    [aid, eid, t, dispatch],
  );

  const onJumpNext = useCallback(
    (from: ItemId | null) => {
      const { visible: list, unanswered } = latest.current;
      const next = nextUnanswered(list, from ?? lastItem.current);
      if (next === null) {
        setMessage(
          unanswered > 0 ? t('filters.hiddenUnanswered', { count: unanswered }) : t('filters.noneUnanswered'),
        );
        return;
      }
      setMessage('');
      const el = document.getElementById(itemDomId(next));
      if (!el) return;
      el.focus({ preventScroll: true });
      el.scrollIntoView?.({ block: 'start', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
    },
    [t],
  );

  const onListFocus = (e: FocusEvent<HTMLOListElement>) => {
    const article = (e.target as HTMLElement).closest('article');
    if (article?.id.startsWith('item-')) lastItem.current = article.id.slice('item-'.length);
  };

  const hidden = scoped.length - visible.length;
  // A later review of a series (see review-series.ts): carried-over answers are confirmed item by item.
  const reviewing = assessment.seriesId !== undefined;
  const title = t('title', { name: environmentName(env) });
  useDocumentTitle(t('documentTitle', { title, app: t('appName', { ns: 'common' }) }));

  return (
    <div className="checklist">
      <Breadcrumb assessment={assessment} />
      <header className="checklist-header">
        <h1>{title}</h1>
        <p className="checklist-header__method">
          <span className="visually-hidden">{t('method.label')}：</span>
          <MethodBadge id={methodId} />
          <span className="checklist-header__method-name">{method ? tx(method.name) : ''}</span>
        </p>
        <ul className="checklist-header__links">
          <li>
            <Link to={routes.pick(aid, eid)}>{t('method.change')}</Link>
          </li>
          <li>
            <Link to={routes.scope(aid, eid)}>{t('method.scope')}</Link>
          </li>
        </ul>
        <p className="checklist-header__hint">
          {excludedByScope > 0
            ? t('method.excludedByScope', { count: excludedByScope })
            : t('method.scopeHint')}
        </p>
        <p className="checklist-header__autosave">{t('autosave')}</p>
      </header>
      {assessment.finalisedAt !== undefined && (
        <FinalisedNotice finalisedAt={assessment.finalisedAt}>
          <Link to={routes.assessment(aid)}>{t('finalised.toOverview', { ns: 'common' })}</Link>
        </FinalisedNotice>
      )}

      <section aria-labelledby="checklist-progress-title" className="checklist-progress">
        <h2 id="checklist-progress-title">{t('progress.heading')}</h2>
        <div className="checklist-progress__cards">
          <ProgressCard title={t('progress.environment')} progress={envProgress} />
          <ProgressCard
            title={t('progress.assessment', { count: assessment.environments.length })}
            progress={wholeProgress}
          />
        </div>
        <ResultCaveats heading="h3" />
      </section>

      <CarriedOverSummary assessment={assessment} env={env} scoped={scoped} />

      <PriorityHelp />

      <ChecklistFilters
        filter={view.filter}
        counts={counts}
        onChange={(filter) => dispatch({ type: 'filter', filter })}
      />

      <div className="checklist-toolbar">
        <p className="checklist-toolbar__progress">
          {t('progress.answered')}{' '}
          {t('progress.value', {
            value: envProgress.answered,
            total: envProgress.total,
            percent: percent(envProgress.answered, envProgress.total),
          })}
        </p>
        <button
          type="button"
          className="button button--small button--primary"
          onClick={() => onJumpNext(null)}
        >
          {t('filters.nextUnanswered')}
          <kbd aria-hidden="true">{NEXT_UNANSWERED_KEY.toUpperCase()}</kbd>
        </button>
        <p className="checklist-toolbar__message" role="status">
          {message}
        </p>
      </div>

      <h2 id="checklist-items-title" className="checklist-items__title">
        {t('list.label')}
      </h2>
      <KeyboardHelp />
      <NameSuggestions id={NAME_SUGGESTIONS_ID} assessmentId={aid} />
      {visible.length === 0 ? (
        <p className="panel">{t('filters.empty')}</p>
      ) : (
        <ol className="checklist-items" aria-labelledby="checklist-items-title" onFocus={onListFocus}>
          {visible.map((s) => (
            <li key={s.item.id}>
              <ChecklistItem
                assessmentId={aid}
                environmentId={eid}
                item={s.item}
                status={s.status}
                note={s.note}
                excludedBy={s.excludedBy}
                overridden={s.overridden}
                readOnly={locked}
                carriedOver={s.carriedOver}
                reviewing={reviewing}
                onStatusSet={onStatusSet}
                onJumpNext={onJumpNext}
              />
            </li>
          ))}
        </ol>
      )}
      {hidden > 0 && <p className="checklist-items__hidden">{t('list.hidden', { count: hidden })}</p>}
    </div>
  );
}

/** The checklist of one environment: `#/a/<aid>/e/<eid>/checklist`. */
export function ChecklistScreen({
  assessmentId,
  environmentId,
}: {
  assessmentId: string;
  environmentId: string;
}) {
  const { t } = useTranslation('checklist');
  const assessment = useAppStore(assessmentById(assessmentId));
  const env = assessment?.environments.find((e) => e.id === environmentId) ?? null;

  if (!assessment || !env) {
    return (
      <NotFoundPanel
        title={t('missing.title')}
        body={t('missing.body')}
        to={routes.assessments()}
        linkLabel={t('missing.back')}
      />
    );
  }
  if (env.method === null) {
    return (
      <>
        <Breadcrumb assessment={assessment} />
        <section className="panel" aria-labelledby="checklist-no-method-title">
          <h1 id="checklist-no-method-title">{t('noMethod.title')}</h1>
          <p>{t('noMethod.body')}</p>
          <Link to={routes.pick(assessmentId, environmentId)} className="button button--primary">
            {t('noMethod.pick')}
          </Link>
        </section>
      </>
    );
  }
  return <Workspace assessment={assessment} env={env} methodId={env.method} />;
}
