import { NotFoundPanel } from '../../ui/not-found-panel';
import { useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { catalogue, lookup } from '../../catalogue';
import {
  isReadOnly,
  MAX_ENVIRONMENTS,
  NAME_MAX_LENGTH,
  oneYearAfter,
  type Assessment,
  type Environment,
} from '../../domain/assessment';
import { localDateStamp } from '../../domain/dates';
import { assessmentProgress, environmentProgress } from '../../domain/progress';
import { assessmentById, useAppStore } from '../../state/store';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { FinalisedNotice } from '../../ui/finalised-notice';
import { MethodBadge } from '../../ui/method-badge';
import { ProgressFigures } from './progress-figures';
import { RenameForm } from './rename-form';
import { UndoBanner } from './undo-banner';
import { BackupStatus, ReviewCyclePanel, ReviewSchedule } from './review-cycle';
import { ShareAndExport } from './share-and-export';
import { isoDateTime, useDateFormats } from '../../ui/format-date';
import { CalendarChoice } from '../../ui/calendar-choice';
import { Link, navigate } from '../../ui/router';
import { useLocalized } from '../../ui/use-localized';
import './assessments.css';
import { routes } from '../../routes';
import { useDisplayNames } from '../../ui/use-display-names';

type DetailField = 'name' | 'organisation' | 'assessor';

/** One field of the assessment's details, saved as the user types. */
function DetailInput({
  assessment,
  field,
  label,
  hint,
}: {
  assessment: Assessment;
  field: DetailField;
  label: string;
  hint?: string;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <span id={`${id}-hint`} className="field__hint">
          {hint}
        </span>
      )}
      <input
        id={id}
        type="text"
        value={assessment[field]}
        readOnly={isReadOnly(assessment)}
        maxLength={NAME_MAX_LENGTH}
        autoComplete={field === 'organisation' ? 'organization' : field === 'assessor' ? 'name' : 'off'}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(e) =>
          useAppStore.getState().updateAssessmentDetails(assessment.id, { [field]: e.target.value })
        }
      />
    </div>
  );
}

/** 次回見直し予定日: a date field, with a button that suggests one year from today. */
function NextReviewInput({ assessment }: { assessment: Assessment }) {
  const { t } = useTranslation('assessments');
  const id = useId();
  const locked = isReadOnly(assessment);
  const set = (value: string) =>
    useAppStore.getState().updateAssessmentDetails(assessment.id, { nextReviewOn: value || null });
  return (
    <div className="field">
      <label htmlFor={id}>{t('overview.nextReviewLabel')}</label>
      <span id={`${id}-hint`} className="field__hint">
        {t('overview.nextReviewHint')}
      </span>
      <div className="next-review">
        <input
          id={id}
          type="date"
          value={assessment.nextReviewOn ?? ''}
          readOnly={locked}
          aria-describedby={`${id}-hint`}
          onChange={(e) => set(e.target.value)}
        />
        <button
          type="button"
          className="button button--small button--secondary"
          disabled={locked}
          onClick={() => set(oneYearAfter(localDateStamp(Date.now())))}
        >
          {t('overview.nextReviewSuggest')}
        </button>
      </div>
    </div>
  );
}

