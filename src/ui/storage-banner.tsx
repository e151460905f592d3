import { localDateStamp } from '../domain/dates';
import { useShellTranslation } from '../i18n/shell';
import { storageStatus, useStorageStatus, type UnreadableData } from '../state/storage-status';
import { downloadText } from './download';
import { useRoute } from './router';
import './storage-banner.css';

function downloadUnreadable(u: UnreadableData) {
  // Text that is not JSON is still offered whole, under a name that does not promise JSON.
  const ext = u.reason === 'not-json' ? 'txt' : 'json';
  downloadText(
    `telework-checklist-unreadable-data-${localDateStamp(u.foundAt)}.${ext}`,
    u.raw,
    ext === 'json' ? 'application/json' : 'text/plain',
  );
}

/** Everything in memory, in the shape of the stored data, so nothing is left out. */
async function downloadEverything() {
  // Loaded on demand: this banner is part of the first screen, which does not load the store.
  const [{ useAppStore }, { savedPart, STORAGE_VERSION }] = await Promise.all([
    import('../state/store'),
    import('../state/persistence'),
  ]);
  const text = JSON.stringify(
    { state: savedPart(useAppStore.getState()), version: STORAGE_VERSION },
    null,
    2,
  );
  downloadText(`telework-checklist-all-data-${localDateStamp(Date.now())}.json`, text, 'application/json');
}

/** One assessment as the export file that the app's import reads back. */
async function downloadAssessment(id: string, fallbackName: string) {
  const [{ useAppStore }, { exportAssessmentJson }, { exportFileName }] = await Promise.all([
    import('../state/store'),
    import('../domain/export-json'),
    import('../domain/export-file-name'),
  ]);
  const assessment = useAppStore.getState().assessments.find((a) => a.id === id);
  if (!assessment) return;
  const now = new Date();
  downloadText(
    exportFileName(assessment.name, fallbackName, now, 'json'),
    exportAssessmentJson(assessment, now.getTime()),
    'application/json',
  );
}

/**
 * Tells the user, in plain words and until they act, when stored data could not be read (and offers it for
 * download) or when changes are not being saved (and how to keep them).
 */
export function StorageBanner() {
  const { t } = useShellTranslation();
  const { unreadable, writeFailure } = useStorageStatus();
  const route = useRoute();
  const inAssessment = 'assessmentId' in route ? route.assessmentId : null;
  if (!unreadable && !writeFailure) return null;
  return (
    <section className="storage-banners" aria-label={t('storage.noticesLabel')}>
      {unreadable && (
        <div
          role="alert"
          className="panel panel--error storage-banner"
          aria-labelledby="storage-unreadable-title"
        >
          <h2 id="storage-unreadable-title" className="storage-banner__title">
            {t('storage.unreadable.title')}
          </h2>
          <p>{t(`storage.unreadable.${unreadable.reason}`)}</p>
          <p>
            {unreadable.backupKey ? t('storage.unreadable.backupKept') : t('storage.unreadable.backupFailed')}
          </p>
          <div className="button-row">
            <button
              type="button"
              className="button button--primary"
              onClick={() => downloadUnreadable(unreadable)}
            >
              {t('storage.unreadable.download')}
            </button>
            {unreadable.backupKey && (
              <button
                type="button"
                className="button button--secondary"
                onClick={() => storageStatus.set({ unreadable: null })}
              >
                {t('storage.unreadable.dismiss')}
              </button>
            )}
          </div>
        </div>
      )}
      {writeFailure && (
        <div
          role="alert"
          className="panel panel--warn storage-banner"
          aria-labelledby="storage-not-saved-title"
        >
          <h2 id="storage-not-saved-title" className="storage-banner__title">
            {t('storage.notSaved.title')}
          </h2>
          <p>{t(`storage.notSaved.${writeFailure}`)}</p>
          <p>{t('storage.notSaved.keep')}</p>
          <div className="button-row">
            {inAssessment && (
              <button
                type="button"
                className="button button--primary"
                onClick={() => void downloadAssessment(inAssessment, t('storage.notSaved.fileName'))}
              >
                {t('storage.notSaved.downloadAssessment')}
              </button>
            )}
            <button
              type="button"
              className={inAssessment ? 'button button--secondary' : 'button button--primary'}
              onClick={() => void downloadEverything()}
            >
              {t('storage.notSaved.download')}
            </button>
            {writeFailure === 'newer-elsewhere' && (
              <button
                type="button"
                className="button button--secondary"
                onClick={() => window.location.reload()}
              >
                {t('storage.notSaved.reload')}
              </button>
            )}
          </div>
        </div>
      )}
    </section>
  );
}
