import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { percent, type Progress } from '../../domain/progress';

function Meter({ label, value, total }: { label: string; value: number; total: number }) {
  const { t } = useTranslation('checklist');
  const pct = percent(value, total);
  return (
    <div className="meter">
      <div className="meter__text">
        <span className="meter__label">{label}</span>
        <span className="meter__value">{t('progress.value', { value, total, percent: pct })}</span>
      </div>
      {/* The numbers above carry the meaning; the bar only repeats them for the eye. */}
      <div className="meter__bar" aria-hidden="true">
        <span className="meter__fill" style={{ width: `${pct}%` }} />
      </div>
    </div>
  );
}

/** Answered and implemented counts, overall and for ◎, with 対象外 left out of the totals and shown apart. */
export function ProgressCard({ title, progress }: { title: string; progress: Progress }) {
  const { t } = useTranslation('checklist');
  const high = progress.byPriority['◎'];
  const id = useId();
  return (
    <section className="progress-card" aria-labelledby={id}>
      <h3 id={id} className="progress-card__title">
        {title}
      </h3>
      {progress.total === 0 ? (
        <p>{t('progress.nothing')}</p>
      ) : (
        <>
          <Meter label={t('progress.answered')} value={progress.answered} total={progress.total} />
          <Meter label={t('progress.done')} value={progress.done} total={progress.total} />
          {high.total > 0 && (
            <>
              <Meter label={t('progress.highAnswered')} value={high.answered} total={high.total} />
              <Meter label={t('progress.highDone')} value={high.done} total={high.total} />
            </>
          )}
        </>
      )}
      {progress.na > 0 && <p className="progress-card__na">{t('progress.na', { count: progress.na })}</p>}
    </section>
  );
}
