import type { DraftSummaryView } from '#contract';
import { Suspense } from 'react';
import { Link } from '../../app/router';
import { useAuth, useParticipant } from '../../auth/AuthProvider';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useResource } from '../../hooks/useResource';
import { useI18n } from '../../i18n/I18nProvider';
import { lazyView } from '../../i18n/lazy-view';

// Only the secretariat makes drafts: its form stays out of everyone else's download.
const NewDraftForm = lazyView('drafting', () =>
  import('./NewDraftForm').then((m) => ({ default: m.NewDraftForm })),
);

/**
 * The conference's drafts as links (named by their title, with their status), for the programme
 * page: how delegates reach the drafting room.
 */
export function DraftsSection({ conferenceId }: { conferenceId: string }) {
  const { t } = useI18n();
  const { api } = useAuth();
  const me = useParticipant();
  // The endpoint itself rather than draft-api.ts: the drafting room's calls are not for this page.
  const drafts = useResource(
    () => api.call('GET /conferences/:id/drafts', { params: { id: conferenceId } }),
    [api, conferenceId],
  );
  return (
    <section aria-labelledby="drafts-heading" className="drafts-list">
      <h2 id="drafts-heading">{t.drafts.heading}</h2>
      <ErrorMessage error={drafts.error} onRetry={() => void drafts.reload()} />
      {drafts.data?.length === 0 && <p className="muted">{t.drafts.noDrafts}</p>}
      {drafts.data && drafts.data.length > 0 && <DraftLinks drafts={drafts.data} />}
      {me.role === 'secretariat' && (
        <Suspense fallback={null}>
          <NewDraftForm conferenceId={conferenceId} />
        </Suspense>
      )}
    </section>
  );
}

export function DraftLinks({ drafts }: { drafts: DraftSummaryView[] }) {
  const { t } = useI18n();
  return (
    <ul className="plain-list">
      {drafts.map((d) => (
        <li key={d.id}>
          <Link to={`/drafts/${d.id}`} aria-describedby={`draft-status-${d.id}`} dir="auto">
            {d.title}
          </Link>{' '}
          <span id={`draft-status-${d.id}`} className={`badge draft-${d.status}`}>
            {t.drafts.status[d.status]}
          </span>
        </li>
      ))}
    </ul>
  );
}
