import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { lookup } from '../../catalogue';
import type { Environment } from '../../domain/assessment';
import type { Priority } from '../../domain/catalogue-schema';
import { percent, type Progress, type Tally } from '../../domain/progress';
import type { AssessmentSummary, Breakdown } from '../../domain/summary';
import { useLocalized } from '../../ui/use-localized';
import { circled } from '../../ui/method-badge';
import { StatusChart, type ChartGroup } from './status-chart';
import { StatusTable, type TableGroup } from './status-table';
import { useDisplayNames } from '../../ui/use-display-names';
import type { ReviewComparison } from '../../domain/review-compare';

/**
 * The 前回比 of each row of the summary tables, by the row keys SummaryFigures gives them: `overall-…` and
 * `<environment id>-…` (all / ◎ / ○), `category-<id>`, `threat-<id>`.
 */
function previousChange(comparison: ReviewComparison, header: string) {
  const of = (key: string): number | null => {
    if (key.startsWith('category-'))
      return comparison.byCategory.find((r) => `category-${r.key}` === key)?.change ?? null;
    if (key.startsWith('threat-'))
      return comparison.byThreat.find((r) => `threat-${r.key}` === key)?.change ?? null;
    const cut = key.lastIndexOf('-');
    const [group, part] = [key.slice(0, cut), key.slice(cut + 1)] as [string, 'all' | Priority];
    if (group === 'overall')
      return part === 'all'
        ? comparison.overall.change
        : (comparison.byPriority.find((r) => r.key === part)?.change ?? null);
    return comparison.pairs.find((p) => p.after.id === group)?.rates[part]?.change ?? null;
  };
  return { header, of };
}

const PRIORITIES: readonly Priority[] = ['◎', '○'];

/** "社用ノートPC（方式①）": how an environment is named in the summary and the report. */
export function useEnvironmentLabel(): (env: Environment) => string {
  const { t } = useTranslation(['report', 'common']);
  const { environmentName } = useDisplayNames();
  return (env) => {
    const name = environmentName(env);
    return env.method === null
      ? t('environmentNoMethod', { name })
      : t('environmentLabel', { name, method: t('common:method.label', { number: circled(env.method) }) });
  };
}

function HeadlineFigure({ label, progress }: { label: string; progress: Tally }) {
  const { t } = useTranslation('report');
  return (
    <div className="headline__figure">
      <dt>{label}</dt>
      <dd>
        <span className="headline__percent">
          {t('table.percent', { percent: percent(progress.done, progress.total) })}
        </span>
        <span className="headline__detail">
          {t('headline.count', { done: progress.done, total: progress.total })}
        </span>
      </dd>
    </div>
  );
}

type Heading = 'h2' | 'h3';

/**
 * The figures of an assessment: the headline, implementation per environment (◎ and ○ apart), per category
 * and per threat, each as a chart and as a table with the same numbers. Used by the summary screen and the
 * printed report.
 */
