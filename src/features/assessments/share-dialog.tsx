import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { catalogue } from '../../catalogue';
import type { Assessment } from '../../domain/assessment';
import { encodeShareLink, type EncodeResult } from '../../domain/share-link';
import { isLongShareLink } from '../../domain/share-link-limits';
import { ShareQr } from './share-qr';
import '../../ui/share.css';

interface Props {
  assessment: Assessment;
  open: boolean;
  /** Called when the dialog closes by any means (button, Escape); the caller returns focus to its opener. */
  onClose: () => void;
  /** Exports the assessment as a JSON file: offered instead of a link that is too long to travel safely. */
  onExportJson: () => void;
}

/** The page's address without any fragment: the share link is this plus `#` and the encoded assessment. */
function baseUrl(): string {
  return window.location.href.split('#')[0] ?? '';
}

/**
 * The share dialog: a native modal <dialog> (focus trapped and Escape handled by the browser) with the
 * link, its length, a copy button and a plain warning that anyone with the link can read the answers.
 */
export function ShareDialog({ assessment, open, onClose, onExportJson }: Props) {
  const { t } = useTranslation('share');
  const dialogRef = useRef<HTMLDialogElement>(null);
  const fieldRef = useRef<HTMLTextAreaElement>(null);
  const [includeText, setIncludeText] = useState(false);
  const [encoded, setEncoded] = useState<{
    for: Assessment;
    includeText: boolean;
    result: EncodeResult;
  } | null>(null);
  const [copied, setCopied] = useState<{ link: string; ok: boolean } | null>(null);
  const ids = {
    title: useId(),
    lead: useId(),
    option: useId(),
    hint: useId(),
    field: useId(),
    length: useId(),
  };

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  useEffect(() => {
    if (!open) return;
    let live = true;
    void encodeShareLink(catalogue, assessment, { includeText }).then((result) => {
      if (live) setEncoded({ for: assessment, includeText, result });
    });
    return () => {
      live = false;
    };
  }, [open, assessment, includeText]);

  // A result for other settings (the checkbox was just changed) is not shown while the new one is made.
  const current =
    encoded && encoded.for === assessment && encoded.includeText === includeText ? encoded.result : null;
  const link = current?.ok ? `${baseUrl()}#${current.fragment}` : null;
  const copyState = copied && copied.link === link ? copied : null;

  const copy = async () => {
    if (!link) return;
    try {
      await navigator.clipboard.writeText(link);
      setCopied({ link, ok: true });
    } catch {
      // No clipboard access (permission refused, insecure context): select the text for Ctrl+C instead.
      fieldRef.current?.focus();
      fieldRef.current?.select();
      setCopied({ link, ok: false });
    }
  };

  return (
    <dialog
      ref={dialogRef}
      className="share-dialog"
      aria-labelledby={ids.title}
      aria-describedby={ids.lead}
      onClose={onClose}
    >
      <div className="share-dialog__body">
        <h2 id={ids.title} className="share-dialog__title">
          {t('dialog.title')}
        </h2>
        <p id={ids.lead}>{t('dialog.lead')}</p>

        <div className="panel panel--warn share-dialog__warning">
          <p className="share-dialog__warning-title">{t('dialog.warningTitle')}</p>
          <p>{t('dialog.warning')}</p>
          {includeText && <p>{t('dialog.warningText')}</p>}
        </div>

        <div className="share-dialog__option">
          <input
            type="checkbox"
            id={ids.option}
            checked={includeText}
            onChange={(e) => setIncludeText(e.target.checked)}
            aria-describedby={ids.hint}
          />
          <label htmlFor={ids.option}>{t('dialog.includeText')}</label>
          <p id={ids.hint} className="share-dialog__hint">
            {t('dialog.includeTextHint')}
          </p>
        </div>

        {current === null ? (
          <p role="status">{t('dialog.making')}</p>
        ) : link === null ? (
          <p className="panel panel--warn" role="alert">
            {t('dialog.tooLong')}
          </p>
        ) : (
          <>
            <label htmlFor={ids.field} className="share-dialog__label">
              {t('dialog.linkLabel')}
            </label>
            <textarea
              id={ids.field}
              ref={fieldRef}
              className="share-dialog__link"
              readOnly
              rows={link.length > 200 ? 5 : 3}
              value={link}
              aria-describedby={ids.length}
              onFocus={(e) => e.currentTarget.select()}
              spellCheck={false}
            />
            <p id={ids.length} className="share-dialog__length">
              {t('dialog.length', { count: link.length })}
            </p>
            {isLongShareLink(link) && (
              <div className="panel panel--warn share-dialog__warning" role="note">
                <p className="share-dialog__warning-title">{t('dialog.longTitle')}</p>
                <p>{t('dialog.long')}</p>
                <button type="button" className="button" onClick={onExportJson}>
                  {t('dialog.exportJson')}
                </button>
              </div>
            )}
          </>
        )}

        <p role="status" className="share-dialog__status">
          {copyState ? t(copyState.ok ? 'dialog.copied' : 'dialog.copyFailed') : ''}
        </p>

        <div className="button-row share-dialog__actions">
          <button
            type="button"
            className="button button--primary"
            onClick={() => void copy()}
            disabled={link === null}
          >
            {t('dialog.copy')}
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => dialogRef.current?.close()}
          >
            {t('dialog.close')}
          </button>
        </div>

        {/* After the actions, so that copying (the main task) stays next to the link, on a phone too. */}
        {open && current !== null && link !== null && <ShareQr link={link} />}
      </div>
    </dialog>
  );
}
