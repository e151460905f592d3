import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { catalogue } from '../../catalogue';
import type { Assessment, Environment } from '../../domain/assessment';
import { answerQuestion, positionOnRoute, questionsFrom, walkFlowchart } from '../../domain/flowchart';
import { useAppStore } from '../../state/store';
import { FlowchartDiagram } from './flowchart-diagram';
import { GlossaryEntryBody, glossaryEntry, useEntryTitle } from '../../ui/glossary-entry';
import { circled } from '../../ui/method-badge';
import { Link, navigate } from '../../ui/router';
import { useLocalized } from '../../ui/use-localized';
import { goBack, goForward } from './wizard-history';
import { useEnvName } from './wizard-frame';
import { routes } from '../../routes';
import { GuideScopeNote } from '../../ui/guide-scope';

const flowchart = catalogue.flowchart;

/**
 * One question of the flowchart per screen (`…/pick/<question>`). The URL names the question; the answers so far
 * live in the environment, so a reload or the browser's back button lands on the same question with the same
 * answer selected. A URL naming a question the answers do not lead to is replaced by the right one.
 */
export function PickQuestion({
  assessment,
  env,
  questionId,
}: {
  assessment: Assessment;
  env: Environment;
  questionId: string | undefined;
}) {
  const walk = useMemo(() => walkFlowchart(flowchart, env.path), [env.path]);
  const position = questionId === undefined ? -1 : positionOnRoute(walk, questionId);
  // Resume an unfinished run where it stopped; otherwise start from the first question.
  const fallback = walk.current && walk.steps.length > 0 ? walk.current.id : flowchart.start;

  useEffect(() => {
    if (position < 0) navigate(routes.pick(assessment.id, env.id, fallback), { replace: true });
  }, [position, assessment.id, env.id, fallback]);

  if (position < 0) return null;
  return <QuestionForm key={questionId} assessment={assessment} env={env} position={position} />;
}

