import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { catalogue, lookup } from '../../catalogue';
import { itemsForMethod, scopeQuestionsForMethod } from '../../domain/applicability';
import type { Assessment, Environment } from '../../domain/assessment';
import { canonicalPath, walkFlowchart } from '../../domain/flowchart';
import { FlowchartDiagram } from './flowchart-diagram';
import { MethodBadge, circled } from '../../ui/method-badge';
import { Link } from '../../ui/router';
import { useLocalized } from '../../ui/use-localized';
import { useEnvName } from './wizard-frame';
import { routes } from '../../routes';
import { SecureBrowserNote, needsSecureBrowserNote } from './secure-browser-note';

const flowchart = catalogue.flowchart;

/** `…/result`: the method, why, what it means, and where to go next. */
export function MethodResult({ assessment, env }: { assessment: Assessment; env: Environment }) {
  const { t } = useTranslation('wizard');
  const { t: tc } = useTranslation('common');
  const { t: tr } = useTranslation('report');
  const { tx } = useLocalized();
  const envName = useEnvName();
  const aid = assessment.id;
  const eid = env.id;
  const walk = useMemo(() => walkFlowchart(flowchart, env.path), [env.path]);

  if (env.method === null) {
    return (
      <section className="panel" aria-labelledby="result-none-title">
        <h1 id="result-none-title">{t('result.noMethod.title')}</h1>
        <p>{t('result.noMethod.body')}</p>
        <div className="button-row">
          <Link className="button button--primary" to={routes.pick(aid, eid)}>
            {walk.steps.length > 0 ? t('result.noMethod.continue') : t('result.noMethod.start')}
          </Link>
          <Link className="button" to={routes.choose(aid, eid)}>
            {t('result.noMethod.choose')}
          </Link>
        </div>
      </section>
    );
  }

  const methodId = env.method;
  const method = lookup.method(methodId)!;
  const label = tc('method.label', { number: circled(methodId) });
  const fromAnswers = walk.method === methodId;
  // A re-run left half-way keeps the earlier method until the new answers settle one.
  const unfinished = walk.method === null && walk.steps.length > 0;
  const highlight = fromAnswers ? walk.path : (canonicalPath(flowchart, methodId) ?? []);

  const items = itemsForMethod(catalogue, methodId);
  const high = items.filter((i) => i.priority === '◎').length;
  const own = new Set(items.map((i) => i.id));
  const kept = Object.entries(env.answers).filter(
    ([id, a]) => !own.has(id) && (a.status !== 'unanswered' || a.note.trim() !== ''),
  ).length;
  const scopeQuestions = scopeQuestionsForMethod(catalogue, methodId);
  const scopeAnswered = scopeQuestions.every((q) => env.scope[q.id] !== undefined);

  return (
    <div className="wizard-layout wizard-layout--result">
      <div className="wizard-layout__main">
        <p className="wizard-eyebrow">{t('result.eyebrow', { env: envName(env) })}</p>
        <h1 className="result-title">
          <MethodBadge id={methodId} /> <span>{tx(method.name)}</span>
        </h1>
        <p className="lead">
          {fromAnswers
            ? t('result.fromAnswers', { method: label })
            : unfinished
              ? t('result.unfinished', { method: label })
              : t('result.fromChoice', { method: label })}
        </p>
        {unfinished && (
          <p>
            <Link to={routes.pick(aid, eid)}>{t('result.noMethod.continue')}</Link>
          </p>
        )}

        {fromAnswers && (
          <section aria-labelledby="result-why" className="panel">
            <h2 id="result-why">{t('result.why')}</h2>
            <p>{t('result.whyLead')}</p>
            <ol className="result-answers">
              {walk.steps.map((s) => (
                <li key={s.question.id}>
                  <span className="result-answers__question">{tx(s.question.text)}</span>
                  <span className="result-answers__answer">{tx(s.option.label)}</span>
                  <Link
                    className="result-answers__change"
                    to={routes.pick(aid, eid, s.question.id)}
                    aria-label={t('result.changeLabel', {
                      question: tx(s.question.short ?? s.question.text),
                    })}
                  >
                    {t('result.change')}
                  </Link>
                </li>
              ))}
            </ol>
          </section>
        )}

        <section aria-labelledby="result-characteristics">
          <h2 id="result-characteristics">{t('result.characteristics')}</h2>
          <p>{tx(method.table.overview)}</p>
          <dl className="result-facts">
            <div>
              <dt>{t('result.officeConnection')}</dt>
              <dd>{tx(method.table.officeConnection)}</dd>
            </div>
            <div>
              <dt>{t('result.cloud')}</dt>
              <dd>{tx(method.table.cloud)}</dd>
            </div>
            <div>
              <dt>{t('result.dataOnDevice')}</dt>
              <dd>{tx(method.table.dataOnDevice)}</dd>
            </div>
          </dl>
          <details className="result-details">
            <summary>{t('result.explanation')}</summary>
            {method.explanation.map((part, i) => (
              <div key={i}>
                {part.heading && <h3>{tx(part.heading)}</h3>}
                {part.paragraphs.map((p, j) => (
                  <p key={j}>{tx(p)}</p>
                ))}
              </div>
            ))}
          </details>
          {needsSecureBrowserNote(methodId) && <SecureBrowserNote />}
        </section>

        <section aria-labelledby="result-items">
          <h2 id="result-items">{t('result.items')}</h2>
          <p className="result-count">
            {t('result.itemCount', { count: items.length, high, normal: items.length - high })}
          </p>
          <details className="result-details">
            <summary>{t('result.itemList')}</summary>
            <ul className="result-items">
              {items.map((item) => (
                <li key={item.id}>
                  <span className="result-items__id">{item.id}</span>
                  <span className="result-items__priority">{tc(`priority.${item.priority}`)}</span>
                  <span className="result-items__text">{tx(item.text)}</span>
                </li>
              ))}
            </ul>
          </details>
          {kept > 0 && <p className="wizard-note">{t('result.keptAnswers', { count: kept })}</p>}
        </section>

        <section aria-labelledby="result-next" className="panel result-next">
          <h2 id="result-next">{t('result.next')}</h2>
          {scopeQuestions.length > 0 && (
            <p>
              {scopeAnswered
                ? t('result.scopeDone')
                : t('result.scopeLead', { count: scopeQuestions.length })}
            </p>
          )}
          <div className="button-row">
            {scopeQuestions.length > 0 && !scopeAnswered ? (
              <>
                <Link className="button button--primary" to={routes.scope(aid, eid)}>
                  {t('result.toScope')}
                </Link>
                <Link className="button" to={routes.checklist(aid, eid)}>
                  {t('result.startChecklist')}
                </Link>
              </>
            ) : (
              <>
                <Link className="button button--primary" to={routes.checklist(aid, eid)}>
                  {t('result.startChecklist')}
                </Link>
                {scopeQuestions.length > 0 && (
                  <Link className="button" to={routes.scope(aid, eid)}>
                    {t('result.reviewScope')}
                  </Link>
                )}
              </>
            )}
          </div>
          <ul className="result-links">
            <li>
              <Link to={routes.pick(aid, eid, flowchart.start)}>{t('result.rerun')}</Link>
            </li>
            <li>
              <Link to={routes.choose(aid, eid)}>{t('result.choose')}</Link>
            </li>
            <li>
              <Link to={routes.blank(methodId)}>{tr('blank.fromResult', { method: label })}</Link>
            </li>
          </ul>
          <p className="result-other">
            {t('result.otherEnvironment')} <Link to={routes.assessment(aid)}>{t('result.toOverview')}</Link>
          </p>
        </section>
      </div>
      <aside className="wizard-layout__aside" aria-label={t('diagram.heading')}>
        <FlowchartDiagram path={highlight} method={methodId} canonical={!fromAnswers} />
      </aside>
    </div>
  );
}
