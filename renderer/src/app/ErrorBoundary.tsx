import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Translation } from 'react-i18next';
import './ErrorBoundary.css';

interface State {
  failed: boolean;
}

/** Catches a render failure and shows a translated message instead of a blank window. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Render failure', error, info.componentStack);
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <Translation>
        {(t) => (
          <div className="page error-page" role="alert">
            <h1 className="page-title">{t('errors.title')}</h1>
            <p>{t('errors.boundary')}</p>
            <button type="button" className="button primary" onClick={() => window.location.reload()}>
              {t('errors.reload')}
            </button>
          </div>
        )}
      </Translation>
    );
  }
}