function QuestionForm({
  assessment,
  env,
  position,
}: {
  assessment: Assessment;
  env: Environment;
  position: number;
}) {
  const { t } = useTranslation('wizard');
  const { t: tc } = useTranslation('common');
  const { tx } = useLocalized();
  const envName = useEnvName();
  const entryTitle = useEntryTitle();
  const setFlowPath = useAppStore((s) => s.setFlowPath);
  const walk = walkFlowchart(flowchart, env.path);
  const question = position < walk.steps.length ? walk.steps[position]!.question : walk.current!;
  const [selected, setSelected] = useState<string | null>(walk.steps[position]?.option.id ?? null);
  const [error, setError] = useState(false);
  const firstRadio = useRef<HTMLInputElement>(null);
  const aid = assessment.id;
  const eid = env.id;
  const ids = { error: `pick-${question.id}-error`, help: `pick-${question.id}-help` };

  const selectedOption = question.options.find((o) => o.id === selected);
  const endsHere = selectedOption !== undefined && 'method' in selectedOption.next;
  const previous = position > 0 ? walk.steps[position - 1]!.question.id : null;
  const glossary = question.glossary.map((id) => glossaryEntry(id)).filter((e) => e !== null);

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (!selected) {
      setError(true);
      firstRadio.current?.focus();
      return;
    }
    const next = answerQuestion(flowchart, env.path, question.id, selected);
    if (!next) return;
    const unchanged =
      JSON.stringify(next.path) === JSON.stringify(env.path) &&
      (next.method === null || next.method === env.method);
    if (!unchanged) setFlowPath(aid, eid, next.path, next.method);
    // The question after this one: an unchanged answer keeps the later answers, so it may already be answered.
    const following = next.steps[position + 1]?.question ?? next.current;
    if (following) goForward(routes.pick(aid, eid, following.id));
    else if (next.method !== null) goForward(routes.result(aid, eid));
  };

  const onBack = () => goBack(previous ? routes.pick(aid, eid, previous) : routes.assessment(aid));

  return (
    <div className="wizard-layout">
      <div className="wizard-layout__main">
        <p className="wizard-eyebrow">
          <span>{t('pick.eyebrow', { env: envName(env) })}</span>
          <span className="wizard-eyebrow__progress">
            {t('pick.progress', {
              current: position + 1,
              max: position + questionsFrom(flowchart, question.id),
            })}
          </span>
        </p>
        <form className="wizard-form" onSubmit={onSubmit} noValidate>
          <fieldset className="wizard-question" aria-describedby={error ? ids.error : undefined}>
            <legend>
              <h1 className="wizard-question__title">{tx(question.text)}</h1>
            </legend>
            <div id={ids.help} className="wizard-question__help">
              {question.help.map((p, i) => (
                <p key={i}>{tx(p)}</p>
              ))}
            </div>
            {error && (
              <p id={ids.error} className="field-error" role="alert">
                {t('pick.required')}
              </p>
            )}
            <div className="choices">
              {question.options.map((option, i) => {
                const inputId = `pick-${question.id}-${option.id}`;
                const describedBy = option.help || option.examples?.length ? `${inputId}-desc` : undefined;
                return (
                  <div
                    key={option.id}
                    className={`choice${selected === option.id ? ' choice--selected' : ''}`}
                  >
                    <input
                      ref={i === 0 ? firstRadio : undefined}
                      type="radio"
                      id={inputId}
                      name={`pick-${question.id}`}
                      value={option.id}
                      checked={selected === option.id}
                      onChange={() => {
                        setSelected(option.id);
                        setError(false);
                      }}
                      aria-describedby={describedBy}
                    />
                    <label htmlFor={inputId} className="choice__label">
                      {tx(option.label)}
                    </label>
                    {describedBy && (
                      <div id={describedBy} className="choice__desc">
                        {option.help && <p>{tx(option.help)}</p>}
                        {option.examples && option.examples.length > 0 && (
                          <div className="choice__examples">
                            <span className="choice__examples-title">{t('pick.examples')}</span>
                            <ul>
                              {option.examples.map((ex, j) => (
                                <li key={j}>{tx(ex)}</li>
                              ))}
                            </ul>
                          </div>
                        )}
                      </div>
                    )}
                  </div>
                );
              })}
            </div>
          </fieldset>

          {glossary.length > 0 && (
            <details className="wizard-glossary">
              <summary>{t('pick.glossary')}</summary>
              <dl>
                {glossary.map((entry) => (
                  <div key={entry.entry.id}>
                    <dt>{entryTitle(entry)}</dt>
                    <dd>
                      <GlossaryEntryBody entry={entry} headingLevel={3} />
                    </dd>
                  </div>
                ))}
              </dl>
            </details>
          )}

          <div className="button-row wizard-actions">
            <button type="submit" className="button button--primary">
              {endsHere ? t('pick.showResult') : t('pick.next')}
            </button>
            <button type="button" className="button button--secondary" onClick={onBack}>
              {previous ? t('pick.back') : t('pick.backToOverview')}
            </button>
          </div>
        </form>

        {env.method !== null && (
          <p className="wizard-note">
            {t('pick.keepsAnswers', { method: tc('method.label', { number: circled(env.method) }) })}
          </p>
        )}
        {question.id.startsWith('connection-') && (
          <details className="wizard-note guide-scope-details">
            <summary>{t('pick.guideScope')}</summary>
            <GuideScopeNote scope={catalogue.guideScope} />
          </details>
        )}
        <p className="wizard-aside-link">
          {t('pick.knowMethod')} <Link to={routes.choose(aid, eid)}>{t('pick.chooseLink')}</Link>
        </p>
      </div>
      <aside className="wizard-layout__aside" aria-label={t('diagram.heading')}>
        <FlowchartDiagram path={walk.path.slice(0, position)} current={question.id} />
      </aside>
    </div>
  );
}