function EnvironmentCard({
  assessmentId,
  env,
  locked,
  onRemove,
}: {
  assessmentId: string;
  env: Environment;
  /** The assessment is finalised: nothing about the environment may change. */
  locked: boolean;
  onRemove: (env: Environment) => void;
}) {
  const { t } = useTranslation('assessments');
  const { t: tc } = useTranslation();
  const { environmentName } = useDisplayNames();
  const { tx } = useLocalized();
  const [renaming, setRenaming] = useState(false);
  const renameButton = useRef<HTMLButtonElement>(null);
  const progress = useMemo(() => environmentProgress(catalogue, env), [env]);
  const method = env.method === null ? null : lookup.method(env.method);
  const name = environmentName(env);
  const headingId = `environment-${env.id}-name`;
  // Each card has the same buttons: the accessible name says which assessment or environment they act on.
  const on = (action: string) => `${action}${t('targetSuffix', { name })}`;

  const closeRename = () => {
    setRenaming(false);
    requestAnimationFrame(() => renameButton.current?.focus());
  };

  return (
    <article className="environment-card" aria-labelledby={headingId}>
      {renaming && (
        <RenameForm
          initial={env.name}
          onCancel={closeRename}
          onSave={(next) => {
            useAppStore.getState().renameEnvironment(assessmentId, env.id, next);
            closeRename();
          }}
        />
      )}
      <h3 id={headingId} className={renaming ? 'visually-hidden' : 'environment-card__name'}>
        {name}
      </h3>
      <p className="environment-card__method">
        <span className="environment-card__label">{t('overview.method')}</span>{' '}
        {method ? (
          <>
            <MethodBadge id={method.id} /> <span>{tx(method.name)}</span>
          </>
        ) : (
          <span className="environment-card__no-method">{t('overview.noMethod')}</span>
        )}
      </p>
      <ProgressFigures progress={progress} compact />
      <div className="environment-card__actions">
        {method ? (
          <>
            <Link
              aria-label={on(t('overview.openChecklist'))}
              to={routes.checklist(assessmentId, env.id)}
              className="button button--small button--primary"
            >
              {t('overview.openChecklist')}
            </Link>
            <Link
              aria-label={on(t('overview.changeMethod'))}
              to={routes.pick(assessmentId, env.id)}
              className="button button--small"
            >
              {t('overview.changeMethod')}
            </Link>
          </>
        ) : (
          <Link
            aria-label={on(t('overview.pickMethod'))}
            to={routes.pick(assessmentId, env.id)}
            className="button button--small button--primary"
          >
            {t('overview.pickMethod')}
          </Link>
        )}
        <button
          aria-label={on(t('actions.rename'))}
          ref={renameButton}
          type="button"
          className="button button--small button--secondary"
          onClick={() => setRenaming(true)}
          disabled={renaming || locked}
        >
          {t('actions.rename')}
        </button>
        <button
          aria-label={on(tc('actions.delete'))}
          type="button"
          className="button button--small button--danger"
          disabled={locked}
          onClick={() => onRemove(env)}
        >
          {tc('actions.delete')}
        </button>
      </div>
    </article>
  );
}

function AddEnvironmentForm({ assessment }: { assessment: Assessment }) {
  const { t } = useTranslation('assessments');
  const [name, setName] = useState('');
  const [error, setError] = useState<'empty' | 'limit' | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const id = useId();
  const full = assessment.environments.length >= MAX_ENVIRONMENTS;
  const locked = isReadOnly(assessment);
  const taken = new Set(assessment.environments.map((e) => e.name.trim()));
  const suggestions = [t('overview.suggestion1'), t('overview.suggestion2')].filter((s) => !taken.has(s));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) {
      setError('empty');
      inputRef.current?.focus();
      return;
    }
    const eid = useAppStore.getState().addEnvironment(assessment.id, trimmed);
    if (!eid) {
      setError('limit');
      return;
    }
    navigate(routes.pick(assessment.id, eid));
  };

  return (
    <section className="panel add-environment" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('overview.addHeading')}</h2>
      {full ? (
        <p>{t('overview.addLimit', { count: MAX_ENVIRONMENTS })}</p>
      ) : (
        <form onSubmit={submit} noValidate>
          <fieldset className="locked-fieldset" role="presentation" disabled={locked}>
            <div className="field">
              <label htmlFor={id}>{t('overview.addLabel')}</label>
              <span id={`${id}-hint`} className="field__hint">
                {t('overview.addHint')}
              </span>
              <input
                ref={inputRef}
                id={id}
                type="text"
                value={name}
                maxLength={NAME_MAX_LENGTH}
                autoComplete="off"
                aria-invalid={error !== null || undefined}
                aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
                onChange={(e) => {
                  setName(e.target.value);
                  if (e.target.value.trim()) setError(null);
                }}
              />
              {error && (
                <span id={`${id}-error`} className="field__error">
                  {error === 'empty'
                    ? t('overview.addEmpty')
                    : t('overview.addLimit', { count: MAX_ENVIRONMENTS })}
                </span>
              )}
            </div>
            {suggestions.length > 0 && (
              <p className="suggestions">
                <span>{t('overview.suggestions')}</span>
                {suggestions.map((s) => (
                  <button
                    key={s}
                    type="button"
                    className="suggestion"
                    aria-label={t('overview.useSuggestion', { name: s })}
                    onClick={() => {
                      setName(s);
                      setError(null);
                      inputRef.current?.focus();
                    }}
                  >
                    {s}
                  </button>
                ))}
              </p>
            )}
            <button type="submit" className="button button--primary">
              {t('overview.addSubmit')}
            </button>
          </fieldset>
        </form>
      )}
    </section>
  );
}

