import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { catalogue, lookup } from '../../catalogue';
import { isReadOnly, type Assessment } from '../../domain/assessment';
import { startOfLocalDate } from '../../domain/dates';
import { walkFlowchart } from '../../domain/flowchart';
import { scopeLines, type ScopeLine } from '../../domain/report';
import { summariseAssessment, type EnvironmentSummary } from '../../domain/summary';
import { assessmentById, useAppStore } from '../../state/store';
import { Link } from '../../ui/router';
import { useLocalized } from '../../ui/use-localized';
import { circled } from '../../ui/method-badge';
import { MissingAssessment } from '../../ui/missing-assessment';
import { ScrollRegion } from '../../ui/scroll-region';
import { ItemFootnotes } from './item-footnotes';
import {
  PrintAttribution,
  PrintToolbar,
  SignOff,
  useDateFormat,
  useDocumentTitle,
  usePrintTime,
  ItemTableHead,
} from '../../ui/print-parts';
import { SummaryFigures, useEnvironmentLabel } from './summary-figures';
import { StatusTag, TodoList } from './todo-list';
import { ReportPlan } from './report-plan';
import { ReviewChanges } from './review-changes';
import { compareReviews } from '../../domain/review-compare';
import { previousReview, seriesOf } from '../../domain/review-series';
import './report.css';
import { routes } from '../../routes';
import { useDisplayNames } from '../../ui/use-display-names';

