import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { GuideScope } from '../domain/catalogue-schema';
import { useLocalized } from './use-localized';

/**
 * How the guide's 8 methods relate to the Telework Security Guidelines: what it leaves out (VDI, secure
 * containers: see the guideline instead) and what it merges or folds in. Shown where a method is chosen and on
 * the about page.
 */
export function GuideScopeNote({
  scope,
  heading: Heading = 'h2',
}: {
  scope: GuideScope;
  heading?: 'h2' | 'h3';
}) {
  const { t } = useTranslation();
  const { tx } = useLocalized();
  const id = useId();
  return (
    <section className="guide-scope" aria-labelledby={id}>
      <Heading id={id}>{t('guideScope.heading')}</Heading>
      <p className="guide-scope__out">
        {tx(scope.outOfScope)}{' '}
        <a href={scope.guideline.url} rel="noreferrer noopener" target="_blank">
          {t('guideScope.guidelineLink', { title: tx(scope.guideline.title) })}
        </a>
      </p>
      <p>{tx(scope.intro)}</p>
      <ul>
        {scope.differences.map((d) => (
          <li key={d.id}>{tx(d.text)}</li>
        ))}
      </ul>
    </section>
  );
}
