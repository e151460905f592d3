import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { catalogue } from '../../catalogue';
import { PLAN_STATES, type Assessment, type Environment, type PlanState } from '../../domain/assessment';
import { scopedItems } from '../../domain/applicability';
import { localDateStamp } from '../../domain/dates';
import { exportFileName } from '../../domain/export-file-name';
import { exportPlanIcs, type IcsLabels } from '../../domain/export-ics';
import {
  acceptedRisks,
  filterPlanRows,
  isPlannable,
  NO_PLAN_FILTER,
  planOwners,
  planRows,
  type PlanFilter,
} from '../../domain/plan';
import { routes } from '../../routes';
import { assessmentById, useAppStore } from '../../state/store';
import { downloadText } from '../../ui/download';
import { ItemPlan, NAME_SUGGESTIONS_ID, NameSuggestions } from '../../ui/item-plan';
import { MissingAssessment } from '../../ui/missing-assessment';
import { useDocumentTitle } from '../../ui/print-parts';
import { Link } from '../../ui/router';
import { ScrollRegion } from '../../ui/scroll-region';
import { useDisplayNames } from '../../ui/use-display-names';
import { useLocalized } from '../../ui/use-localized';
import './plan.css';

function useIcsLabels(): IcsLabels {
  const { t } = useTranslation(['plan', 'checklist']);
  return {
    calendarName: t('ics.calendarName'),
    stateLabel: t('ics.state'),
    owner: t('ics.owner'),
    assessmentLabel: t('ics.assessment'),
    state: {
      todo: t('checklist:plan.state.todo'),
      doing: t('checklist:plan.state.doing'),
      done: t('checklist:plan.state.done'),
    },
  };
}

/** Open items (未実施, 一部実施, わからない) of any environment that have no plan yet, once each, ◎ first. */
function unplannedItems(assessment: Assessment) {
  const planned = new Set((assessment.plans ?? []).map((p) => p.itemId));
  const seen = new Map<string, { itemId: string; environments: Environment[] }>();
  for (const env of assessment.environments) {
    for (const s of scopedItems(catalogue, env)) {
      if (!isPlannable(s.status) || planned.has(s.item.id)) continue;
      const entry = seen.get(s.item.id) ?? { itemId: s.item.id, environments: [] };
      entry.environments.push(env);
      seen.set(s.item.id, entry);
    }
  }
  const order = new Map(
    [...catalogue.items]
      .sort((a, b) => (a.priority === b.priority ? 0 : a.priority === '◎' ? -1 : 1))
      .map((item, i) => [item.id, i]),
  );
  return [...seen.values()].sort((a, b) => (order.get(a.itemId) ?? 0) - (order.get(b.itemId) ?? 0));
}

