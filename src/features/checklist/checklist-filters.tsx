import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { catalogue } from '../../catalogue';
import type { Priority, ThreatId } from '../../domain/catalogue-schema';
import {
  NO_FILTER,
  isUnfiltered,
  type ChecklistFilter,
  type FilterCounts,
} from '../../domain/checklist-filter';
import { useLocalized } from '../../ui/use-localized';

const categoryName = new Map(catalogue.categories.map((c) => [c.id, c.name]));
const threatName = new Map(catalogue.threats.map((t) => [t.id, t.name]));
const PRIORITIES: readonly Priority[] = ['◎', '○'];

interface Props {
  filter: ChecklistFilter;
  counts: FilterCounts;
  onChange: (filter: ChecklistFilter) => void;
}

/** Priority, category, threat and "still open only", each option with the number of items it would show. */
export function ChecklistFilters({ filter, counts, onChange }: Props) {
  const { t } = useTranslation('checklist');
  const { tx } = useLocalized();
  const id = useId();
  const set = (patch: Partial<ChecklistFilter>) => onChange({ ...filter, ...patch });

  return (
    <section className="filters" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="filters__title">
        {t('filters.heading')}
      </h2>
      <div className="filters__grid">
        <div className="filters__field">
          <label htmlFor={`${id}-priority`}>{t('filters.priority')}</label>
          <select
            id={`${id}-priority`}
            value={filter.priority ?? ''}
            onChange={(e) => set({ priority: (e.target.value || null) as Priority | null })}
          >
            <option value="">{t('filters.any', { count: counts.priority.any })}</option>
            {PRIORITIES.map((p) => (
              <option key={p} value={p}>
                {t('filters.option', { label: p, count: counts.priority[p] })}
              </option>
            ))}
          </select>
        </div>
        <div className="filters__field">
          <label htmlFor={`${id}-category`}>{t('filters.category')}</label>
          <select
            id={`${id}-category`}
            value={filter.category ?? ''}
            onChange={(e) => set({ category: e.target.value ? Number(e.target.value) : null })}
          >
            <option value="">{t('filters.any', { count: counts.category.any })}</option>
            {[...counts.category.byId].map(([cid, n]) => {
              const name = categoryName.get(cid);
              return (
                <option key={cid} value={cid}>
                  {t('filters.option', { label: `${cid}. ${name ? tx(name) : ''}`, count: n })}
                </option>
              );
            })}
          </select>
        </div>
        <div className="filters__field">
          <label htmlFor={`${id}-threat`}>{t('filters.threat')}</label>
          <select
            id={`${id}-threat`}
            value={filter.threat ?? ''}
            onChange={(e) => set({ threat: (e.target.value || null) as ThreatId | null })}
          >
            <option value="">{t('filters.any', { count: counts.threat.any })}</option>
            {catalogue.threats
              .filter((th) => counts.threat.byId.has(th.id))
              .map((th) => {
                const name = threatName.get(th.id);
                return (
                  <option key={th.id} value={th.id}>
                    {t('filters.option', {
                      label: name ? tx(name) : th.id,
                      count: counts.threat.byId.get(th.id) ?? 0,
                    })}
                  </option>
                );
              })}
          </select>
        </div>
        <div className="filters__field filters__field--check">
          <input
            id={`${id}-open`}
            type="checkbox"
            checked={filter.openOnly}
            aria-describedby={`${id}-open-hint`}
            onChange={(e) => set({ openOnly: e.target.checked })}
          />
          <label htmlFor={`${id}-open`}>{t('filters.openOnly', { count: counts.open })}</label>
          <p id={`${id}-open-hint`} className="filters__hint">
            {t('filters.openOnlyHint')}
          </p>
        </div>
      </div>
      <div className="filters__summary">
        <p className="filters__shown" role="status">
          {t('filters.shown', { shown: counts.shown, all: counts.all })}
        </p>
        {!isUnfiltered(filter) && (
          <button
            type="button"
            className="button button--small button--secondary"
            onClick={() => onChange(NO_FILTER)}
          >
            {t('filters.clear')}
          </button>
        )}
      </div>
    </section>
  );
}
