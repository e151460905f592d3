import { useTranslation } from 'react-i18next';
import { catalogue, lookup } from '../../catalogue';
import type { ItemStatus } from '../../domain/assessment';
import type { Priority } from '../../domain/catalogue-schema';
import type { AssessmentSummary, TodoEntry } from '../../domain/summary';
import { Link } from '../../ui/router';
import { useLocalized } from '../../ui/use-localized';
import { ItemFootnotes } from './item-footnotes';
import { useEnvironmentLabel } from './summary-figures';
import { routes } from '../../routes';

const PRIORITIES: readonly Priority[] = ['◎', '○'];

/**
 * A status written out (`label`: its name from the `checklist` texts), with a class that gives it its colour and
 * its pattern mark. The caller translates: a report has a few hundred of these, and each component that calls
 * useTranslation costs react-i18next a copy of its instance when it mounts.
 */
export function StatusTag({ status, label }: { status: ItemStatus; label: string }) {
  return <span className={`status-tag status-tag--${status}`}>{label}</span>;
}

function Entry({
  entry,
  summary,
  assessmentId,
}: {
  entry: TodoEntry;
  summary: AssessmentSummary;
  assessmentId: string;
}) {
  const { t } = useTranslation(['report', 'common', 'checklist']);
  const { tx } = useLocalized();
  const envLabel = useEnvironmentLabel();
  const category = lookup.category(entry.item.category);
  const threats = entry.threats.map((id) => lookup.threat(id)).filter((x) => x !== undefined);
  const envById = new Map(summary.environments.map((e) => [e.environment.id, e.environment]));
  const separator = t('listSeparator');
  return (
    <li className="todo-entry">
      <p className="todo-entry__head">
        <span className="todo-entry__id">{entry.item.id}</span>
        <span className="todo-entry__category">{category ? tx(category.name) : null}</span>
        <StatusTag status={entry.status} label={t(`checklist:status.${entry.status}`)} />
        {entry.followUp ? <span className="follow-up">{t('todo.followUp')}</span> : null}
      </p>
      <p className="todo-entry__text">
        {tx(entry.item.text)}
        <ItemFootnotes item={entry.item} />
      </p>
      <dl className="todo-entry__facts">
        <div>
          <dt>{t('todo.threats')}</dt>
          <dd>{threats.map((x) => tx(x.name)).join(separator)}</dd>
        </div>
        <div>
          <dt>{t('todo.environments')}</dt>
          <dd>
            <ul className="todo-entry__environments">
              {entry.environments.map((o) => {
                const env = envById.get(o.environmentId);
                return (
                  <li key={o.environmentId}>
                    {env ? <Link to={routes.checklist(assessmentId, env.id)}>{envLabel(env)}</Link> : null}
                    {t('todo.statusSeparator')}
                    <StatusTag status={o.status} label={t(`checklist:status.${o.status}`)} />
                    {o.note.trim() ? (
                      <span className="todo-entry__note">{t('todo.note', { note: o.note.trim() })}</span>
                    ) : null}
                  </li>
                );
              })}
            </ul>
          </dd>
        </div>
        <div>
          <dt>{t('todo.guide')}</dt>
          <dd>
            <a href={catalogue.settingGuides.url} target="_blank" rel="noreferrer noopener">
              {t('todo.guideLink')}
              <span className="visually-hidden">{t('newWindow')}</span>
            </a>
            <span className="todo-entry__guide-print">{t('todo.guidePrint')}</span>
          </dd>
        </div>
      </dl>
    </li>
  );
}

/**
 * The to-do list: every in-scope item not yet 実施済み, ◎ first, in the order the domain sets (see
 * TODO_STATUS_ORDER), with the threats it leaves open, the environments it concerns and MIC's setting guides.
 */
export function TodoList({
  summary,
  assessmentId,
  heading: H,
}: {
  summary: AssessmentSummary;
  /** For the links from each environment to its checklist. */
  assessmentId: string;
  heading: 'h3' | 'h4';
}) {
  const { t } = useTranslation(['report', 'common']);
  const { tx } = useLocalized();
  const guides = catalogue.settingGuides;
  return (
    <div className="todo">
      <p>{t('todo.order')}</p>
      {summary.todo.length === 0 ? (
        <p className="panel panel--ok">{t('todo.empty')}</p>
      ) : (
        PRIORITIES.map((p) => {
          const entries = summary.todo.filter((e) => e.item.priority === p);
          if (entries.length === 0) return null;
          const id = `todo-${p === '◎' ? 'high' : 'normal'}`;
          return (
            <section key={p} aria-labelledby={id} className="todo__group">
              <H id={id}>{t('todo.group', { priority: t(`common:priority.${p}`), n: entries.length })}</H>
              <ol className="todo-list">
                {entries.map((e) => (
                  <Entry key={e.item.id} entry={e} summary={summary} assessmentId={assessmentId} />
                ))}
              </ol>
            </section>
          );
        })
      )}
      <section className="setting-guides" aria-labelledby="setting-guides-title">
        <H id="setting-guides-title">{t('guides.title')}</H>
        <p>{tx(guides.intro)}</p>
        <p className="setting-guides__products">
          {guides.products.map((p) => tx(p)).join(t('listSeparator'))}
        </p>
        <p>
          {t('guides.url')}{' '}
          <a href={guides.url} target="_blank" rel="noreferrer noopener" className="setting-guides__url">
            {guides.url}
            <span className="visually-hidden">{t('newWindow')}</span>
          </a>
        </p>
        <p className="setting-guides__disclaimer">{tx(guides.disclaimer)}</p>
      </section>
    </div>
  );
}
