import { useTranslation } from 'react-i18next';
import { catalogue } from '../../catalogue';
import type { MethodId } from '../../domain/catalogue-schema';
import { useLocalized } from '../../ui/use-localized';

const note = catalogue.guideScope.secureBrowserNote;

/** Whether a method is one of the secure-browser methods the second-environment note is about (④/⑧). */
export function needsSecureBrowserNote(method: MethodId): boolean {
  return note.methods.includes(method);
}

/**
 * For ④/⑧: their checklists leave out the measures for data kept on the device, so a user who also saves
 * data there or uses ordinary cloud apps has a second environment to check. The guide's own sentence behind it
 * is one click away.
 */
export function SecureBrowserNote() {
  const { t } = useTranslation('wizard');
  const { tx } = useLocalized();
  return (
    <div className="wizard-note secure-browser-note">
      <p>{tx(note.text)}</p>
      <details>
        <summary>{t('secureBrowser.basis')}</summary>
        <blockquote>{tx(note.basis)}</blockquote>
      </details>
    </div>
  );
}
