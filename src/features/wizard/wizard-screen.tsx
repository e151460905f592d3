import { useTranslation } from 'react-i18next';
import { assessmentById, useAppStore } from '../../state/store';
import { Link } from '../../ui/router';
import { routes, type WizardView } from '../../routes';
import { MethodChooser } from './method-chooser';
import { MethodResult } from './method-result';
import { PickQuestion } from './pick-question';
import { ScopeQuestions } from './scope-questions';
import { WizardFrame } from './wizard-frame';
import './wizard.css';

interface Props {
  assessmentId: string;
  environmentId: string;
  view: WizardView;
  /** The question named in `…/pick/<question>`, if any. */
  questionId?: string;
}

/**
 * The method picker for one environment: the flowchart questions, the result, the direct choice among the
 * 8 methods, and the scope questions (see routes.ts for the routes).
 */
export function WizardScreen({ assessmentId, environmentId, view, questionId }: Props) {
  const { t } = useTranslation('wizard');
  const assessment = useAppStore(assessmentById(assessmentId));
  const env = assessment?.environments.find((e) => e.id === environmentId) ?? null;

  if (!assessment || !env) {
    return (
      <section className="panel" aria-labelledby="wizard-missing-title">
        <h1 id="wizard-missing-title">{t('missing.title')}</h1>
        <p>{t('missing.body')}</p>
        <Link className="button" to={routes.assessments()}>
          {t('missing.back')}
        </Link>
      </section>
    );
  }

  return (
    <WizardFrame assessment={assessment} env={env} step={view === 'scope' ? 'scope' : 'method'}>
      {view === 'pick' && <PickQuestion assessment={assessment} env={env} questionId={questionId} />}
      {view === 'result' && <MethodResult assessment={assessment} env={env} />}
      {view === 'choose' && <MethodChooser assessment={assessment} env={env} />}
      {view === 'scope' && <ScopeQuestions assessment={assessment} env={env} />}
    </WizardFrame>
  );
}
