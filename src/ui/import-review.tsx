import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { catalogue, lookup } from '../catalogue';
import type { Assessment } from '../domain/assessment';
import { environmentProgress, percent } from '../domain/progress';
import { keepLocalNames } from '../domain/shared-assessment';
import { useAppStore } from '../state/store';
import { useLocalized } from './use-localized';
import { useDateFormats } from './format-date';
import { MethodBadge } from './method-badge';
import './share.css';
import { useDisplayNames } from './use-display-names';

interface Props {
  /** The assessment as it would be added: validated, with fresh ids. */
  assessment: Assessment;
  /** Whether names and notes came along (share links); null for files, which are always complete. */
  includesText: boolean | null;
  exportedAt?: number;
  /** Level of this block's headings, so it fits under the screen's own heading. */
  level: 2 | 3 | 4;
  onDone: (assessmentId: string) => void;
  onCancel: () => void;
}

/**
 * Shows what a share link or a file contains and lets the user choose: add it as a new assessment, replace
 * one of theirs (after a confirmation), or cancel. Nothing is written to the store before that choice.
 */
export function ImportReview({ assessment, includesText, exportedAt, level, onDone, onCancel }: Props) {
  const { t } = useTranslation('share');
  const { assessmentName, environmentName } = useDisplayNames();
  const dates = useDateFormats();
  const { tx } = useLocalized();
  const local = useAppStore((s) => s.assessments);
  const addImportedAssessment = useAppStore((s) => s.addImportedAssessment);
  const replaceAssessment = useAppStore((s) => s.replaceAssessment);
  const [mode, setMode] = useState<'new' | 'replace'>('new');
  const [targetId, setTargetId] = useState<string>('');
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLHeadingElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);
  const ids = { heading: useId(), legend: useId(), target: useId(), confirm: useId() };
  const H = `h${level}` as const;
  const H2 = `h${level + 1}` as 'h3' | 'h4' | 'h5';

  const target = local.find((a) => a.id === targetId) ?? local[0];
  const blank = (v: string) => v.trim() || t('preview.blank');

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (mode === 'new') {
      onDone(addImportedAssessment(assessment));
      return;
    }
    setConfirming(true);
    // The confirmation replaces the form: move focus to it so keyboard and screen-reader users land there.
    requestAnimationFrame(() => confirmRef.current?.focus());
  };

  const replace = () => {
    if (!target) return;
    replaceAssessment(target.id, includesText === false ? keepLocalNames(assessment, target) : assessment);
    onDone(target.id);
  };

  return (
    <div className="import-review">
      <section aria-labelledby={ids.heading} className="panel">
        <H id={ids.heading}>{t('preview.heading')}</H>
        <dl className="import-review__facts">
          <div>
            <dt>{t('preview.name')}</dt>
            <dd>{blank(assessment.name)}</dd>
          </div>
          <div>
            <dt>{t('preview.organisation')}</dt>
            <dd>{blank(assessment.organisation)}</dd>
          </div>
          <div>
            <dt>{t('preview.assessor')}</dt>
            <dd>{blank(assessment.assessor)}</dd>
          </div>
          <div>
            <dt>{t('preview.catalogueVersion')}</dt>
            <dd>{assessment.catalogueVersion}</dd>
          </div>
          {exportedAt !== undefined && (
            <div>
              <dt>{t('preview.exportedAt')}</dt>
              <dd>{dates.dateTime(exportedAt)}</dd>
            </div>
          )}
        </dl>
        <H2>{t('preview.environments', { count: assessment.environments.length })}</H2>
        {assessment.environments.length === 0 ? (
          <p>{t('preview.noEnvironments')}</p>
        ) : (
          <ul className="import-review__environments">
            {assessment.environments.map((env) => {
              const p = environmentProgress(catalogue, env);
              const method = lookup.method(env.method);
              const notes = Object.values(env.answers).filter((a) => a.note.trim() !== '').length;
              return (
                <li key={env.id}>
                  <span className="import-review__env-name">{environmentName(env)}</span>
                  <span className="import-review__env-method">
                    {method ? (
                      <>
                        <MethodBadge id={method.id} /> {tx(method.name)}
                      </>
                    ) : (
                      t('preview.noMethod')
                    )}
                  </span>
                  {method && (
                    <span className="import-review__env-progress">
                      {p.total === 0
                        ? t('preview.noItems')
                        : t('preview.progress', {
                            answered: p.answered,
                            total: p.total,
                            percent: percent(p.answered, p.total),
                            done: p.done,
                          })}
                      {notes > 0 && ` · ${t('preview.notes', { count: notes })}`}
                    </span>
                  )}
                </li>
              );
            })}
          </ul>
        )}
        {includesText !== null && (
          <p className="import-review__text">
            {t(includesText ? 'preview.textIncluded' : 'preview.textNotIncluded')}
          </p>
        )}
      </section>

      {confirming && target ? (
        <section className="panel panel--warn" aria-labelledby={ids.confirm}>
          <H id={ids.confirm} ref={confirmRef} tabIndex={-1}>
            {t('choice.confirmTitle')}
          </H>
          <p>{t('choice.confirm', { name: assessmentName(target) })}</p>
          {includesText === false && <p>{t('choice.confirmKeepNames')}</p>}
          <div className="button-row">
            <button type="button" className="button button--danger" onClick={replace}>
              {t('choice.doReplace')}
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                setConfirming(false);
                requestAnimationFrame(() => openRef.current?.focus());
              }}
            >
              {t('choice.back')}
            </button>
          </div>
        </section>
      ) : (
        <form onSubmit={submit} className="import-review__form">
          <fieldset>
            <legend id={ids.legend}>{t('choice.legend')}</legend>
            <div className="import-review__option">
              <input
                type="radio"
                id={`${ids.legend}-new`}
                name={`${ids.legend}-mode`}
                checked={mode === 'new'}
                onChange={() => setMode('new')}
                aria-describedby={`${ids.legend}-new-hint`}
              />
              <label htmlFor={`${ids.legend}-new`}>{t('choice.new')}</label>
              <p id={`${ids.legend}-new-hint`} className="import-review__hint">
                {t('choice.newHint')}
              </p>
            </div>
            {local.length > 0 && (
              <div className="import-review__option">
                <input
                  type="radio"
                  id={`${ids.legend}-replace`}
                  name={`${ids.legend}-mode`}
                  checked={mode === 'replace'}
                  onChange={() => setMode('replace')}
                  aria-describedby={`${ids.legend}-replace-hint`}
                />
                <label htmlFor={`${ids.legend}-replace`}>{t('choice.replace')}</label>
                <p id={`${ids.legend}-replace-hint`} className="import-review__hint">
                  {t('choice.replaceHint')}
                </p>
                {mode === 'replace' && (
                  <div className="import-review__target">
                    <label htmlFor={ids.target}>{t('choice.target')}</label>
                    <select
                      id={ids.target}
                      value={target?.id ?? ''}
                      onChange={(e) => setTargetId(e.target.value)}
                    >
                      {local.map((a) => (
                        <option key={a.id} value={a.id}>
                          {assessmentName(a)}
                        </option>
                      ))}
                    </select>
                  </div>
                )}
              </div>
            )}
          </fieldset>
          <div className="button-row">
            <button type="submit" className="button button--primary" ref={openRef}>
              {t('choice.open')}
            </button>
            <button type="button" className="button button--secondary" onClick={onCancel}>
              {t('choice.cancel')}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
