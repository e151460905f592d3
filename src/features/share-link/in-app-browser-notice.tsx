import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InAppBrowser } from '../../domain/in-app-browser';

/**
 * Shown on a shared link opened inside LINE, Facebook, Teams and the like, before anything is added: their
 * browsers keep their own storage, so the user is told how to move the link to the default browser.
 */
export function InAppBrowserNotice({ app, link }: { app: InAppBrowser; link: string }) {
  const { t } = useTranslation('share');
  const [copied, setCopied] = useState<boolean | null>(null);
  const id = useId();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  return (
    <section className="panel panel--warn in-app-notice" aria-labelledby={id}>
      <h2 id={id}>{t('inApp.title')}</h2>
      <p>{t('inApp.storage', { app: t(`inApp.apps.${app}`) })}</p>
      <ul>
        {app === 'line' && <li>{t('inApp.howLine')}</li>}
        <li>{t('inApp.howOther')}</li>
        <li>{t('inApp.howCopy')}</li>
      </ul>
      <button type="button" className="button" onClick={() => void copy()}>
        {t('inApp.copy')}
      </button>
      <p role="status" className="share-dialog__status">
        {copied === null ? '' : t(copied ? 'inApp.copied' : 'inApp.copyFailed')}
      </p>
    </section>
  );
}
