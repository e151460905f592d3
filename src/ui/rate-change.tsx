import { useTranslation } from 'react-i18next';
import type { ChangeKind } from '../domain/review-compare';
import './review.css';

/** A change in percentage points, signed and in words: ＋12ポイント / −3 points / ±0. "—" when unknown. */
export function RateChange({ change }: { change: number | null }) {
  const { t } = useTranslation('review');
  if (change === null) return <>{t('compare.noItems')}</>;
  if (change === 0) return <>{t('compare.noChange')}</>;
  return (
    <span className={`change-mark change-mark--${change > 0 ? 'improved' : 'worse'}`}>
      {t('compare.points', { count: Math.abs(change), sign: change > 0 ? '+' : '−' })}
    </span>
  );
}

/** A change kind as a mark and a word, so it never relies on colour. */
export function ChangeKindLabel({ kind }: { kind: ChangeKind }) {
  const { t } = useTranslation('review');
  return (
    <span className={`change-mark change-mark--${kind}`}>
      <span aria-hidden="true">{t(`kindMark.${kind}`)} </span>
      {t(`kind.${kind}`)}
    </span>
  );
}
