import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useDateFormat } from './print-parts';
import './finalised-notice.css';

/**
 * Says that the assessment is 確定 (finalised) and so read-only, with what to do to change it: the overview
 * passes its 「確定を解除」 button, other screens a link to the overview.
 */
export function FinalisedNotice({ finalisedAt, children }: { finalisedAt: number; children?: ReactNode }) {
  const { t } = useTranslation();
  const formats = useDateFormat();
  return (
    <div className="finalised-notice" role="status">
      <p className="finalised-notice__text">
        <span className="finalised-notice__mark" aria-hidden="true">
          {t('finalised.mark')}
        </span>
        {t('finalised.notice', { date: formats.date(finalisedAt) })}
      </p>
      {children}
    </div>
  );
}