/** Organisation and assessor, filled in here (on screen only) so the printed cover is complete. */
function CoverFields({ assessment }: { assessment: Assessment }) {
  const { t } = useTranslation('report');
  const updateAssessmentDetails = useAppStore((s) => s.updateAssessmentDetails);
  const orgId = useId();
  const assessorId = useId();
  return (
    <fieldset className="print-toolbar__fields">
      <legend>{t('cover.fieldsLegend')}</legend>
      <div className="field">
        <label htmlFor={orgId}>{t('cover.organisation')}</label>
        <input
          id={orgId}
          type="text"
          maxLength={100}
          autoComplete="organization"
          readOnly={isReadOnly(assessment)}
          value={assessment.organisation}
          onChange={(e) => updateAssessmentDetails(assessment.id, { organisation: e.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={assessorId}>{t('cover.assessor')}</label>
        <input
          id={assessorId}
          type="text"
          maxLength={100}
          autoComplete="name"
          readOnly={isReadOnly(assessment)}
          value={assessment.assessor}
          onChange={(e) => updateAssessmentDetails(assessment.id, { assessor: e.target.value })}
        />
      </div>
    </fieldset>
  );
}

/** The edition of the checklist the report follows, its revisions, and what a result does not say. */
function ChecklistEdition() {
  const { t } = useTranslation('report');
  const { tx } = useLocalized();
  const s = catalogue.source;
  return (
    <section className="print-doc__section" aria-labelledby="report-edition">
      <h2 id="report-edition">{t('edition.title')}</h2>
      <p>
        {t('cover.checklistValue', {
          publisher: tx(s.publisher),
          title: tx(s.title),
          edition: tx(s.edition),
        })}
      </p>
      <table className="edition-table">
        <caption className="visually-hidden">{t('edition.revisions')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('edition.date')}</th>
            <th scope="col">{t('edition.change')}</th>
          </tr>
        </thead>
        <tbody>
          {s.revisions.map((r) => (
            <tr key={r.date}>
              <td>{r.date}</td>
              <td>{tx(r.text)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3 id="report-caveats">{t('caveats.title')}</h3>
      {catalogue.caveats.map((c) => (
        <div key={c.id} className="caveat">
          <p>{tx(c.lead)}</p>
          <blockquote>
            {c.quote.map((q, i) => (
              <p key={i}>{tx(q)}</p>
            ))}
          </blockquote>
          <p className="caveat__source">{t('caveats.section', { section: tx(c.section) })}</p>
        </div>
      ))}
    </section>
  );
}

function ScopeTable({ lines }: { lines: ScopeLine[] }) {
  const { t } = useTranslation('report');
  const { tx } = useLocalized();
  const separator = t('listSeparator');
  return (
    <table className="doc-table scope-table">
      <caption className="doc-table__caption">{t('environments.scopeCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('environments.question')}</th>
          <th scope="col">{t('environments.answer')}</th>
          <th scope="col">{t('environments.effect')}</th>
        </tr>
      </thead>
      <tbody>
        {lines.map((l) => (
          <tr key={l.question.id}>
            <td>{tx(l.question.text)}</td>
            <td className="scope-table__answer">{t(`environments.answers.${l.answer}`)}</td>
            <td>
              {l.excluded.length > 0 ? (
                <p>
                  {t('environments.excluded', {
                    items: l.excluded.join(separator),
                    reason: tx(l.question.reason),
                  })}
                </p>
              ) : null}
              {l.overridden.length > 0 ? (
                <p>{t('environments.overridden', { items: l.overridden.join(separator) })}</p>
              ) : null}
              {l.excluded.length === 0 && l.overridden.length === 0 ? (
                <p>
                  {l.answer === 'unanswered'
                    ? t('environments.unansweredEffect')
                    : t('environments.noEffect')}
                </p>
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function EnvironmentSetup({ env }: { env: EnvironmentSummary }) {
  const { t } = useTranslation(['report', 'common']);
  const { tx } = useLocalized();
  const envLabel = useEnvironmentLabel();
  const e = env.environment;
  const method = e.method === null ? null : lookup.method(e.method);
  const walk = walkFlowchart(catalogue.flowchart, e.path);
  const lines = scopeLines(catalogue, e);
  return (
    <div className="doc-block">
      <h3 id={`env-${e.id}-setup`}>{envLabel(e)}</h3>
      {method ? (
        <>
          <p>
            <strong>{t('environments.method')}</strong>
            {t('common:method.full', { number: circled(method.id), name: tx(method.name) })}
          </p>
          <p>
            <strong>{t('environments.path')}</strong>
            {walk.steps.length === 0 ? t('environments.direct') : null}
          </p>
          {walk.steps.length > 0 ? (
            <ol className="flow-path">
              {walk.steps.map((s) => (
                <li key={s.question.id}>
                  <span className="flow-path__question">{tx(s.question.text)}</span>
                  <span className="flow-path__answer">
                    {t('environments.chose', { option: tx(s.option.label) })}
                  </span>
                </li>
              ))}
            </ol>
          ) : null}
          {walk.steps.length > 0 && walk.method !== e.method ? <p>{t('environments.pathMismatch')}</p> : null}
          {lines.length > 0 ? <ScopeTable lines={lines} /> : <p>{t('environments.noScope')}</p>}
        </>
      ) : (
        <p>{t('environments.noMethod')}</p>
      )}
    </div>
  );
}

function ItemTable({ env }: { env: EnvironmentSummary }) {
  const { t } = useTranslation(['report', 'common', 'checklist']);
  const { tx } = useLocalized();
  const envLabel = useEnvironmentLabel();
  const e = env.environment;
  return (
    <div className="doc-block doc-block--long">
      <h3 id={`env-${e.id}-items`}>{envLabel(e)}</h3>
      <ScrollRegion labelledBy={`env-${e.id}-items-caption`}>
        <table className="doc-table item-table">
          <caption id={`env-${e.id}-items-caption`} className="visually-hidden">
            {t('items.caption', { environment: envLabel(e) })}
          </caption>
          <ItemTableHead />
          <tbody>
            {env.items.map((s) => {
              const category = lookup.category(s.item.category);
              return (
                <tr key={s.item.id} className={s.status === 'na' ? 'item-table__row--na' : undefined}>
                  <th scope="row" className="item-table__id">
                    {s.item.id}
                  </th>
                  <td className="item-table__category">{category ? tx(category.name) : null}</td>
                  <td className="item-table__priority">
                    <span aria-hidden="true">{s.item.priority}</span>
                    <span className="visually-hidden">{t(`common:priority.${s.item.priority}`)}</span>
                  </td>
                  <td>
                    {tx(s.item.text)}
                    <ItemFootnotes item={s.item} />
                  </td>
                  <td>
                    <StatusTag status={s.status} label={t(`checklist:status.${s.status}`)} />
                    {s.status === 'na' && s.excludedBy ? (
                      <span className="item-table__reason">
                        {t('items.reason', { reason: tx(s.excludedBy.reason) })}
                      </span>
                    ) : null}
                    {s.overridden ? (
                      <span className="item-table__reason">{t('items.overridden')}</span>
                    ) : null}
                  </td>
                  <td className="item-table__note">{s.note}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>
    </div>
  );
}

/**
 * `#/a/<id>/report`: the assessment as a document to hand over, laid out for A4. On screen it looks like the
 * paper it prints to, with a print button above; report.css does the paging.
 */
export function ReportScreen({ assessmentId }: { assessmentId: string }) {
  const { t } = useTranslation(['report', 'common', 'review']);
  const { assessmentName } = useDisplayNames();
  const { tx } = useLocalized();
  const assessment = useAppStore(assessmentById(assessmentId));
  const summary = useMemo(
    () => (assessment ? summariseAssessment(catalogue, assessment) : null),
    [assessment],
  );
  // The review cycle: the previous review of the series, if any, for the 前回比 columns and the changes.
  const all = useAppStore((st) => st.assessments);
  const series = assessment ? seriesOf(all, assessment) : [];
  const previous = assessment ? previousReview(all, assessment) : null;
  const comparison = assessment && previous ? compareReviews(catalogue, previous, assessment) : null;
  const formats = useDateFormat();
  const printedAt = usePrintTime();
  const name = assessmentName(assessment ?? { name: '' });
  useDocumentTitle(t('documentTitle', { name }));

  if (!assessment || !summary) return <MissingAssessment />;

  const s = catalogue.source;
  const blank = t('cover.blank');
  const withMethod = summary.environments.filter((e) => e.environment.method !== null);

  return (
    <>
      <PrintToolbar>
        <CoverFields assessment={assessment} />
        <ul className="print-toolbar__links">
          <li>
            <Link to={routes.summary(assessment.id)}>{t('report.toSummary')}</Link>
          </li>
          <li>
            <Link to={routes.assessment(assessment.id)}>{t('backToAssessment')}</Link>
          </li>
        </ul>
      </PrintToolbar>

      <article className="print-doc" aria-labelledby="report-title">
        <header className="print-doc__cover">
          <p className="print-doc__kind">{t('report.kind')}</p>
          <h1 id="report-title">{name}</h1>
          <dl className="print-doc__meta">
            <div>
              <dt>{t('cover.organisation')}</dt>
              <dd>{assessment.organisation.trim() || blank}</dd>
            </div>
            <div>
              <dt>{t('cover.assessor')}</dt>
              <dd>{assessment.assessor.trim() || blank}</dd>
            </div>
            <div>
              <dt>{t('cover.printed')}</dt>
              <dd>{formats.date(printedAt)}</dd>
            </div>
            <div>
              <dt>{t('cover.updated')}</dt>
              <dd>{formats.dateTime(assessment.updatedAt)}</dd>
            </div>
            <div>
              <dt>{t('cover.nextReview')}</dt>
              <dd>
                {assessment.nextReviewOn ? formats.date(startOfLocalDate(assessment.nextReviewOn)) : blank}
              </dd>
            </div>
            <div>
              <dt>{t('cover.finalised')}</dt>
              <dd>
                {assessment.finalisedAt !== undefined
                  ? formats.date(assessment.finalisedAt)
                  : t('cover.notFinalised')}
              </dd>
            </div>
            <div>
              <dt>{t('cover.checklist')}</dt>
              <dd>
                {t('cover.checklistValue', {
                  publisher: tx(s.publisher),
                  title: tx(s.title),
                  edition: tx(s.edition),
                })}
              </dd>
            </div>
            <div>
              <dt>{t('cover.version')}</dt>
              <dd>
                {assessment.catalogueVersion || catalogue.version}
                {assessment.catalogueVersion && assessment.catalogueVersion !== catalogue.version
                  ? ` ${t('cover.versionDiffers', { current: catalogue.version })}`
                  : ''}
              </dd>
            </div>
          </dl>
        </header>

        <ChecklistEdition />

        <section className="print-doc__section" aria-labelledby="report-environments">
          <h2 id="report-environments">{t('environments.title')}</h2>
          {summary.environments.length === 0 ? <p>{t('noEnvironments')}</p> : null}
          {summary.environments.map((e) => (
            <EnvironmentSetup key={e.environment.id} env={e} />
          ))}
        </section>

        {withMethod.length > 0 ? (
          <>
            <section
              className="print-doc__section print-doc__section--new-page"
              aria-labelledby="report-summary"
            >
              <h2 id="report-summary">{t('report.summaryTitle')}</h2>
              <SummaryFigures
                summary={summary}
                heading="h3"
                breakdownFor={summary.overall}
                breakdownLabel={t('summary.allEnvironments')}
                comparison={comparison}
              />
            </section>

            {previous && comparison ? (
              <section className="print-doc__section" aria-labelledby="report-changes">
                <h2 id="report-changes">{t('review:changes.heading')}</h2>
                <ReviewChanges previous={previous} comparison={comparison} series={series} />
              </section>
            ) : null}

            <section
              className="print-doc__section print-doc__section--new-page"
              aria-labelledby="report-items"
            >
              <h2 id="report-items">{t('items.title')}</h2>
              <p>{t('items.lead')}</p>
              {withMethod.map((e) => (
                <ItemTable key={e.environment.id} env={e} />
              ))}
            </section>

            <section
              className="print-doc__section print-doc__section--new-page"
              aria-labelledby="report-todo"
            >
              <h2 id="report-todo">{t('todo.title')}</h2>
              <TodoList summary={summary} assessmentId={assessment.id} heading="h3" />
            </section>

            <ReportPlan assessment={assessment} printedAt={printedAt} />
          </>
        ) : null}

        <SignOff heading="h2" />
        <PrintAttribution catalogueVersion={assessment.catalogueVersion || catalogue.version} />
      </article>
    </>
  );
}
