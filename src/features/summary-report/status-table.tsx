import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { percent, type Tally } from '../../domain/progress';
import { ScrollRegion } from '../../ui/scroll-region';
import { RateChange } from '../../ui/rate-change';

export interface TableRow {
  key: string;
  label: string;
  tally: Tally;
}

export interface TableGroup {
  key: string;
  /** The group's name, spanning its rows; null for a table of single rows. */
  label: string | null;
  rows: TableRow[];
}

/**
 * The figures behind a StatusChart, as a table. Grouped rows (an environment and its ◎/○ lines) share one
 * row-group header, so a screen reader announces both headers for every cell.
 */
export function StatusTable({
  caption,
  groupHeader,
  rowHeader,
  groups,
  change,
}: {
  caption: string;
  /**
   * The 前回比 column: the change in the done rate since the previous review, by row key (null: nothing to
   * compare). The column is left out when this is omitted.
   */
  change?: { header: string; of: (rowKey: string) => number | null };
  /** The heading of the group column; omit when no group has a label. */
  groupHeader?: string;
  rowHeader: string;
  groups: TableGroup[];
}) {
  const { t } = useTranslation(['report', 'checklist']);
  const captionId = useId();
  const grouped = groupHeader !== undefined;
  return (
    <ScrollRegion labelledBy={captionId} className="table-scroll--figures">
      <table className="status-table">
        <caption id={captionId}>{caption}</caption>
        <thead>
          <tr>
            {grouped ? <th scope="col">{groupHeader}</th> : null}
            <th scope="col">{rowHeader}</th>
            <th scope="col">{t('table.total')}</th>
            <th scope="col">{t('checklist:status.done')}</th>
            <th scope="col">{t('checklist:status.partial')}</th>
            <th scope="col">{t('checklist:status.not-done')}</th>
            <th scope="col">{t('checklist:status.unknown')}</th>
            <th scope="col">{t('checklist:status.risk-accepted')}</th>
            <th scope="col">{t('checklist:status.unanswered')}</th>
            <th scope="col">{t('table.rate')}</th>
            <th scope="col">{t('table.na')}</th>
            {change ? <th scope="col">{change.header}</th> : null}
          </tr>
        </thead>
        {groups.map((g) => (
          <tbody key={g.key}>
            {g.rows.map((r, i) => (
              <tr key={r.key}>
                {grouped && i === 0 ? (
                  <th scope="rowgroup" rowSpan={g.rows.length} className="status-table__group">
                    {g.label}
                  </th>
                ) : null}
                <th scope="row" className={grouped ? 'status-table__sub' : undefined}>
                  {r.label}
                </th>
                <td>{r.tally.total}</td>
                <td>{r.tally.done}</td>
                <td>{r.tally.partial}</td>
                <td>{r.tally.notDone}</td>
                <td>{r.tally.unknown}</td>
                <td>{r.tally.riskAccepted}</td>
                <td>{r.tally.unanswered}</td>
                <td>
                  {r.tally.total === 0
                    ? t('table.noRate')
                    : t('table.percent', { percent: percent(r.tally.done, r.tally.total) })}
                </td>
                <td>{r.tally.na}</td>
                {change ? (
                  <td>
                    <RateChange change={change.of(r.key)} />
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </ScrollRegion>
  );
}
