import { localDateStamp } from '../domain/dates';
import { href, routes } from '../routes';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useShellTranslation } from '../i18n/shell';
import { downloadText } from './download';
import { readStoredTexts } from '../state/storage-key';

interface Labels {
  title: string;
  body: string;
  exportData: string;
  home: string;
}

interface Props {
  labels: Labels;
  children: ReactNode;
  /** Changing the key clears the error, e.g. when the user navigates elsewhere. */
  resetKey?: string;
}

interface State {
  error: Error | null;
  resetKey: string | undefined;
}

/**
 * Catches a failure in one screen so the rest of the app stays usable, says what happened in plain words
 * and offers to save the user's data before anything else is tried.
 */
class ScreenErrorBoundaryInner extends Component<Props, State> {
  override state: State = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey !== state.resetKey ? { error: null, resetKey: props.resetKey } : null;
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(error, info.componentStack);
  }

  private exportData = () => {
    let raw: string | null = null;
    try {
      raw = readStoredTexts();
    } catch {
      raw = null;
    }
    downloadText(
      `telework-checklist-backup-${localDateStamp(Date.now())}.json`,
      raw ?? '{}',
      'application/json',
    );
  };

  override render() {
    const { labels } = this.props;
    if (!this.state.error) return this.props.children;
    return (
      <section role="alert" className="panel panel--error" aria-labelledby="screen-error-title">
        <h2 id="screen-error-title">{labels.title}</h2>
        <p>{labels.body}</p>
        <div className="button-row">
          <button type="button" className="button" onClick={this.exportData}>
            {labels.exportData}
          </button>
          <a className="button button--secondary" href={href(routes.home())}>
            {labels.home}
          </a>
        </div>
      </section>
    );
  }
}

export function ScreenErrorBoundary({ children, resetKey }: { children: ReactNode; resetKey?: string }) {
  const { t } = useShellTranslation('errors');
  const labels: Labels = {
    title: t('screen.title'),
    body: t('screen.body'),
    exportData: t('screen.export'),
    home: t('screen.home'),
  };
  return (
    <ScreenErrorBoundaryInner labels={labels} resetKey={resetKey}>
      {children}
    </ScreenErrorBoundaryInner>
  );
}
