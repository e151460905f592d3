import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { catalogue } from '../../catalogue';
import { summariseAssessment } from '../../domain/summary';
import { assessmentById, useAppStore } from '../../state/store';
import { Link } from '../../ui/router';
import { SummaryFigures, useEnvironmentLabel } from './summary-figures';
import { TodoList } from './todo-list';
import { MissingAssessment } from '../../ui/missing-assessment';
import { ResultCaveats } from '../../ui/result-caveats';
import './report.css';
import { routes } from '../../routes';
import { useDisplayNames } from '../../ui/use-display-names';

const ALL = 'all';

/** `#/a/<id>/summary`: how far an assessment has got, as charts and tables, and what is left to do. */
export function SummaryScreen({ assessmentId }: { assessmentId: string }) {
  const { t } = useTranslation('report');
  const { assessmentName } = useDisplayNames();
  const assessment = useAppStore(assessmentById(assessmentId));
  const summary = useMemo(
    () => (assessment ? summariseAssessment(catalogue, assessment) : null),
    [assessment],
  );
  const envLabel = useEnvironmentLabel();
  const [breakdownEnv, setBreakdownEnv] = useState<string>(ALL);
  const selectId = useId();

  if (!assessment || !summary) return <MissingAssessment />;

  const name = assessmentName(assessment);
  const counted = summary.environments.filter((e) => e.environment.method !== null);
  const chosen = counted.find((e) => e.environment.id === breakdownEnv);
  const breakdownFor = chosen ?? summary.overall;
  const breakdownLabel = chosen ? envLabel(chosen.environment) : t('summary.allEnvironments');

  return (
    <div className="summary-screen">
      <h1>{t('summary.title', { name })}</h1>
      <p>{t('summary.lead')}</p>
      <div className="button-row">
        <Link to={routes.report(assessment.id)} className="button button--primary">
          {t('summary.toReport')}
        </Link>
        <Link to={routes.assessment(assessment.id)} className="button button--secondary">
          {t('backToAssessment')}
        </Link>
      </div>
      <ResultCaveats />

      {counted.length === 0 ? (
        <p className="panel panel--warn">{t('noEnvironments')}</p>
      ) : (
        <>
          <section aria-labelledby="summary-figures-title">
            <h2 id="summary-figures-title">{t('summary.figures')}</h2>
            <SummaryFigures
              summary={summary}
              heading="h3"
              breakdownFor={breakdownFor}
              breakdownLabel={breakdownLabel}
              breakdownControl={
                counted.length > 1 ? (
                  <div className="breakdown-control">
                    <label htmlFor={selectId}>{t('summary.breakdownControl')}</label>
                    <select
                      id={selectId}
                      value={chosen ? chosen.environment.id : ALL}
                      onChange={(e) => setBreakdownEnv(e.target.value)}
                    >
                      <option value={ALL}>{t('summary.allEnvironments')}</option>
                      {counted.map((e) => (
                        <option key={e.environment.id} value={e.environment.id}>
                          {envLabel(e.environment)}
                        </option>
                      ))}
                    </select>
                  </div>
                ) : null
              }
            />
          </section>
          <section aria-labelledby="summary-todo-title">
            <h2 id="summary-todo-title">{t('todo.title')}</h2>
            <TodoList summary={summary} assessmentId={assessment.id} heading="h3" />
          </section>
        </>
      )}
    </div>
  );
}
