import { useId, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { catalogue } from '../../catalogue';
import type { Assessment } from '../../domain/assessment';
import { MAX_IMPORT_BYTES, type ImportErrorCode } from '../../domain/export-json';
import { parseImportJson } from '../../domain/export-series-json';
import { useAppStore } from '../../state/store';
import { useDisplayNames } from '../../ui/use-display-names';
import { navigate } from '../../ui/router';
import { ImportReview } from '../../ui/import-review';
import '../../ui/share.css';
import { routes } from '../../routes';

type State =
  | { status: 'idle' }
  | { status: 'reading'; file: string }
  | { status: 'error'; file: string; code: ImportErrorCode | 'unreadable'; details: string }
  | { status: 'ready'; file: string; assessment: Assessment; exportedAt: number }
  | { status: 'series'; file: string; assessments: Assessment[] };

function readText(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () =>
      typeof reader.result === 'string' ? resolve(reader.result) : reject(new Error('not text'));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsText(file, 'utf-8');
  });
}

/**
 * Importing an assessment from a JSON file exported by this app: the file is validated, previewed, and
 * added or used to replace an assessment only when the user says so. A bad file says what is wrong.
 */
export function ImportFromFile() {
  const { t } = useTranslation('share');
  const { t: tr } = useTranslation('review');
  const { assessmentName } = useDisplayNames();
  const [state, setState] = useState<State>({ status: 'idle' });
  const inputRef = useRef<HTMLInputElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const ids = { title: useId(), input: useId(), hint: useId(), result: useId() };

  const show = (next: State) => {
    setState(next);
    requestAnimationFrame(() => resultRef.current?.querySelector<HTMLElement>('h3')?.focus());
  };

  const choose = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    // Clear the input so that choosing the same file again (after fixing it) fires a change.
    e.target.value = '';
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) {
      show({ status: 'error', file: file.name, code: 'too-large', details: `${file.size} bytes` });
      return;
    }
    setState({ status: 'reading', file: file.name });
    let text: string;
    try {
      text = await readText(file);
    } catch (err) {
      show({ status: 'error', file: file.name, code: 'unreadable', details: String(err) });
      return;
    }
    // One assessment (any version of the file), or a whole series of reviews.
    const result = parseImportJson(catalogue, text);
    show(
      !result.ok
        ? { status: 'error', file: file.name, code: result.error.code, details: result.error.details }
        : result.kind === 'series'
          ? { status: 'series', file: file.name, assessments: result.assessments }
          : {
              status: 'ready',
              file: file.name,
              assessment: result.assessment,
              exportedAt: result.exportedAt,
            },
    );
  };

  return (
    <section className="import-file no-print" aria-labelledby={ids.title}>
      <h2 id={ids.title}>{t('import.title')}</h2>
      <p id={ids.hint}>{t('import.hint')}</p>
      <div className="import-file__picker">
        <label htmlFor={ids.input} className="button">
          {t('import.choose')}
        </label>
        <input
          ref={inputRef}
          id={ids.input}
          type="file"
          accept=".json,application/json"
          className="import-file__input"
          aria-describedby={ids.hint}
          onChange={(e) => void choose(e)}
        />
      </div>
      <div ref={resultRef} id={ids.result}>
        {state.status === 'reading' && <p role="status">{t('import.reading')}</p>}
        {state.status === 'error' && (
          <div role="alert" className="panel panel--error">
            <h3 tabIndex={-1}>{t('import.errorTitle', { file: state.file })}</h3>
            <p>{t(`import.errors.${state.code}`)}</p>
            <p>{t('import.unchanged')}</p>
            <details className="share-details">
              <summary>{t('linkError.details')}</summary>
              <code>
                {state.code}: {state.details}
              </code>
            </details>
          </div>
        )}
        {state.status === 'series' && (
          <div className="import-file__preview">
            <h3 tabIndex={-1}>
              {tr('import.previewTitle', { file: state.file, count: state.assessments.length })}
            </h3>
            <p>{tr('import.lead')}</p>
            <ol>
              {state.assessments.map((a) => (
                <li key={a.id}>{assessmentName(a)}</li>
              ))}
            </ol>
            <div className="button-row">
              <button
                type="button"
                className="button button--primary"
                onClick={() => {
                  const ids = useAppStore.getState().addImportedSeries(state.assessments);
                  const latest = ids.at(-1);
                  if (latest) navigate(routes.assessment(latest));
                }}
              >
                {tr('import.add')}
              </button>
              <button
                type="button"
                className="button button--secondary"
                onClick={() => {
                  setState({ status: 'idle' });
                  inputRef.current?.focus();
                }}
              >
                {tr('import.cancel')}
              </button>
            </div>
          </div>
        )}
        {state.status === 'ready' && (
          <div className="import-file__preview">
            <h3 tabIndex={-1}>{t('import.previewTitle', { file: state.file })}</h3>
            <ImportReview
              assessment={state.assessment}
              includesText={null}
              exportedAt={state.exportedAt}
              level={4}
              onDone={(id) => navigate(routes.assessment(id))}
              onCancel={() => {
                setState({ status: 'idle' });
                inputRef.current?.focus();
              }}
            />
          </div>
        )}
      </div>
    </section>
  );
}
