import { useTranslation } from 'react-i18next';
import { catalogue } from '../../catalogue';
import { localDateStamp, startOfLocalDate } from '../../domain/dates';
import type { Assessment } from '../../domain/assessment';
import { acceptedRisks, planRows } from '../../domain/plan';
import { useDateFormat } from '../../ui/print-parts';
import { useDisplayNames } from '../../ui/use-display-names';
import { useLocalized } from '../../ui/use-localized';

/**
 * The report's 改善計画: every planned action (◎ first, then by due date) with its owner, due date and state,
 * overdue ones marked in words, and the accepted risks with their reason and approver.
 */
export function ReportPlan({ assessment, printedAt }: { assessment: Assessment; printedAt: number }) {
  const { t } = useTranslation(['report', 'checklist']);
  const { tx } = useLocalized();
  const { environmentName } = useDisplayNames();
  const formats = useDateFormat();
  const today = localDateStamp(printedAt);
  const rows = planRows(catalogue, assessment, today);
  const risks = acceptedRisks(catalogue, assessment);
  const envName = (id: string) => {
    const env = assessment.environments.find((e) => e.id === id);
    return env ? environmentName(env) : '';
  };
  const none = t('plan.none');

  return (
    <section className="print-doc__section print-doc__section--new-page" aria-labelledby="report-plan">
      <h2 id="report-plan">{t('plan.title')}</h2>
      {rows.length === 0 ? (
        <p>{t('plan.empty')}</p>
      ) : (
        <table className="report-plan">
          <caption className="visually-hidden">{t('plan.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('plan.number')}</th>
              <th scope="col">{t('plan.action')}</th>
              <th scope="col">{t('plan.owner')}</th>
              <th scope="col">{t('plan.due')}</th>
              <th scope="col">{t('plan.state')}</th>
              <th scope="col">{t('plan.environments')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.item.id}>
                <th scope="row">
                  {r.item.id} {r.item.priority}
                </th>
                <td>{r.plan.action.trim() || tx(r.item.text)}</td>
                <td>{r.plan.owner.trim() || none}</td>
                <td>
                  {r.plan.dueOn ? formats.date(startOfLocalDate(r.plan.dueOn)) : none}
                  {r.overdue ? ` ${t('plan.overdue')}` : ''}
                </td>
                <td>{t(`checklist:plan.state.${r.plan.state}`)}</td>
                <td>{r.environments.map((o) => envName(o.environmentId)).join(t('listSeparator'))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3>{t('plan.risksTitle')}</h3>
      {risks.length === 0 ? (
        <p>{t('plan.noRisks')}</p>
      ) : (
        <table className="report-plan">
          <caption className="visually-hidden">{t('plan.risksTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('plan.number')}</th>
              <th scope="col">{t('plan.environment')}</th>
              <th scope="col">{t('plan.reason')}</th>
              <th scope="col">{t('plan.approver')}</th>
            </tr>
          </thead>
          <tbody>
            {risks.map((r) => (
              <tr key={`${r.environmentId}-${r.item.id}`}>
                <th scope="row">{r.item.id}</th>
                <td>{envName(r.environmentId)}</td>
                <td>{r.reason || none}</td>
                <td>{r.approver || none}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
