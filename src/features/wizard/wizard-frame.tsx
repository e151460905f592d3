import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isReadOnly, type Assessment, type Environment } from '../../domain/assessment';
import { FinalisedNotice } from '../../ui/finalised-notice';
import { Link } from '../../ui/router';
import { routes } from '../../routes';
import { useDisplayNames } from '../../ui/use-display-names';

type Step = 'method' | 'scope';

/** Where the user is: the breadcrumb to the assessment, and the three steps of setting up an environment. */
export function WizardFrame({
  assessment,
  env,
  step,
  children,
}: {
  assessment: Assessment;
  env: Environment;
  step: Step;
  children: ReactNode;
}) {
  const { t } = useTranslation('wizard');
  const { assessmentName, environmentName } = useDisplayNames();
  const steps: { id: Step | 'checklist'; label: string }[] = [
    { id: 'method', label: t('steps.method') },
    { id: 'scope', label: t('steps.scope') },
    { id: 'checklist', label: t('steps.checklist') },
  ];
  const currentIndex = steps.findIndex((s) => s.id === step);
  return (
    <div className="wizard">
      <nav aria-label={t('breadcrumb.label')} className="wizard-breadcrumb">
        <ol>
          <li>
            <Link to={routes.assessments()}>{t('breadcrumb.assessments')}</Link>
          </li>
          <li>
            <Link to={routes.assessment(assessment.id)}>{assessmentName(assessment)}</Link>
          </li>
          <li aria-current="page">{environmentName(env)}</li>
        </ol>
      </nav>
      <ol className="wizard-steps" aria-label={t('steps.label')}>
        {steps.map((s, i) => (
          <li
            key={s.id}
            className={`wizard-steps__step${i === currentIndex ? ' wizard-steps__step--current' : ''}${i < currentIndex ? ' wizard-steps__step--done' : ''}`}
            aria-current={i === currentIndex ? 'step' : undefined}
          >
            <span className="wizard-steps__number" aria-hidden="true">
              {i < currentIndex ? '✓' : i + 1}
            </span>
            <span>
              {s.label}
              {i === currentIndex && <span className="visually-hidden">{t('steps.current')}</span>}
              {i < currentIndex && <span className="visually-hidden">{t('steps.done')}</span>}
            </span>
          </li>
        ))}
      </ol>
      {assessment.finalisedAt !== undefined && (
        <FinalisedNotice finalisedAt={assessment.finalisedAt}>
          <Link to={routes.assessment(assessment.id)}>{t('finalised.toOverview', { ns: 'common' })}</Link>
        </FinalisedNotice>
      )}
      {/* While finalised, every answer and button of the step is disabled; the links still lead away. */}
      <fieldset className="locked-fieldset" role="presentation" disabled={isReadOnly(assessment)}>
        {children}
      </fieldset>
    </div>
  );
}

/** The environment's display name. */
export function useEnvName(): (env: Environment) => string {
  const { environmentName } = useDisplayNames();
  return (env) => environmentName(env);
}
