import { useI18n } from '../i18n/I18nProvider';
import { errorText } from './errors';

/** An error shown where it happened; role="alert" so it is read out at once. */
export function ErrorMessage({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t, fmt } = useI18n();
  if (!error) return null;
  return (
    <div className="error" role="alert">
      <p>{errorText(t, error, fmt)}</p>
      {onRetry && (
        <button type="button" className="secondary" onClick={onRetry}>
          {t.retry}
        </button>
      )}
    </div>
  );
}

export function Loading() {
  const { t } = useI18n();
  return (
    <p className="muted" role="status">
      {t.loading}
    </p>
  );
}
