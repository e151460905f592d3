import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { catalogue } from '../catalogue';
import { useLocalized } from './use-localized';
import { useDateFormats } from './format-date';

/**
 * The on-screen bar above a printable document: the print button, a word on saving as PDF, and whatever
 * else the screen needs. None of it is printed.
 */
export function PrintToolbar({ children }: { children?: ReactNode }) {
  const { t } = useTranslation('report');
  return (
    <div className="print-toolbar no-print">
      <div className="print-toolbar__main">
        <button type="button" className="button button--primary" onClick={() => window.print()}>
          {t('print.button')}
        </button>
        <p className="print-toolbar__hint">{t('print.hint')}</p>
      </div>
      {children}
    </div>
  );
}

/** The 決裁欄 of Japanese business documents: 担当・確認・承認, each an empty square to stamp a seal in. */
export function ApprovalBox() {
  const { t } = useTranslation('report');
  const roles = ['prepared', 'checked', 'approved'] as const;
  return (
    <table className="approval-box">
      <caption className="approval-box__caption">{t('approval.caption')}</caption>
      <thead>
        <tr>
          {roles.map((role) => (
            <th key={role} scope="col" id={`approval-${role}`}>
              {t(`approval.${role}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        <tr>
          {roles.map((role) => (
            <td key={role} className="approval-box__seal" headers={`approval-${role}`}>
              <span className="visually-hidden">{t('approval.stamp', { role: t(`approval.${role}`) })}</span>
            </td>
          ))}
        </tr>
      </tbody>
    </table>
  );
}

/**
 * Sign-off lines for the people who check and approve the result, with blanks for name, date and seal, and
 * the seal boxes at the right, where Japanese documents put them.
 */
export function SignOff({ heading: H }: { heading: 'h2' | 'h3' }) {
  const { t } = useTranslation('report');
  return (
    <section className="sign-off" aria-labelledby="sign-off-title">
      <H id="sign-off-title">{t('signOff.title')}</H>
      <ApprovalBox />
      <table className="sign-off__table">
        <thead>
          <tr>
            <th scope="col">{t('signOff.role')}</th>
            <th scope="col">{t('signOff.name')}</th>
            <th scope="col">{t('signOff.date')}</th>
            <th scope="col">{t('signOff.seal')}</th>
          </tr>
        </thead>
        <tbody>
          {(['checker', 'approver'] as const).map((role) => (
            <tr key={role}>
              <th scope="row">{t(`signOff.${role}`)}</th>
              <td />
              <td className="sign-off__date">{t('signOff.dateBlank')}</td>
              <td />
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** The source of the checklist, printed in full (the URL written out, since a printed link cannot be clicked). */
export function PrintAttribution({ catalogueVersion }: { catalogueVersion: string }) {
  const { t } = useTranslation(['report', 'common']);
  const { tx } = useLocalized();
  const s = catalogue.source;
  return (
    <footer className="print-doc__source">
      <h2 className="print-doc__source-title">{t('source.title')}</h2>
      <p>{tx(s.licence)}</p>
      <p>
        {s.url} {' · '}
        {t('common:source.catalogueVersion', { version: catalogueVersion })}
      </p>
      <p>{t('source.tool')}</p>
    </footer>
  );
}

/** A date formatted for the current language and calendar, e.g. 2025年11月22日 / 令和7年11月22日 / 22 November 2025. */
export function useDateFormat(): { date: (ms: number) => string; dateTime: (ms: number) => string } {
  const { date, dateTime } = useDateFormats();
  return { date, dateTime };
}

/** The time now, brought up to date just before the browser prints, so a page left open shows the day it was printed. */
export function usePrintTime(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const update = () => setNow(Date.now());
    window.addEventListener('beforeprint', update);
    return () => window.removeEventListener('beforeprint', update);
  }, []);
  return now;
}

/** Names the browser tab (and so the PDF file the browser suggests) after the document while it is open. */
export function useDocumentTitle(title: string): void {
  const { t } = useTranslation();
  const appName = t('appName');
  useEffect(() => {
    document.title = title;
    return () => {
      document.title = appName;
    };
  }, [title, appName]);
}

/** The header row of the item table, shared by the report and the blank checklist (the same columns). */
export function ItemTableHead() {
  const { t } = useTranslation('report');
  return (
    <thead>
      <tr>
        <th scope="col" className="item-table__id">
          {t('items.number')}
        </th>
        <th scope="col" className="item-table__category">
          {t('items.category')}
        </th>
        <th scope="col" className="item-table__priority">
          {t('items.priority')}
        </th>
        <th scope="col">{t('items.text')}</th>
        <th scope="col" className="item-table__status">
          {t('items.status')}
        </th>
        <th scope="col" className="item-table__note">
          {t('items.note')}
        </th>
      </tr>
    </thead>
  );
}
