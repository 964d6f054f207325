// Whole-window states shown before the shell exists: loading, and a failed start.

import { useTranslation } from 'react-i18next';
import { AlertIcon, LogoMark } from '../ui/icons';

export function FullPageLoading() {
  const { t } = useTranslation();
  return (
    <div className="full-page" role="status" aria-live="polite" data-testid="app-loading">
      <LogoMark className="full-page-logo" />
      <div className="spinner" aria-hidden="true" />
      <p className="full-page-text">{t('app.loading')}</p>
    </div>
  );
}

export function FullPageError({ message, onRetry }: { message: string; onRetry: (() => void) | undefined }) {
  const { t } = useTranslation();
  return (
    <div className="full-page">
      <div className="full-page-card" role="alert" data-testid="app-load-error">
        <AlertIcon className="full-page-alert-icon" />
        <h1 className="full-page-title">{t('app.name')}</h1>
        <p className="full-page-text">{message}</p>
        {onRetry && (
          <button type="button" className="button button-primary" onClick={onRetry}>
            {t('errors.retry')}
          </button>
        )}
      </div>
    </div>
  );
}
