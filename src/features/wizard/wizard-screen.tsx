import { NotFoundPanel } from '../../ui/not-found-panel';
import { useTranslation } from 'react-i18next';
import { assessmentById, useAppStore } from '../../state/store';
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
      <NotFoundPanel
        title={t('missing.title')}
        body={t('missing.body')}
        to={routes.assessments()}
        linkLabel={t('missing.back')}
      />
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