function Missing() {
  const { t } = useTranslation('assessments');
  return (
    <>
      <UndoBanner />
      <NotFoundPanel
        title={t('overview.missingTitle')}
        body={t('overview.missingBody')}
        to={routes.assessments()}
        linkLabel={t('overview.backToList')}
      />
    </>
  );
}

/** `#/a/<aid>`: an assessment's details, its environments with their methods and progress, and what to do next. */
export function AssessmentScreen({ assessmentId }: { assessmentId: string }) {
  const { t } = useTranslation('assessments');
  const { t: tc } = useTranslation();
  const { assessmentName, environmentName } = useDisplayNames();
  const dates = useDateFormats();
  const assessment = useAppStore(assessmentById(assessmentId));
  const progress = useMemo(
    () => (assessment ? assessmentProgress(catalogue, assessment) : null),
    [assessment],
  );
  const [removing, setRemoving] = useState<Environment | null>(null);
  const [resetting, setResetting] = useState(false);
  const [finalising, setFinalising] = useState(false);
  const reopenButton = useRef<HTMLButtonElement>(null);

  if (!assessment || !progress) return <Missing />;
  const name = assessmentName(assessment);
  const locked = isReadOnly(assessment);

  return (
    <div className="assessment-screen">
      <nav aria-label={t('overview.breadcrumb')} className="breadcrumb">
        <ol>
          <li>
            <Link to={routes.assessments()}>{t('overview.backToList')}</Link>
          </li>
          <li aria-current="page">{name}</li>
        </ol>
      </nav>
      <h1>{name}</h1>
      <p className="assessment-screen__changed">
        <time dateTime={isoDateTime(assessment.updatedAt)}>
          {t('lastChanged', { date: dates.dateTime(assessment.updatedAt) })}
        </time>
      </p>
      <UndoBanner />
      {assessment.finalisedAt !== undefined && (
        <FinalisedNotice finalisedAt={assessment.finalisedAt}>
          <button
            ref={reopenButton}
            type="button"
            className="button button--secondary"
            onClick={() => useAppStore.getState().reopenAssessment(assessment.id)}
          >
            {tc('finalised.reopen')}
          </button>
        </FinalisedNotice>
      )}

      {assessment.environments.length > 0 && (
        <section aria-labelledby="assessment-progress-title">
          <h2 id="assessment-progress-title">{t('overview.progressHeading')}</h2>
          <ProgressFigures progress={progress} />
        </section>
      )}

      <section aria-labelledby="assessment-environments-title">
        <h2 id="assessment-environments-title">{t('overview.environmentsHeading')}</h2>
        <p>{t('overview.environmentsLead')}</p>
        {assessment.environments.length === 0 ? (
          <p className="panel">{t('overview.noEnvironments')}</p>
        ) : (
          <ul className="environment-list" aria-label={t('overview.environmentsLabel')}>
            {assessment.environments.map((env) => (
              <li key={env.id}>
                <EnvironmentCard
                  assessmentId={assessment.id}
                  env={env}
                  locked={locked}
                  onRemove={setRemoving}
                />
              </li>
            ))}
          </ul>
        )}
      </section>

      <AddEnvironmentForm assessment={assessment} />

      <section aria-labelledby="assessment-results-title">
        <h2 id="assessment-results-title">{t('overview.resultsHeading')}</h2>
        <p>{t('overview.resultsLead')}</p>
        <ul className="link-list">
          <li>
            <Link to={routes.summary(assessment.id)}>{t('overview.summary')}</Link>
          </li>
          <li>
            <Link to={routes.report(assessment.id)}>{t('overview.report')}</Link>
          </li>
          <li>
            <Link to={routes.plan(assessment.id)}>{t('overview.plan')}</Link>
          </li>
        </ul>
      </section>

      <ReviewCyclePanel assessment={assessment} />

      <CalendarChoice />
      <ShareAndExport assessmentId={assessment.id} />
      <BackupStatus assessment={assessment} />

      <section className="panel assessment-details" aria-labelledby="assessment-details-title">
        <h2 id="assessment-details-title">{t('overview.detailsHeading')}</h2>
        <p className="assessment-details__autosave">{t('overview.autosave')}</p>
        <div className="assessment-details__fields">
          <DetailInput
            assessment={assessment}
            field="name"
            label={t('overview.nameLabel')}
            hint={t('overview.nameHint')}
          />
          <DetailInput
            assessment={assessment}
            field="organisation"
            label={t('overview.organisationLabel')}
            hint={t('overview.organisationHint')}
          />
          <DetailInput
            assessment={assessment}
            field="assessor"
            label={t('overview.assessorLabel')}
            hint={t('overview.assessorHint')}
          />
          <NextReviewInput assessment={assessment} />
        </div>
        <ReviewSchedule assessment={assessment} />
      </section>

      {locked ? null : (
        <section className="panel assessment-finalise" aria-labelledby="assessment-finalise-title">
          <h2 id="assessment-finalise-title">{t('overview.finaliseHeading')}</h2>
          <p>{t('overview.finaliseLead')}</p>
          <button type="button" className="button button--primary" onClick={() => setFinalising(true)}>
            {t('overview.finalise')}
          </button>
        </section>
      )}

      <section aria-labelledby="assessment-manage-title" className="assessment-manage">
        <h2 id="assessment-manage-title">{t('overview.manageHeading')}</h2>
        <div className="button-row">
          <button
            type="button"
            className="button button--secondary"
            disabled={locked}
            onClick={() => setResetting(true)}
          >
            {t('actions.reset')}
          </button>
          <button
            type="button"
            className="button button--danger"
            onClick={() => {
              useAppStore.getState().deleteAssessment(assessment.id);
              navigate(routes.assessments());
            }}
          >
            {t('overview.delete')}
          </button>
        </div>
      </section>

      <ConfirmDialog
        open={removing !== null}
        title={t('removeEnvironmentDialog.title')}
        confirmLabel={t('removeEnvironmentDialog.confirm')}
        cancelLabel={tc('actions.cancel')}
        onCancel={() => setRemoving(null)}
        onConfirm={() => {
          if (removing) useAppStore.getState().removeEnvironment(assessment.id, removing.id);
          setRemoving(null);
        }}
      >
        <p>
          {t('removeEnvironmentDialog.body', {
            name: removing ? environmentName(removing) : '',
          })}
        </p>
      </ConfirmDialog>
      <ConfirmDialog
        open={resetting}
        title={t('resetDialog.title')}
        confirmLabel={t('resetDialog.confirm')}
        cancelLabel={tc('actions.cancel')}
        onCancel={() => setResetting(false)}
        onConfirm={() => {
          useAppStore.getState().resetAssessment(assessment.id);
          setResetting(false);
        }}
      >
        <p>{t('resetDialog.body', { name })}</p>
      </ConfirmDialog>
      <ConfirmDialog
        open={finalising}
        title={t('finaliseDialog.title')}
        confirmLabel={t('finaliseDialog.confirm')}
        cancelLabel={tc('actions.cancel')}
        onCancel={() => setFinalising(false)}
        onConfirm={() => {
          useAppStore.getState().finaliseAssessment(assessment.id);
          setFinalising(false);
          // The finalise button has gone; focus moves to the notice that replaced it.
          requestAnimationFrame(() => reopenButton.current?.focus());
        }}
      >
        <p>{t('finaliseDialog.body', { name })}</p>
      </ConfirmDialog>
    </div>
  );
}
