import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { catalogue } from '../../catalogue';
import { GlossaryEntryBody } from '../../ui/glossary-entry';
import { useDocumentTitle } from '../../ui/print-parts';
import { useLocalized } from '../../ui/use-localized';

const entryDomId = (id: string) => `glossary-${id}`;
const SECTIONS = ['terms', 'keyTerms', 'threats'] as const;

function scrollToId(id: string) {
  const el = document.getElementById(id);
  if (!el) return;
  el.focus({ preventScroll: true });
  el.scrollIntoView?.({ block: 'start' });
}

/**
 * The glossary (参考1) and the threats explained (第1部3): `#/glossary`, or `#/glossary/<entry id>` to open
 * at one entry (a glossary id, a key-term id, or `threat-<threat id>`).
 */
export function GlossaryScreen({ entryId }: { entryId?: string }) {
  const { t } = useTranslation('checklist');
  const { tx } = useLocalized();
  useDocumentTitle(t('documentTitle', { title: t('glossary.title'), app: t('appName', { ns: 'common' }) }));

  useEffect(() => {
    if (!entryId) return;
    // After the app has moved focus to the heading on navigation, so the entry keeps it.
    const frame = requestAnimationFrame(() => scrollToId(entryDomId(entryId)));
    return () => cancelAnimationFrame(frame);
  }, [entryId]);

  return (
    <div className="glossary">
      <h1>{t('glossary.title')}</h1>
      <p className="lead">{t('glossary.lead')}</p>
      <nav aria-labelledby="glossary-contents-title" className="glossary__contents">
        <h2 id="glossary-contents-title" className="glossary__contents-title">
          {t('glossary.contents')}
        </h2>
        <ul>
          {SECTIONS.map((s) => (
            <li key={s}>
              <button
                type="button"
                className="link-button"
                onClick={() => scrollToId(`glossary-section-${s}`)}
              >
                {t(`glossary.${s}`)}
              </button>
            </li>
          ))}
        </ul>
      </nav>

      <section aria-labelledby="glossary-section-terms" className="glossary__section">
        <h2 id="glossary-section-terms" tabIndex={-1}>
          {t('glossary.terms')}
        </h2>
        <dl className="glossary__terms">
          {catalogue.glossary.map((g) => (
            <div key={g.id} id={entryDomId(g.id)} tabIndex={-1} className="glossary__term">
              <dt>{tx(g.term)}</dt>
              <dd>
                <GlossaryEntryBody entry={{ kind: 'term', entry: g }} headingLevel={4} />
              </dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="glossary-section-keyTerms" className="glossary__section">
        <h2 id="glossary-section-keyTerms" tabIndex={-1}>
          {t('glossary.keyTerms')}
        </h2>
        {catalogue.keyTerms.map((k) => (
          <article
            key={k.id}
            id={entryDomId(k.id)}
            tabIndex={-1}
            className="glossary__key"
            aria-labelledby={`${entryDomId(k.id)}-title`}
          >
            <h3 id={`${entryDomId(k.id)}-title`}>{tx(k.title)}</h3>
            <GlossaryEntryBody entry={{ kind: 'key', entry: k }} headingLevel={4} />
          </article>
        ))}
      </section>

      <section aria-labelledby="glossary-section-threats" className="glossary__section">
        <h2 id="glossary-section-threats" tabIndex={-1}>
          {t('glossary.threats')}
        </h2>
        {catalogue.threats.map((th) => (
          <article
            key={th.id}
            id={entryDomId(`threat-${th.id}`)}
            tabIndex={-1}
            className="glossary__key"
            aria-labelledby={`${entryDomId(`threat-${th.id}`)}-title`}
          >
            <h3 id={`${entryDomId(`threat-${th.id}`)}-title`}>{tx(th.heading)}</h3>
            {th.explanation.map((p, i) => (
              <p key={i}>{tx(p)}</p>
            ))}
          </article>
        ))}
      </section>
    </div>
  );
}