export function SummaryFigures({
  summary,
  heading: H,
  breakdownFor,
  breakdownLabel,
  breakdownControl,
  comparison,
}: {
  summary: AssessmentSummary;
  heading: Heading;
  /** The counts the category and threat figures show: all environments, or one. */
  breakdownFor: Breakdown;
  /** Says which environments breakdownFor covers, in the chart titles. */
  breakdownLabel: string;
  /** Lets the reader change breakdownFor (on screen only). */
  breakdownControl?: ReactNode;
  /** The comparison with the previous review: adds a 前回比 column (breakdownFor must be the whole assessment). */
  comparison?: ReviewComparison | null;
}) {
  const { t } = useTranslation(['report', 'common', 'review']);
  const { tx } = useLocalized();
  const envLabel = useEnvironmentLabel();
  const priorityLabel = (p: Priority) => t(`common:priority.${p}`);

  const counted = summary.environments.filter((e) => e.environment.method !== null);
  const pending = summary.environments.filter((e) => e.environment.method === null);
  const overall = summary.overall.progress;
  const followUp = summary.todo.filter((e) => e.followUp).length;

  const priorityRows = (key: string, progress: Progress) =>
    PRIORITIES.map((p) => ({ key: `${key}-${p}`, label: priorityLabel(p), tally: progress.byPriority[p] }));
  const envGroups: { key: string; label: string; progress: Progress }[] = [
    ...(counted.length > 1 ? [{ key: 'overall', label: t('chart.overall'), progress: overall }] : []),
    ...counted.map((e) => ({ key: e.environment.id, label: envLabel(e.environment), progress: e.progress })),
  ];
  const envChart: ChartGroup[] = envGroups.map((g) => ({
    key: g.key,
    label: g.label,
    rows: priorityRows(g.key, g.progress),
  }));
  const envTable: TableGroup[] = envGroups.map((g) => ({
    key: g.key,
    label: g.label,
    rows: [
      { key: `${g.key}-all`, label: t('table.allPriorities'), tally: g.progress },
      ...priorityRows(g.key, g.progress),
    ],
  }));

  const change = comparison ? previousChange(comparison, t('review:compare.change')) : undefined;
  const categoryRows = breakdownFor.byCategory.map((c) => {
    const category = lookup.category(c.categoryId);
    return {
      key: `category-${c.categoryId}`,
      label: category ? tx(category.name) : String(c.categoryId),
      tally: c.progress,
    };
  });
  const threatRows = breakdownFor.byThreat.map((th) => {
    const threat = lookup.threat(th.threatId);
    return {
      key: `threat-${th.threatId}`,
      label: threat ? tx(threat.name) : th.threatId,
      tally: th.progress,
    };
  });

  return (
    <div className="summary-figures">
      <dl className="headline">
        {PRIORITIES.map((p) => (
          <HeadlineFigure
            key={p}
            label={t('headline.implemented', { priority: priorityLabel(p) })}
            progress={overall.byPriority[p]}
          />
        ))}
        <div className="headline__figure">
          <dt>{t('headline.todo')}</dt>
          <dd>
            <span className="headline__percent">{t('headline.todoCount', { n: summary.todo.length })}</span>
            <span className="headline__detail">{t('headline.followUp', { n: followUp })}</span>
          </dd>
        </div>
      </dl>
      <p className="summary-figures__note">{t('headline.note', { na: overall.na })}</p>
      {counted.length > 1 ? <p className="summary-figures__note">{t('headline.sumNote')}</p> : null}
      {pending.length > 0 ? (
        <p className="panel panel--warn">
          {t('pendingEnvironments', {
            names: pending.map((e) => envLabel(e.environment)).join(t('listSeparator')),
          })}
        </p>
      ) : null}

      <section className="summary-figures__section" aria-labelledby="figures-environments">
        <H id="figures-environments">{t('chart.byEnvironment')}</H>
        <StatusChart title={t('chart.byEnvironment')} groups={envChart} />
        <StatusTable
          caption={t('table.caption', { title: t('chart.byEnvironment') })}
          groupHeader={t('table.environment')}
          rowHeader={t('table.priority')}
          groups={envTable}
          change={change}
        />
      </section>

      {breakdownControl}

      <section className="summary-figures__section" aria-labelledby="figures-categories">
        <H id="figures-categories">
          {t('chart.titleFor', { title: t('chart.byCategory'), scope: breakdownLabel })}
        </H>
        <StatusChart
          title={t('chart.titleFor', { title: t('chart.byCategory'), scope: breakdownLabel })}
          groups={[{ key: 'categories', label: null, rows: categoryRows }]}
        />
        <StatusTable
          caption={t('table.caption', {
            title: t('chart.titleFor', { title: t('chart.byCategory'), scope: breakdownLabel }),
          })}
          rowHeader={t('table.category')}
          groups={[{ key: 'categories', label: null, rows: categoryRows }]}
          change={change}
        />
      </section>

      <section className="summary-figures__section" aria-labelledby="figures-threats">
        <H id="figures-threats">
          {t('chart.titleFor', { title: t('chart.byThreat'), scope: breakdownLabel })}
        </H>
        <p className="summary-figures__note">{t('chart.threatNote')}</p>
        <StatusChart
          title={t('chart.titleFor', { title: t('chart.byThreat'), scope: breakdownLabel })}
          groups={[{ key: 'threats', label: null, rows: threatRows }]}
        />
        <StatusTable
          caption={t('table.caption', {
            title: t('chart.titleFor', { title: t('chart.byThreat'), scope: breakdownLabel }),
          })}
          rowHeader={t('table.threat')}
          groups={[{ key: 'threats', label: null, rows: threatRows }]}
          change={change}
        />
      </section>
    </div>
  );
}
