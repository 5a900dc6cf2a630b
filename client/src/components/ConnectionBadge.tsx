import { useI18n } from '../i18n/I18nProvider';
import type { ConnectionStatus } from '../live/connection';

/** The live connection's state, always visible while signed in; polite so it is heard once. */
export function ConnectionBadge({ status }: { status: ConnectionStatus }) {
  const { t } = useI18n();
  return (
    <p className={`connection connection-${status}`} role="status" aria-live="polite">
      <span className="dot" aria-hidden="true" />
      <span className="visually-hidden">{t.connectionLabel}: </span>
      <span>{t.connection[status]}</span>
    </p>
  );
}
