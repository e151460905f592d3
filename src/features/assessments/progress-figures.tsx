import { useTranslation } from 'react-i18next';
import { percent, type Progress } from '../../domain/progress';

/**
 * Answered and implemented counts, with ◎ apart and 対象外 shown but left out of the totals. The numbers carry
 * the meaning; the bar only repeats the answered share for the eye.
 */
export function ProgressFigures({ progress, compact = false }: { progress: Progress; compact?: boolean }) {
  const { t } = useTranslation('assessments');
  if (progress.total === 0 && progress.na === 0)
    return <p className="progress-figures__none">{t('progress.none')}</p>;
  const high = progress.byPriority['◎'];
  const answered = percent(progress.answered, progress.total);
  return (
    <div className={compact ? 'progress-figures progress-figures--compact' : 'progress-figures'}>
      <div className="progress-figures__bar" aria-hidden="true">
        <span className="progress-figures__answered" style={{ width: `${answered}%` }} />
        <span
          className="progress-figures__done"
          style={{ width: `${percent(progress.done, progress.total)}%` }}
        />
      </div>
      <dl className="progress-figures__list">
        <div>
          <dt>{t('progress.answered')}</dt>
          <dd>{t('progress.value', { value: progress.answered, total: progress.total })}</dd>
        </div>
        <div>
          <dt>{t('progress.done')}</dt>
          <dd>{t('progress.value', { value: progress.done, total: progress.total })}</dd>
        </div>
        {high.total > 0 && (
          <div>
            <dt>{t('progress.highDone')}</dt>
            <dd>{t('progress.value', { value: high.done, total: high.total })}</dd>
          </div>
        )}
        {progress.na > 0 && (
          <div>
            <dt>{t('progress.na')}</dt>
            <dd>{t('progress.naValue', { count: progress.na })}</dd>
          </div>
        )}
      </dl>
    </div>
  );
}
