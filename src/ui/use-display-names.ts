import { useTranslation } from 'react-i18next';
import { displayName } from '../domain/display-name';

/** Names as the user sees them, with the one "unnamed" text of each kind (common:unnamed.*). */
export function useDisplayNames(): {
  assessmentName: (a: { name: string }) => string;
  environmentName: (e: { name: string }) => string;
} {
  const { t } = useTranslation('common');
  return {
    assessmentName: (a) => displayName(a, t('unnamed.assessment')),
    environmentName: (e) => displayName(e, t('unnamed.environment')),
  };
}
