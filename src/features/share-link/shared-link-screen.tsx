import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { catalogue } from '../../catalogue';
import { decodeShareLink } from '../../domain/share-link';
import { detectInAppBrowser } from '../../domain/in-app-browser';
import type { Assessment } from '../../domain/assessment';
import type { DecodeResult } from '../../domain/share-link-error';
import { sharedToAssessment } from '../../domain/shared-assessment';
import { Link, navigate } from '../../ui/router';
import { ImportReview } from '../../ui/import-review';
import { InAppBrowserNotice } from './in-app-browser-notice';
import '../../ui/share.css';
import { routes } from '../../routes';

/**
 * What the app shows for `#<share link>`: the link is decoded strictly; a bad one gets a plain message and
 * changes nothing; a good one is previewed and added only when the user chooses. After the choice the
 * address becomes an app route (replacing the link in history), so a reload does not ask again.
 */
export function SharedLinkScreen({ fragment }: { fragment: string }) {
  const { t, i18n } = useTranslation('share');
  const [decoded, setDecoded] = useState<{
    result: DecodeResult;
    assessment: Assessment | null;
    at: number;
  } | null>(null);
  const result = decoded?.result ?? null;
  const alertRef = useRef<HTMLElement>(null);
  const inApp = useMemo(() => detectInAppBrowser(navigator.userAgent), []);

  useEffect(() => {
    let live = true;
    void decodeShareLink(fragment, catalogue).then((r) => {
      if (!live) return;
      // Fresh ids and timestamps once per decoded link.
      const at = Date.now();
      setDecoded({ result: r, assessment: r.ok ? sharedToAssessment(r.shared, at) : null, at });
    });
    return () => {
      live = false;
    };
  }, [fragment]);

  useEffect(() => {
    if (result && !result.ok) alertRef.current?.focus();
  }, [result]);

  const assessment = useMemo(() => {
    if (!decoded?.assessment) return null;
    const a = decoded.assessment;
    const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' }).format(decoded.at);
    return a.name.trim() ? a : { ...a, name: t('open.defaultName', { date }) };
  }, [decoded, i18n.language, t]);

  return (
    <div className="shared-link-screen">
      <h1>{t('open.title')}</h1>
      {result === null && <p role="status">{t('open.checking')}</p>}
      {result && !result.ok && (
        <section
          role="alert"
          className="panel panel--error"
          aria-labelledby="shared-link-error"
          ref={alertRef}
          tabIndex={-1}
        >
          <h2 id="shared-link-error">{t('linkError.title')}</h2>
          <p>{t(`linkError.${result.error.code}`)}</p>
          <p>{t('linkError.unchanged')}</p>
          <details className="share-details">
            <summary>{t('linkError.details')}</summary>
            <code>
              {result.error.code}: {result.error.details}
            </code>
          </details>
          <div className="button-row">
            <Link to={routes.assessments()} className="button">
              {t('linkError.list')}
            </Link>
            <Link to={routes.home()} className="button button--secondary">
              {t('linkError.home')}
            </Link>
          </div>
        </section>
      )}
      {result?.ok && assessment && (
        <>
          {inApp && <InAppBrowserNotice app={inApp} link={window.location.href} />}
          <p>{t('open.lead')}</p>
          <ImportReview
            assessment={assessment}
            includesText={result.shared.includesText}
            level={2}
            onDone={(id) => navigate(routes.assessment(id), { replace: true })}
            onCancel={() => navigate(routes.assessments(), { replace: true })}
          />
        </>
      )}
    </div>
  );
}
