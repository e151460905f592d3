import { NotFoundPanel } from '../../ui/not-found-panel';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { catalogue, lookup } from '../../catalogue';
import { ITEM_STATUSES } from '../../domain/assessment';
import { itemsForMethod, scopeQuestionsForMethod } from '../../domain/applicability';
import { methodIdSchema, type MethodId } from '../../domain/catalogue-schema';
import { navigate } from '../../ui/router';
import { useLocalized } from '../../ui/use-localized';
import { circled } from '../../ui/method-badge';
import { ScrollRegion } from '../../ui/scroll-region';
import { ItemFootnotes } from './item-footnotes';
import {
  PrintAttribution,
  PrintToolbar,
  SignOff,
  useDocumentTitle,
  ItemTableHead,
} from '../../ui/print-parts';
import './report.css';
import { routes } from '../../routes';

/**
 * The statuses a person can tick on paper: every status but 未回答, which is simply a row left blank, and リスク受容,
 * which needs a reason and an approver that a tick box cannot hold.
 */
const PAPER_STATUSES = ITEM_STATUSES.filter((s) => s !== 'unanswered' && s !== 'risk-accepted');

/** Lines to write a note on; as many as the status boxes beside them take up. */
const RULED_LINES = [1, 2, 3, 4, 5] as const;

/** An empty box to tick by hand, with its label. */
function Box({ label }: { label: string }) {
  return (
    <span className="tick">
      <span className="tick__box" aria-hidden="true" />
      {label}
    </span>
  );
}

/** A blank line to write on, labelled. */
function FillIn({ label }: { label: string }) {
  return (
    <div className="fill-in">
      <dt>{label}</dt>
      <dd className="fill-in__line" />
    </div>
  );
}

function MethodSwitcher({ method }: { method: MethodId }) {
  const { t } = useTranslation(['report', 'common']);
  const { tx } = useLocalized();
  const id = useId();
  return (
    <div className="print-toolbar__fields">
      <label htmlFor={id}>{t('blank.otherMethod')}</label>
      <select
        id={id}
        value={method}
        onChange={(e) => navigate(routes.blank(e.target.value), { replace: true })}
      >
        {catalogue.methods.map((m) => (
          <option key={m.id} value={m.id}>
            {t('common:method.full', { number: circled(m.id), name: tx(m.name) })}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The method id in the address, or null when it is not 1–8. */
export function parseMethodParam(value: string | undefined): MethodId | null {
  if (value === undefined || !/^[1-8]$/.test(value)) return null;
  const parsed = methodIdSchema.safeParse(Number(value));
  return parsed.success ? parsed.data : null;
}

/**
 * `#/blank/<method>`: the checklist of one method with nothing filled in, to print and fill in by hand,
 * for a meeting or for whoever looks after the devices.
 */
export function BlankChecklistScreen({ methodParam }: { methodParam: string | undefined }) {
  const { t } = useTranslation(['report', 'common', 'checklist']);
  const { tx } = useLocalized();
  const method = parseMethodParam(methodParam);
  const m = method === null ? undefined : lookup.method(method);
  const title = m ? t('common:method.full', { number: circled(m.id), name: tx(m.name) }) : '';
  useDocumentTitle(m ? t('blank.documentTitle', { method: title }) : t('blank.missing.title'));

  if (method === null || !m) {
    return (
      <NotFoundPanel
        warn
        title={t('blank.missing.title')}
        body={t('blank.missing.body')}
        to={routes.home()}
        linkLabel={t('blank.missing.home')}
      />
    );
  }

  const items = itemsForMethod(catalogue, method);
  const high = items.filter((i) => i.priority === '◎').length;
  const questions = scopeQuestionsForMethod(catalogue, method);
  const separator = t('listSeparator');

  return (
    <>
      <PrintToolbar>
        <MethodSwitcher method={method} />
      </PrintToolbar>

      <article className="print-doc print-doc--blank" aria-labelledby="blank-title">
        <header className="print-doc__cover">
          <p className="print-doc__kind">{t('blank.kind')}</p>
          <h1 id="blank-title">{title}</h1>
          <dl className="fill-in-grid">
            <FillIn label={t('cover.organisation')} />
            <FillIn label={t('blank.person')} />
            <FillIn label={t('blank.date')} />
            <FillIn label={t('blank.environment')} />
          </dl>
          <p>{t('blank.howTo')}</p>
        </header>

        {questions.length > 0 ? (
          <section className="print-doc__section" aria-labelledby="blank-scope">
            <h2 id="blank-scope">{t('blank.scopeTitle')}</h2>
            <p>{t('blank.scopeLead')}</p>
            <table className="doc-table scope-table">
              <thead>
                <tr>
                  <th scope="col">{t('environments.question')}</th>
                  <th scope="col">{t('environments.answer')}</th>
                  <th scope="col">{t('blank.ifNo')}</th>
                </tr>
              </thead>
              <tbody>
                {questions.map((q) => {
                  const own = new Set(items.map((i) => i.id));
                  return (
                    <tr key={q.id}>
                      <td>{tx(q.text)}</td>
                      <td className="scope-table__ticks">
                        <Box label={t('environments.answers.yes')} />
                        <Box label={t('environments.answers.no')} />
                      </td>
                      <td>
                        {t('environments.excluded', {
                          items: q.excludes.filter((id) => own.has(id)).join(separator),
                          reason: tx(q.reason),
                        })}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </section>
        ) : null}

        <section className="print-doc__section" aria-labelledby="blank-items">
          <h2 id="blank-items">
            {t('blank.itemsTitle', { n: items.length, high, normal: items.length - high })}
          </h2>
          <ScrollRegion labelledBy="blank-items-caption">
            <table className="doc-table item-table item-table--blank">
              <caption id="blank-items-caption" className="visually-hidden">
                {t('blank.tableCaption', { method: title })}
              </caption>
              <ItemTableHead />
              <tbody>
                {items.map((item) => {
                  const category = lookup.category(item.category);
                  return (
                    <tr key={item.id}>
                      <th scope="row" className="item-table__id">
                        {item.id}
                      </th>
                      <td className="item-table__category">{category ? tx(category.name) : null}</td>
                      <td className="item-table__priority">
                        <span aria-hidden="true">{item.priority}</span>
                        <span className="visually-hidden">{t(`common:priority.${item.priority}`)}</span>
                      </td>
                      <td>
                        {tx(item.text)}
                        <ItemFootnotes item={item} />
                      </td>
                      <td className="item-table__ticks">
                        {PAPER_STATUSES.map((s) => (
                          <Box key={s} label={t(`checklist:status.${s}`)} />
                        ))}
                      </td>
                      <td className="item-table__note">
                        <span className="ruled" aria-hidden="true">
                          {RULED_LINES.map((n) => (
                            <span key={n} className="ruled__line" />
                          ))}
                        </span>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </ScrollRegion>
        </section>

        <SignOff heading="h2" />
        <PrintAttribution catalogueVersion={catalogue.version} />
      </article>
    </>
  );
}
