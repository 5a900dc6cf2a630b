import type { SessionStatus } from '#contract';
import { useI18n } from '../i18n/I18nProvider';

export function StatusBadge({ status, id }: { status: SessionStatus; id?: string }) {
  const { t } = useI18n();
  return (
    <span id={id} className={`badge status-${status}`}>
      {t.sessionStatus[status]}
    </span>
  );
}
