import { useShellTranslation } from '../i18n/shell';
import { useStorageStatus } from '../state/storage-status';

/**
 * "Saved" / "Not saved" in the page header. A polite live region, so a screen reader hears it when it changes,
 * not on every keystroke (the text stays the same while saving keeps working). The ✓ and ! marks come from the
 * style sheet, so the words are all there is to read.
 */
export function SaveStatus() {
  const { t } = useShellTranslation();
  const { save } = useStorageStatus();
  return (
    <div className={`save-status save-status--${save}`} role="status" aria-live="polite">
      {save === 'saved' && t('save.saved')}
      {save === 'failed' && t('save.failed')}
    </div>
  );
}
