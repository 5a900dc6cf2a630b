import { usePageTitle } from '../../hooks/usePageTitle';
import { useCallback, useEffect, useState } from 'react';
import { TableScroll } from '../../components/TableScroll';
import type { AuditEntryView } from '#contract';
import { useSetCurrentConference } from '../../app/current-conference';
import { useAuth } from '../../auth/AuthProvider';
import { ErrorMessage, Loading } from '../../components/ErrorMessage';
import { useResource } from '../../hooks/useResource';
import { useI18n } from '../../i18n/I18nProvider';
import './secretariat.css';

const PAGE = 50;

/** The append-only log, newest first, a page at a time ("Load more" follows the cursor). */
export function AuditPage({ conferenceId }: { conferenceId: string }) {
  const { t, fmt: baseFmt } = useI18n('staff');
  const { api } = useAuth();
  useSetCurrentConference(conferenceId);
  usePageTitle(t.auditLog);
  const conference = useResource(
    () => api.call('GET /conferences/:id', { params: { id: conferenceId } }),
    [api, conferenceId],
  );
  const fmt = baseFmt.withTimeZone(conference.data?.timezone ?? 'UTC');
  const [entries, setEntries] = useState<AuditEntryView[]>([]);
  const [cursor, setCursor] = useState<string | null | undefined>(undefined);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(
    async (from: string | null | undefined) => {
      setBusy(true);
      setError(null);
      try {
        const page = await api.call('GET /audit', {
          query: { conferenceId, limit: PAGE, cursor: from ?? undefined },
        });
        setEntries((current) => (from ? [...current, ...page.items] : page.items));
        setCursor(page.nextCursor);
      } catch (e) {
        setError(e);
      } finally {
        setBusy(false);
      }
    },
    [api, conferenceId],
  );

  useEffect(() => {
    void load(undefined);
  }, [load]);

  return (
    <section>
      <h1>{t.auditLog}</h1>
      {busy && entries.length === 0 && <Loading />}
      <ErrorMessage error={error} onRetry={() => void load(cursor)} />
      {entries.length > 0 && (
        <TableScroll label={t.auditLog}>
          <table className="audit">
            <thead>
              <tr>
                <th scope="col">{t.timeHeader}</th>
                <th scope="col">{t.actorHeader}</th>
                <th scope="col">{t.actionHeader}</th>
                <th scope="col">{t.targetHeader}</th>
                <th scope="col">{t.detailsHeader}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={e.id}>
                  <td>
                    <time dateTime={e.at}>{fmt.dateTime(e.at)}</time>
                  </td>
                  <td>
                    {e.actorRole
                      ? (t.role[e.actorRole as keyof typeof t.role] ?? e.actorRole)
                      : '—'}
                  </td>
                  <th scope="row">
                    <code>{e.action}</code>
                  </th>
                  <td>{e.targetType ? `${e.targetType} ${e.targetId?.slice(0, 8) ?? ''}` : '—'}</td>
                  <td className="details">
                    {e.details ? <code>{JSON.stringify(e.details)}</code> : ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {cursor ? (
        <button
          type="button"
          className="secondary"
          disabled={busy}
          onClick={() => void load(cursor)}
        >
          {t.loadMore}
        </button>
      ) : (
        cursor === null && <p className="muted">{t.endOfLog}</p>
      )}
    </section>
  );
}
