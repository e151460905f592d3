import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScopedItem } from '../../domain/applicability';
import { isReadOnly, type Assessment, type Environment } from '../../domain/assessment';
import { useAppStore } from '../../state/store';
import '../../ui/review.css';

/**
 * In a review started from the previous one: how many carried-over answers of this environment are not
 * confirmed yet, and one button to confirm every one that has not changed.
 */
export function CarriedOverSummary({
  assessment,
  env,
  scoped,
}: {
  assessment: Assessment;
  env: Environment;
  scoped: readonly ScopedItem[];
}) {
  const { t } = useTranslation('review');
  const [message, setMessage] = useState('');
  const carried = scoped.flatMap((s) => (s.carriedOver === undefined ? [] : [s.item.id]));
  if (carried.length === 0)
    return message ? (
      <p role="status" className="carried-summary__done">
        {message}
      </p>
    ) : null;
  return (
    <section className="carried-summary" aria-labelledby="carried-summary-title">
      <h2 id="carried-summary-title" className="carried-summary__title">
        <span aria-hidden="true">↺ </span>
        {t('carried.mark')}
      </h2>
      <p>{t('carried.summary', { count: carried.length })}</p>
      <button
        type="button"
        className="button button--secondary"
        disabled={isReadOnly(assessment)}
        onClick={() => {
          useAppStore.getState().confirmCarriedOver(assessment.id, env.id, carried);
          setMessage(t('carried.confirmAllDone', { count: carried.length }));
        }}
      >
        {t('carried.confirmAll', { count: carried.length })}
      </button>
    </section>
  );
}
