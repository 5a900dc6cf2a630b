import { useI18n } from '../i18n/I18nProvider';
import { useOutboxItems } from '../offline/OutboxProvider';

/** How many of the delegate's actions wait to be sent, in the sticky header, beside the connection. */
export function PendingBadge() {
  const { t, fmt } = useI18n();
  const { items } = useOutboxItems();
  const waiting = items.filter((i) => !i.refused).length;
  return (
    <p className={waiting ? 'pending-badge' : 'visually-hidden'} role="status" aria-live="polite">
      {waiting > 0 && t.pendingActions(fmt.number(waiting))}
    </p>
  );
}
