import { useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { catalogue, lookup } from '../../catalogue';
import { NAME_MAX_LENGTH, type Assessment } from '../../domain/assessment';
import { assessmentProgress } from '../../domain/progress';
import { useAppStore } from '../../state/store';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { MethodBadge } from '../../ui/method-badge';
import { ProgressFigures } from './progress-figures';
import { RenameForm } from './rename-form';
import { UndoBanner } from './undo-banner';
import { ImportFromFile } from './import-from-file';
import { SeriesLine } from './review-cycle';
import { groupSeries } from '../../domain/review-series';
import { isoDateTime, useDateFormats } from '../../ui/format-date';
import { Link, navigate } from '../../ui/router';
import { useLocalized } from '../../ui/use-localized';
import './assessments.css';
import { routes } from '../../routes';
import { useDisplayNames } from '../../ui/use-display-names';

/** The name field of the create form, filled with a sensible name so that creating is a single press. */
function CreateForm({ first }: { first: boolean }) {
  const { t } = useTranslation('assessments');
  const dates = useDateFormats();
  const [name, setName] = useState(() => t('defaultName', { date: dates.fiscalYear(Date.now()) }));
  const [error, setError] = useState(false);
  const inputId = useId();
  const hintId = useId();
  const errorId = useId();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) {
      setError(true);
      return;
    }
    const id = useAppStore.getState().createAssessment(trimmed);
    navigate(routes.assessment(id));
  };

  return (
    <section
      className={first ? 'panel create-assessment create-assessment--first' : 'panel create-assessment'}
      aria-labelledby={`${inputId}-heading`}
    >
      <h2 id={`${inputId}-heading`}>{first ? t('create.firstHeading') : t('create.heading')}</h2>
      {first && <p>{t('create.firstLead')}</p>}
      <form onSubmit={submit} noValidate className="create-assessment__form">
        <div className="field">
          <label htmlFor={inputId}>{t('create.nameLabel')}</label>
          <span id={hintId} className="field__hint">
            {t('create.nameHint')}
          </span>
          <input
            id={inputId}
            type="text"
            value={name}
            maxLength={NAME_MAX_LENGTH}
            autoComplete="off"
            aria-describedby={error ? `${hintId} ${errorId}` : hintId}
            aria-invalid={error || undefined}
            onChange={(e) => {
              setName(e.target.value);
              if (e.target.value.trim()) setError(false);
            }}
          />
          {error && (
            <span id={errorId} className="field__error">
              {t('rename.empty')}
            </span>
          )}
        </div>
        <button type="submit" className="button button--primary">
          {t('create.submit')}
        </button>
      </form>
    </section>
  );
}