/** `#/a/<id>/plan`: every planned action of the assessment, filtered and sorted, and the accepted risks. */
export function PlanScreen({ assessmentId }: { assessmentId: string }) {
  const { t } = useTranslation(['plan', 'checklist', 'common']);
  const { tx, lang } = useLocalized();
  const { assessmentName, environmentName } = useDisplayNames();
  const assessment = useAppStore(assessmentById(assessmentId));
  const [filter, setFilter] = useState<PlanFilter>(NO_PLAN_FILTER);
  const [message, setMessage] = useState('');
  const [today] = useState(() => localDateStamp(Date.now()));
  const labels = useIcsLabels();
  const id = useId();
  const name = assessment ? assessmentName(assessment) : '';
  useDocumentTitle(t('documentTitle', { name }));

  const rows = useMemo(() => (assessment ? planRows(catalogue, assessment, today) : []), [assessment, today]);
  if (!assessment) return <MissingAssessment />;

  const shown = filterPlanRows(rows, filter);
  const owners = planOwners(assessment);
  const envById = new Map(assessment.environments.map((e) => [e.id, e]));
  const risks = acceptedRisks(catalogue, assessment);
  const unplanned = unplannedItems(assessment);
  const readOnly = assessment.finalisedAt !== undefined;

  const saveIcs = (itemId?: string) => {
    const now = new Date();
    const text = exportPlanIcs(catalogue, assessment, lang, labels, itemId ? { now, itemId } : { now });
    if (!text.includes('BEGIN:VEVENT')) {
      setMessage(t('ics.none'));
      return;
    }
    const base = itemId ? `${assessment.name}-${itemId}` : assessment.name;
    const file = exportFileName(base, t('ics.calendarName'), now, 'ics');
    downloadText(file, text, 'text/calendar;charset=utf-8');
    setMessage(t('ics.saved', { file }));
  };

  const select = (key: keyof PlanFilter, label: string, options: [string, string][]) => (
    <div className="plan-filters__field">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <select
        id={`${id}-${key}`}
        value={filter[key]}
        onChange={(e) => setFilter((f) => ({ ...f, [key]: e.target.value }))}
      >
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <div className="plan-screen">
      <h1>{t('title', { name })}</h1>
      <p>{t('lead')}</p>
      <div className="button-row">
        <button type="button" className="button button--primary" onClick={() => saveIcs()}>
          {t('ics.all')}
        </button>
        <Link to={routes.report(assessment.id)} className="button button--secondary">
          {t('toReport')}
        </Link>
        <Link to={routes.assessment(assessment.id)} className="button button--secondary">
          {t('backToAssessment')}
        </Link>
      </div>
      <p role="status" className="plan-screen__message">
        {message}
      </p>
      <NameSuggestions id={NAME_SUGGESTIONS_ID} assessmentId={assessment.id} />

      {rows.length === 0 ? (
        <p className="panel">{t('empty')}</p>
      ) : (
        <>
          <fieldset className="plan-filters">
            <legend>{t('filters.legend')}</legend>
            {select('owner', t('filters.owner'), [
              ['', t('filters.all')],
              ...owners.map((o): [string, string] => [o, o]),
            ])}
            {select('state', t('filters.state'), [
              ['all', t('filters.all')],
              ...PLAN_STATES.map((s: PlanState): [string, string] => [s, t(`checklist:plan.state.${s}`)]),
            ])}
            {select('environmentId', t('filters.environment'), [
              ['', t('filters.all')],
              ...assessment.environments
                .filter((e) => e.method !== null)
                .map((e): [string, string] => [e.id, environmentName(e)]),
            ])}
            <p className="plan-filters__shown" role="status">
              {t('filters.shown', { shown: shown.length, total: rows.length })}
            </p>
          </fieldset>
          {shown.length === 0 ? (
            <p className="panel">{t('noMatch')}</p>
          ) : (
            <ScrollRegion labelledBy={`${id}-caption`}>
              <table className="plan-table">
                <caption id={`${id}-caption`}>{t('table.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('table.number')}</th>
                    <th scope="col">{t('table.priority')}</th>
                    <th scope="col">{t('table.action')}</th>
                    <th scope="col">{t('table.owner')}</th>
                    <th scope="col">{t('table.due')}</th>
                    <th scope="col">{t('table.state')}</th>
                    <th scope="col">{t('table.environments')}</th>
                    <th scope="col">{t('table.calendar')}</th>
                  </tr>
                </thead>
                <tbody>
                  {shown.map((r) => (
                    <tr key={r.item.id} className={r.overdue ? 'plan-table__row--overdue' : undefined}>
                      <th scope="row">{r.item.id}</th>
                      <td>{r.item.priority}</td>
                      <td>
                        {r.plan.action.trim() || (
                          <span className="plan-table__muted">{t('table.noAction')}</span>
                        )}
                        <details className="plan-table__measure">
                          <summary>{t('table.measure')}</summary>
                          {tx(r.item.text)}
                        </details>
                      </td>
                      <td>{r.plan.owner.trim() || t('table.noOwner')}</td>
                      <td>
                        {r.plan.dueOn ?? t('table.noDue')}
                        {r.overdue ? <strong className="overdue-flag">{t('table.overdue')}</strong> : null}
                      </td>
                      <td>{t(`checklist:plan.state.${r.plan.state}`)}</td>
                      <td>
                        <ul className="plan-table__envs">
                          {r.environments.map((o) => {
                            const env = envById.get(o.environmentId);
                            if (!env) return null;
                            return (
                              <li key={o.environmentId}>
                                <Link
                                  to={routes.checklist(assessment.id, env.id)}
                                  aria-label={t('table.inEnvironment', {
                                    id: r.item.id,
                                    env: environmentName(env),
                                  })}
                                >
                                  {environmentName(env)}
                                </Link>{' '}
                                <span className={`plan-status plan-status--${o.status}`}>
                                  {t(`checklist:status.${o.status}`)}
                                </span>
                              </li>
                            );
                          })}
                        </ul>
                        <ItemPlan
                          assessmentId={assessment.id}
                          itemId={r.item.id}
                          status={r.environments.find((o) => isPlannable(o.status))?.status ?? 'done'}
                          readOnly={readOnly}
                          suggestionsId={NAME_SUGGESTIONS_ID}
                          showSummary={false}
                        />
                      </td>
                      <td>
                        {r.plan.dueOn ? (
                          <button
                            type="button"
                            className="button button--small button--secondary"
                            onClick={() => saveIcs(r.item.id)}
                          >
                            {t('ics.one', { id: r.item.id })}
                          </button>
                        ) : null}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollRegion>
          )}
        </>
      )}

      <section aria-labelledby={`${id}-unplanned`}>
        <h2 id={`${id}-unplanned`}>{t('unplanned.title', { count: unplanned.length })}</h2>
        {unplanned.length === 0 ? (
          <p>{t('unplanned.none')}</p>
        ) : (
          <ul className="plan-unplanned">
            {unplanned.map((u) => {
              const item = catalogue.items.find((i) => i.id === u.itemId)!;
              return (
                <li key={u.itemId}>
                  <p className="plan-unplanned__item">
                    <strong>{u.itemId}</strong> {item.priority} {tx(item.text)}
                  </p>
                  <p className="plan-unplanned__envs">
                    {u.environments.map((env, i) => (
                      <span key={env.id}>
                        {i > 0 ? t('listSeparator') : null}
                        <Link to={routes.checklist(assessment.id, env.id)}>{environmentName(env)}</Link>
                      </span>
                    ))}
                  </p>
                  <ItemPlan
                    assessmentId={assessment.id}
                    itemId={u.itemId}
                    status="not-done"
                    readOnly={readOnly}
                    suggestionsId={NAME_SUGGESTIONS_ID}
                  />
                </li>
              );
            })}
          </ul>
        )}
      </section>

      <section aria-labelledby={`${id}-risks`}>
        <h2 id={`${id}-risks`}>{t('risks.title', { count: risks.length })}</h2>
        {risks.length === 0 ? (
          <p>{t('risks.none')}</p>
        ) : (
          <ScrollRegion labelledBy={`${id}-risks-caption`}>
            <table className="plan-table">
              <caption id={`${id}-risks-caption`}>{t('risks.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('table.number')}</th>
                  <th scope="col">{t('risks.environment')}</th>
                  <th scope="col">{t('risks.reason')}</th>
                  <th scope="col">{t('risks.approver')}</th>
                </tr>
              </thead>
              <tbody>
                {risks.map((r) => {
                  const env = envById.get(r.environmentId);
                  return (
                    <tr key={`${r.environmentId}-${r.item.id}`}>
                      <th scope="row">{r.item.id}</th>
                      <td>
                        {env ? (
                          <Link to={routes.checklist(assessment.id, env.id)}>{environmentName(env)}</Link>
                        ) : null}
                      </td>
                      <td>{r.reason || t('risks.missing')}</td>
                      <td>{r.approver || t('risks.missing')}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </ScrollRegion>
        )}
      </section>
    </div>
  );
}
