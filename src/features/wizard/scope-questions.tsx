import { useTranslation } from 'react-i18next';
import { catalogue, lookup } from '../../catalogue';
import {
  excludedItems,
  exclusionCounts,
  itemsExcludedByQuestion,
  scopedItems,
  scopeQuestionsForMethod,
} from '../../domain/applicability';
import type { Assessment, Environment } from '../../domain/assessment';
import type { ScopeId } from '../../domain/catalogue-schema';
import { useAppStore } from '../../state/store';
import { circled } from '../../ui/method-badge';
import { Link } from '../../ui/router';
import { useLocalized } from '../../ui/use-localized';
import { useEnvName } from './wizard-frame';
import { routes } from '../../routes';

type Answer = 'yes' | 'no' | 'unanswered';

const toAnswer = (v: boolean | undefined): Answer => (v === undefined ? 'unanswered' : v ? 'yes' : 'no');
const fromAnswer = (a: Answer): boolean | null => (a === 'unanswered' ? null : a === 'yes');

/**
 * `…/scope`: after the method, the questions whose "no" makes some of its items 対象外 (web mail, online meetings,
 * smartphones, data on the device), each saved as soon as it is answered, and a summary of what is excluded with
 * the official reason, where each exclusion can be overridden.
 */
export function ScopeQuestions({ assessment, env }: { assessment: Assessment; env: Environment }) {
  const { t } = useTranslation('wizard');
  const { t: tc } = useTranslation('common');
  const { tx } = useLocalized();
  const envName = useEnvName();
  const answerScope = useAppStore((s) => s.answerScope);
  const overrideExclusion = useAppStore((s) => s.overrideExclusion);
  const aid = assessment.id;
  const eid = env.id;

  if (env.method === null) {
    return (
      <section className="panel" aria-labelledby="scope-none-title">
        <h1 id="scope-none-title">{t('scope.title')}</h1>
        <p>{t('scope.noMethod')}</p>
        <Link className="button button--primary" to={routes.pick(aid, eid)}>
          {t('scope.toPick')}
        </Link>
      </section>
    );
  }

  const methodId = env.method;
  const method = lookup.method(methodId)!;
  const label = tc('method.label', { number: circled(methodId) });
  const questions = scopeQuestionsForMethod(catalogue, methodId);
  const scoped = scopedItems(catalogue, env);
  const excluded = excludedItems(scoped);
  const excludedNow = exclusionCounts(scoped).inEffect;

  const onAnswer = (id: ScopeId, answer: Answer) => answerScope(aid, eid, id, fromAnswer(answer));

  return (
    <div className="wizard-single">
      <p className="wizard-eyebrow">
        {t('scope.eyebrow', { env: envName(env), method: label, name: tx(method.name) })}
      </p>
      <h1>{t('scope.title')}</h1>
      {questions.length === 0 ? (
        <p>{t('scope.noQuestions')}</p>
      ) : (
        <>
          <p>{t('scope.lead', { method: label })}</p>
          <p className="wizard-note">{t('scope.saved')}</p>
          {questions.map((q) => {
            const current = toAnswer(env.scope[q.id]);
            const items = itemsExcludedByQuestion(catalogue, methodId, q);
            const name = `scope-${q.id}`;
            return (
              <fieldset
                key={q.id}
                className="scope-question"
                aria-describedby={`${name}-help ${name}-effect`}
              >
                <legend>
                  <h2 className="scope-question__title">{tx(q.text)}</h2>
                </legend>
                <p id={`${name}-help`}>{tx(q.help)}</p>
                <div className="scope-question__answers">
                  {(['yes', 'no', 'unanswered'] as const).map((a) => (
                    <div key={a} className="scope-answer">
                      <input
                        type="radio"
                        id={`${name}-${a}`}
                        name={name}
                        value={a}
                        checked={current === a}
                        onChange={() => onAnswer(q.id, a)}
                      />
                      <label htmlFor={`${name}-${a}`}>{t(`scope.${a}`)}</label>
                    </div>
                  ))}
                </div>
                <div
                  id={`${name}-effect`}
                  className={`scope-question__effect${current === 'no' ? ' scope-question__effect--active' : ''}`}
                >
                  <p>{t('scope.effect', { items: items.join(t('scope.itemSeparator')) })}</p>
                  <p>{t('scope.reason', { reason: tx(q.reason) })}</p>
                </div>
              </fieldset>
            );
          })}
        </>
      )}

      <section aria-labelledby="scope-summary-title" className="panel scope-summary">
        <h2 id="scope-summary-title">{t('scope.summary')}</h2>
        <p role="status">
          {excluded.length === 0
            ? t('scope.summaryNone')
            : t('scope.summaryCount', { count: excludedNow, total: scoped.length })}
        </p>
        {excluded.length > 0 && (
          <>
            <p>{t('scope.summaryLead')}</p>
            <ul className="scope-excluded">
              {excluded.map((s) => {
                const boxId = `scope-include-${s.item.id}`;
                return (
                  <li
                    key={s.item.id}
                    className={`scope-excluded__item${s.overridden ? ' scope-excluded__item--included' : ''}`}
                  >
                    <p className="scope-excluded__head">
                      <span className="scope-excluded__id">{t('scope.item', { id: s.item.id })}</span>
                      <span className="scope-excluded__status">
                        {s.overridden ? t('scope.included') : t('scope.na')}
                      </span>
                    </p>
                    <p className="scope-excluded__text">{tx(s.item.text)}</p>
                    <p className="scope-excluded__reason">
                      {t('scope.reason', { reason: tx(s.excludedBy!.reason) })}
                    </p>
                    <div className="scope-excluded__override">
                      <input
                        type="checkbox"
                        id={boxId}
                        checked={s.overridden}
                        onChange={(e) => overrideExclusion(aid, eid, s.item.id, e.target.checked)}
                        aria-label={t('scope.includeLabel', { id: s.item.id })}
                      />
                      <label htmlFor={boxId}>{t('scope.include')}</label>
                    </div>
                  </li>
                );
              })}
            </ul>
          </>
        )}
      </section>

      <div className="button-row wizard-actions">
        <Link className="button button--primary" to={routes.checklist(aid, eid)}>
          {t('scope.startChecklist')}
        </Link>
        <Link className="button button--secondary" to={routes.result(aid, eid)}>
          {t('scope.backToResult')}
        </Link>
      </div>
    </div>
  );
}