function AssessmentCard({
  assessment,
  earlier = [],
  onAnnounce,
  onReset,
}: {
  assessment: Assessment;
  /** The earlier reviews of its series, oldest first: the list shows a series as its latest review. */
  earlier?: readonly Assessment[];
  onAnnounce: (message: string) => void;
  onReset: (a: Assessment) => void;
}) {
  const { t } = useTranslation('assessments');
  const { t: tc } = useTranslation();
  const { assessmentName, environmentName } = useDisplayNames();
  const { tx } = useLocalized();
  const dates = useDateFormats();
  const [renaming, setRenaming] = useState(false);
  const renameButton = useRef<HTMLButtonElement>(null);
  const progress = useMemo(() => assessmentProgress(catalogue, assessment), [assessment]);
  const name = assessmentName(assessment);
  const headingId = `assessment-${assessment.id}-name`;
  // Each card has the same buttons: the accessible name says which assessment or environment they act on.
  const on = (action: string) => `${action}${t('targetSuffix', { name })}`;

  const closeRename = () => {
    setRenaming(false);
    requestAnimationFrame(() => renameButton.current?.focus());
  };

  return (
    <article className="assessment-card" aria-labelledby={headingId}>
      {renaming ? (
        <RenameForm
          initial={assessment.name}
          onCancel={closeRename}
          onSave={(next) => {
            useAppStore.getState().updateAssessmentDetails(assessment.id, { name: next });
            onAnnounce(t('announce.renamed', { name: next }));
            closeRename();
          }}
        />
      ) : null}
      <h2 id={headingId} className={renaming ? 'visually-hidden' : 'assessment-card__name'}>
        <Link to={routes.assessment(assessment.id)}>{name}</Link>
      </h2>
      <p className="assessment-card__changed">
        <time dateTime={isoDateTime(assessment.updatedAt)}>
          {t('lastChanged', { date: dates.dateTime(assessment.updatedAt) })}
        </time>
      </p>
      {(assessment.organisation.trim() || assessment.assessor.trim()) && (
        <dl className="assessment-card__meta">
          {assessment.organisation.trim() && (
            <div>
              <dt>{t('list.organisation')}</dt>
              <dd>{assessment.organisation}</dd>
            </div>
          )}
          {assessment.assessor.trim() && (
            <div>
              <dt>{t('list.assessor')}</dt>
              <dd>{assessment.assessor}</dd>
            </div>
          )}
        </dl>
      )}
      <SeriesLine latest={assessment} earlier={earlier} />
      <h3 className="assessment-card__subheading">{t('list.environments')}</h3>
      {assessment.environments.length === 0 ? (
        <p className="assessment-card__empty">{t('list.noEnvironments')}</p>
      ) : (
        <ul className="environment-lines">
          {assessment.environments.map((e) => {
            const method = e.method === null ? null : lookup.method(e.method);
            return (
              <li key={e.id}>
                <span className="environment-lines__name">{environmentName(e)}</span>
                {method ? (
                  <span className="environment-lines__method">
                    <MethodBadge id={method.id} /> {tx(method.name)}
                  </span>
                ) : (
                  <span className="environment-lines__method environment-lines__method--none">
                    {t('overview.noMethod')}
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <h3 className="assessment-card__subheading">{t('progress.label')}</h3>
      <ProgressFigures progress={progress} compact />
      <div className="assessment-card__actions">
        <Link
          aria-label={on(t('list.open'))}
          to={routes.assessment(assessment.id)}
          className="button button--small button--primary"
        >
          {t('list.open')}
        </Link>
        <button
          aria-label={on(t('actions.rename'))}
          ref={renameButton}
          type="button"
          className="button button--small"
          onClick={() => setRenaming(true)}
          disabled={renaming}
        >
          {t('actions.rename')}
        </button>
        <button
          aria-label={on(t('actions.duplicate'))}
          type="button"
          className="button button--small"
          onClick={() => {
            const copyName = t('copyName', { name });
            useAppStore.getState().duplicateAssessment(assessment.id, copyName);
            onAnnounce(t('announce.duplicated', { name: copyName }));
          }}
        >
          {t('actions.duplicate')}
        </button>
        <button
          aria-label={on(t('actions.reset'))}
          type="button"
          className="button button--small button--secondary"
          onClick={() => onReset(assessment)}
        >
          {t('actions.reset')}
        </button>
        <button
          aria-label={on(tc('actions.delete'))}
          type="button"
          className="button button--small button--danger"
          onClick={() => useAppStore.getState().deleteAssessment(assessment.id)}
        >
          {tc('actions.delete')}
        </button>
      </div>
    </article>
  );
}

/** `#/assessments`: every saved assessment, newest change first, and the way to start a new one. */
export function AssessmentsScreen() {
  const { t } = useTranslation('assessments');
  const { t: tc } = useTranslation();
  const { assessmentName } = useDisplayNames();
  const assessments = useAppStore((s) => s.assessments);
  // A series of reviews is one card, its latest review's; the earlier ones are linked from it.
  const sorted = useMemo(
    () =>
      groupSeries(assessments)
        .map((g) => ({ latest: g.reviews.at(-1)!, earlier: g.reviews.slice(0, -1) }))
        .sort((a, b) => b.latest.updatedAt - a.latest.updatedAt),
    [assessments],
  );
  const [announcement, setAnnouncement] = useState('');
  const [resetting, setResetting] = useState<Assessment | null>(null);

  return (
    <div className="assessments-screen">
      <h1>{t('list.title')}</h1>
      <p className="lead">{t('list.lead')}</p>
      <UndoBanner />
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
      {sorted.length === 0 ? (
        <CreateForm first />
      ) : (
        <>
          <CreateForm first={false} />
          <p className="assessments-screen__count">{t('list.count', { count: assessments.length })}</p>
          <ul className="assessment-list" aria-label={t('list.label')}>
            {sorted.map(({ latest, earlier }) => (
              <li key={latest.id}>
                <AssessmentCard
                  assessment={latest}
                  earlier={earlier}
                  onAnnounce={setAnnouncement}
                  onReset={setResetting}
                />
              </li>
            ))}
          </ul>
        </>
      )}
      <ImportFromFile />
      <ConfirmDialog
        open={resetting !== null}
        title={t('resetDialog.title')}
        confirmLabel={t('resetDialog.confirm')}
        cancelLabel={tc('actions.cancel')}
        onCancel={() => setResetting(null)}
        onConfirm={() => {
          if (resetting) useAppStore.getState().resetAssessment(resetting.id);
          setResetting(null);
        }}
      >
        <p>{t('resetDialog.body', { name: resetting ? assessmentName(resetting) : '' })}</p>
      </ConfirmDialog>
    </div>
  );
}
