import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { catalogue } from '../../catalogue';
import { itemsForMethod } from '../../domain/applicability';
import type { Assessment, Environment } from '../../domain/assessment';
import type { MethodId } from '../../domain/catalogue-schema';
import { useAppStore } from '../../state/store';
import { MethodBadge } from '../../ui/method-badge';
import { Link } from '../../ui/router';
import { useLocalized } from '../../ui/use-localized';
import { goBack, goForward } from './wizard-history';
import { useEnvName } from './wizard-frame';
import { routes } from '../../routes';
import { GuideScopeNote } from '../../ui/guide-scope';
import { SecureBrowserNote, needsSecureBrowserNote } from './secure-browser-note';

/** `…/choose`: for someone who already knows the method, the 8 methods to pick from directly. */
export function MethodChooser({ assessment, env }: { assessment: Assessment; env: Environment }) {
  const { t } = useTranslation('wizard');
  const { tx } = useLocalized();
  const envName = useEnvName();
  const chooseMethod = useAppStore((s) => s.chooseMethod);
  const [selected, setSelected] = useState<MethodId | null>(env.method);
  const [error, setError] = useState(false);
  const firstRadio = useRef<HTMLInputElement>(null);
  const aid = assessment.id;
  const eid = env.id;

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (selected === null) {
      setError(true);
      firstRadio.current?.focus();
      return;
    }
    // Choosing the method it already has would only throw away the answers that led to it.
    if (selected !== env.method) chooseMethod(aid, eid, selected);
    goForward(routes.result(aid, eid));
  };

  const groups = [
    {
      id: 'company',
      legend: t('choose.company'),
      methods: catalogue.methods.filter((m) => m.device === 'company'),
    },
    {
      id: 'personal',
      legend: t('choose.personal'),
      methods: catalogue.methods.filter((m) => m.device === 'personal'),
    },
  ] as const;

  return (
    <div className="wizard-single">
      <p className="wizard-eyebrow">{t('choose.eyebrow', { env: envName(env) })}</p>
      <h1>{t('choose.title')}</h1>
      <p>
        {t('choose.lead')} <Link to={routes.pick(aid, eid)}>{t('choose.toQuestions')}</Link>
      </p>
      <GuideScopeNote scope={catalogue.guideScope} />
      <form onSubmit={onSubmit} noValidate>
        {error && (
          <p id="choose-error" className="field-error" role="alert">
            {t('choose.required')}
          </p>
        )}
        {groups.map((group, gi) => (
          <fieldset key={group.id} className="method-choices">
            <legend>
              <h2 className="method-choices__legend">{group.legend}</h2>
            </legend>
            <div className="choices choices--methods">
              {group.methods.map((m, mi) => {
                const items = itemsForMethod(catalogue, m.id);
                const high = items.filter((i) => i.priority === '◎').length;
                const inputId = `choose-method-${m.id}`;
                return (
                  <div key={m.id} className={`choice${selected === m.id ? ' choice--selected' : ''}`}>
                    <input
                      ref={gi === 0 && mi === 0 ? firstRadio : undefined}
                      type="radio"
                      id={inputId}
                      name="choose-method"
                      value={m.id}
                      checked={selected === m.id}
                      onChange={() => {
                        setSelected(m.id);
                        setError(false);
                      }}
                      aria-describedby={`${inputId}-desc${error ? ' choose-error' : ''}`}
                    />
                    <label htmlFor={inputId} className="choice__label">
                      <MethodBadge id={m.id} /> {tx(m.name)}
                      {env.method === m.id && <span className="choice__current">{t('choose.current')}</span>}
                    </label>
                    <div id={`${inputId}-desc`} className="choice__desc">
                      <p>{tx(m.table.overview)}</p>
                      <p className="choice__count">
                        {t('choose.itemCount', { count: items.length, high, normal: items.length - high })}
                      </p>
                      {needsSecureBrowserNote(m.id) && <SecureBrowserNote />}
                    </div>
                  </div>
                );
              })}
            </div>
          </fieldset>
        ))}
        <div className="button-row wizard-actions">
          <button type="submit" className="button button--primary">
            {t('choose.submit')}
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => goBack(env.method !== null ? routes.result(aid, eid) : routes.assessment(aid))}
          >
            {t('choose.back')}
          </button>
        </div>
      </form>
    </div>
  );
}
