import { useTranslation } from 'react-i18next';
import { catalogue } from '../../catalogue';
import { BlockView } from '../../ui/glossary-entry';
import { GuideScopeNote } from '../../ui/guide-scope';
import { useDocumentTitle } from '../../ui/print-parts';
import { useLocalized } from '../../ui/use-localized';
import type { Language } from '../../i18n/setup';
import './about.css';

const LOCALES: Record<Language, string> = { ja: 'ja-JP', en: 'en-GB' };

/** A calendar date of the catalogue (YYYY-MM-DD) as people write it: 2021年5月31日 / 31 May 2021. */
function formatDay(iso: string, lang: Language): string {
  return new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'long', timeZone: 'UTC' }).format(
    Date.parse(iso),
  );
}

/** `#/about`: what the guide is for and whom, where it stops, its references, revisions and contact. */
export function AboutScreen() {
  const { t } = useTranslation();
  const { tx, lang } = useLocalized();
  const { about, guideScope, references, source } = catalogue;
  useDocumentTitle(t('about.title'));
  const external = { rel: 'noreferrer noopener', target: '_blank' } as const;
  return (
    <div className="about-screen">
      <h1>{t('about.title')}</h1>
      <p className="lead">{t('about.lead')}</p>
      <p>
        <a href={source.url} {...external}>
          {tx(source.title)} {tx(source.edition)}
        </a>{' '}
        ({tx(source.publisher)})
      </p>

      {about.sections.map((s, i) => (
        <section key={i} aria-labelledby={`about-section-${i}`}>
          {s.heading && <h2 id={`about-section-${i}`}>{tx(s.heading)}</h2>}
          {s.blocks.map((b, j) => (
            <BlockView key={j} block={b} label={s.heading ? tx(s.heading) : t('about.title')} />
          ))}
        </section>
      ))}

      <GuideScopeNote scope={guideScope} />

      <section aria-labelledby="about-references">
        <h2 id="about-references">{t('about.referencesHeading')}</h2>
        <ul className="about-references">
          {references.map((r) => (
            <li key={r.url}>
              <a href={r.url} {...external}>
                {tx(r.title)}
              </a>{' '}
              <span className="about-references__publisher">({tx(r.publisher)})</span>
              <p>{tx(r.description)}</p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="about-revisions">
        <h2 id="about-revisions">{t('about.revisionsHeading')}</h2>
        <ul>
          {source.revisions.map((r) => (
            <li key={r.date}>
              <time dateTime={r.date}>{formatDay(r.date, lang)}</time> {tx(r.text)}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="about-contact">
        <h2 id="about-contact">{t('about.contactHeading')}</h2>
        <p>{tx(about.contact.organisation)}</p>
        <p>
          {t('about.contactEmail', { email: about.contact.email })}
          <br />
          <small>{tx(about.contact.emailNote)}</small>
        </p>
        <p>
          <a href={about.contact.url} {...external}>
            {t('about.contactWeb')}
          </a>
        </p>
        <p className="about-screen__note">{t('about.contactNote')}</p>
      </section>

      <section aria-labelledby="about-trademarks">
        <h2 id="about-trademarks">{t('about.trademarksHeading')}</h2>
        <p>{tx(about.trademarks)}</p>
      </section>
    </div>
  );
}
