import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../state/store';
import type { AppState } from '../../state/types';
import { useDisplayNames } from '../../ui/use-display-names';

type Undo = NonNullable<AppState['lastUndo']>;

/** What was just deleted or reset, in the words the banner uses. */
function useUndoMessage(undo: Undo | null): string | null {
  const { t } = useTranslation('assessments');
  const { assessmentName, environmentName } = useDisplayNames();
  const current = useAppStore((s) =>
    undo ? s.assessments.find((a) => a.id === undo.assessment.id) : undefined,
  );
  if (!undo) return null;
  const name = assessmentName(undo.assessment);
  if (undo.kind === 'delete') return t('undo.delete', { name });
  if (undo.kind === 'reset') return t('undo.reset', { name });
  if (undo.kind === 'replace') return t('undo.replace', { name });
  const removed = undo.assessment.environments.find((e) => !current?.environments.some((c) => c.id === e.id));
  return t('undo.removeEnvironment', {
    name: removed ? environmentName(removed) : environmentName({ name: '' }),
  });
}

/**
 * Offers to take back the last delete or reset. It stays until the user undoes or dismisses it (no timer: a
 * message that vanishes on its own is easy to miss), and takes focus when it appears, because the control the
 * user just pressed may no longer exist.
 */
export function UndoBanner() {
  const { t } = useTranslation('assessments');
  const lastUndo = useAppStore((s) => s.lastUndo);
  const message = useUndoMessage(lastUndo);
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (lastUndo) ref.current?.focus();
  }, [lastUndo]);

  if (!lastUndo || !message) return null;
  return (
    <div ref={ref} className="undo-banner" role="status" tabIndex={-1}>
      <p className="undo-banner__message">{message}</p>
      <div className="undo-banner__actions">
        <button
          type="button"
          className="button button--small button--primary"
          onClick={() => {
            useAppStore.getState().undo();
            document.querySelector<HTMLElement>('#main h1')?.focus();
          }}
        >
          {t('undo.undo')}
        </button>
        <button
          type="button"
          className="button button--small button--secondary"
          onClick={() => useAppStore.getState().dismissUndo()}
        >
          {t('undo.dismiss')}
        </button>
      </div>
    </div>
  );
}
