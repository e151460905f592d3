import { useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { catalogue, lookup } from '../../catalogue';
import type { Assessment } from '../../domain/assessment';
import { exportAssessmentCsv, type CsvLabels } from '../../domain/export-csv';
import { exportAssessmentJson, type SeriesContext } from '../../domain/export-json';
import { assessmentProgress } from '../../domain/progress';
import { previousReview, reviewDate, seriesIdOf, withoutUnconfirmed } from '../../domain/review-series';
import { assessmentById, useAppStore } from '../../state/store';
import { downloadBlob, downloadText } from '../../ui/download';
import { exportFileName } from '../../domain/export-file-name';
import { useLocalized } from '../../ui/use-localized';
import { useCalendar } from '../../ui/calendar-preference';
import { circled } from '../../ui/method-badge';
import { ShareDialog } from './share-dialog';
import '../../ui/share.css';

function useCsvLabels(): CsvLabels {
  const { t } = useTranslation('share');
  const { t: tc } = useTranslation('checklist');
  const { t: tCommon } = useTranslation('common');
  const { t: tr } = useTranslation('review');
  const { tx } = useLocalized();
  return {
    review: {
      headers: { previousStatus: tr('compare.beforeStatus'), change: tr('compare.change') },
      kinds: {
        improved: tr('kind.improved'),
        worse: tr('kind.worse'),
        unchanged: tr('kind.unchanged'),
        'still-open': tr('kind.still-open'),
        'newly-applicable': tr('kind.newly-applicable'),
        'no-longer-applicable': tr('kind.no-longer-applicable'),
        unconfirmed: tr('kind.unconfirmed'),
      },
    },
    headers: {
      environment: t('csv.environment'),
      method: t('csv.method'),
      number: t('csv.number'),
      category: t('csv.category'),
      priority: t('csv.priority'),
      text: t('csv.text'),
      status: t('csv.status'),
      note: t('csv.note'),
      planAction: t('csv.planAction'),
      planOwner: t('csv.planOwner'),
      planDue: t('csv.planDue'),
      planState: t('csv.planState'),
      riskReason: t('csv.riskReason'),
      riskApprover: t('csv.riskApprover'),
    },
    planStates: {
      todo: tc('plan.state.todo'),
      doing: tc('plan.state.doing'),
      done: tc('plan.state.done'),
    },
    statuses: {
      unanswered: tc('status.unanswered'),
      done: tc('status.done'),
      partial: tc('status.partial'),
      'not-done': tc('status.not-done'),
      unknown: tc('status.unknown'),
      na: tc('status.na'),
      'risk-accepted': tc('status.risk-accepted'),
    },
    priorities: { '◎': '◎', '○': '○' },
    method: (id) => {
      const method = lookup.method(id);
      return tCommon('method.full', { number: circled(id), name: method ? tx(method.name) : '' }).trim();
    },
    unnamedEnvironment: () => tCommon('unnamed.environment'),
  };
}

/** Where the assessment stands in its series, written beside it in the JSON file. */
function seriesContext(a: Assessment, previous: Assessment | null): SeriesContext {
  if (!previous) return { seriesId: seriesIdOf(a) };
  const p = assessmentProgress(catalogue, previous);
  return {
    seriesId: seriesIdOf(a),
    previous: {
      assessmentId: previous.id,
      name: previous.name,
      reviewedAt: reviewDate(previous),
      done: p.done,
      total: p.total,
      highDone: p.byPriority['◎'].done,
      highTotal: p.byPriority['◎'].total,
    },
  };
}

/**
 * Everything for passing an assessment on: the share link (in a dialog) and the JSON, CSV and Excel files.
 * Meant for the screens that show one assessment as a whole.
 */
export function ShareAndExport({ assessmentId }: { assessmentId: string }) {
  const { t } = useTranslation('share');
  const { lang } = useLocalized();
  const assessment = useAppStore(assessmentById(assessmentId));
  const labels = useCsvLabels();
  const [dialogOpen, setDialogOpen] = useState(false);
  const [message, setMessage] = useState('');
  const calendar = useCalendar();
  const [xlsxBusy, setXlsxBusy] = useState(false);
  const [xlsxError, setXlsxError] = useState('');
  const opener = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  // A link shows a result: statuses carried over from the previous review and not confirmed are left out.
  const shared = useMemo(() => (assessment ? withoutUnconfirmed(assessment) : null), [assessment]);

  if (!assessment || !shared) return null;

  const download = (a: Assessment, kind: 'json' | 'csv') => {
    const now = new Date();
    const file = exportFileName(a.name, t('file.fallbackName'), now, kind);
    const previous = previousReview(useAppStore.getState().assessments, a);
    if (kind === 'json')
      downloadText(
        file,
        exportAssessmentJson(a, now.getTime(), seriesContext(a, previous)),
        'application/json',
      );
    else
      downloadText(file, exportAssessmentCsv(catalogue, a, lang, labels, previous), 'text/csv;charset=utf-8');
    useAppStore.getState().markExported([a.id], now.getTime());
    setMessage(t('panel.exported', { file }));
  };

  // ExcelJS is large: its chunk is fetched on the first click, never with the screen.
  const saveXlsx = async (a: Assessment) => {
    if (xlsxBusy) return;
    setXlsxBusy(true);
    setXlsxError('');
    setMessage(t('panel.exportXlsxBusy'));
    try {
      const { buildAssessmentWorkbook, workbookFileName, XLSX_MIME_TYPE } = await import('./export-xlsx');
      const now = new Date();
      const bytes = await buildAssessmentWorkbook(catalogue, a, {
        language: lang,
        now,
        appVersion: __APP_VERSION__,
        calendar,
      });
      const file = workbookFileName(a, now, lang);
      downloadBlob(file, new Blob([bytes as Uint8Array<ArrayBuffer>], { type: XLSX_MIME_TYPE }));
      useAppStore.getState().markExported([a.id], now.getTime());
      setMessage(t('panel.exported', { file }));
    } catch {
      setMessage('');
      setXlsxError(t('panel.exportXlsxFailed'));
    } finally {
      setXlsxBusy(false);
    }
  };

  return (
    <section className="share-export no-print" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('panel.title')}</h2>
      <p>{t('panel.lead')}</p>
      <ul className="share-export__actions">
        <li>
          <button
            ref={opener}
            type="button"
            className="button button--primary"
            onClick={() => setDialogOpen(true)}
          >
            {t('panel.share')}
          </button>
          <p className="share-export__hint">{t('panel.shareHint')}</p>
        </li>
        <li>
          <button type="button" className="button" onClick={() => download(assessment, 'json')}>
            {t('panel.exportJson')}
          </button>
          <p className="share-export__hint">{t('panel.exportJsonHint')}</p>
        </li>
        <li>
          <button type="button" className="button" onClick={() => download(assessment, 'csv')}>
            {t('panel.exportCsv')}
          </button>
          <p className="share-export__hint">{t('panel.exportCsvHint')}</p>
        </li>
        <li>
          <button
            type="button"
            className="button"
            aria-disabled={xlsxBusy}
            aria-busy={xlsxBusy}
            onClick={() => void saveXlsx(assessment)}
          >
            {t('panel.exportXlsx')}
          </button>
          <p className="share-export__hint">{t('panel.exportXlsxHint')}</p>
        </li>
      </ul>
      <p role="status" className="share-export__status">
        {message}
      </p>
      {xlsxError && (
        <p role="alert" className="share-export__error">
          {xlsxError}
        </p>
      )}
      <ShareDialog
        assessment={shared}
        open={dialogOpen}
        onExportJson={() => download(assessment, 'json')}
        onClose={() => {
          setDialogOpen(false);
          opener.current?.focus();
        }}
      />
    </section>
  );
}
