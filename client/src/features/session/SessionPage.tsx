import { usePageTitle } from '../../hooks/usePageTitle';
import {
  addOwnComment,
  applyVoteResult,
  RECOMMENDATION_SORTS,
  upsertRecommendation,
  type CommentView,
  type FrameworkThemeView,
  type RecommendationSort,
  type RecommendationView,
  type VoteResult,
} from '#contract';
import { Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { ApiError } from '../../api/api-error';
import { useSetCurrentConference } from '../../app/current-conference';
import { Link } from '../../app/router';
import { useAuth, useParticipant } from '../../auth/AuthProvider';
import { ErrorMessage, Loading } from '../../components/ErrorMessage';
import { errorText } from '../../components/errors';
import { SelectField } from '../../components/fields';
import { StatusBadge } from '../../components/StatusBadge';
import { useAnnouncement } from '../../hooks/useAnnouncement';
import { useResource } from '../../hooks/useResource';
import { localised } from '../../i18n/catalogue';
import { useI18n } from '../../i18n/I18nProvider';
import { SpeakersPanel } from '../speakers/SpeakersPanel';
import { useOutbox, useOutboxItems } from '../../offline/OutboxProvider';
import { canSubmit, moderates as moderatesSession } from './permissions';
import { RecommendationCard } from './RecommendationCard';
import { RecommendationForm } from './RecommendationForm';
import { sessionApi } from './session-api';
import { SessionContext, type SessionPageContext } from './session-context';
import { applyOrder, sameOrder, sortRecommendations } from './sort';
import { useKeptCopy, useSessionLive } from './useSessionLive';
import { useTallyAnnouncements } from './useTallyAnnouncements';
import { lazyView } from '../../i18n/lazy-view';

const NO_THEMES: FrameworkThemeView[] = [];

// Moderators' tools in their own chunk: most of the room only votes and comments.
const ModeratorPanel = lazyView('staff', () =>
  import('./ModeratorPanel').then((m) => ({ default: m.ModeratorPanel })),
);

export function SessionPage({ sessionId }: { sessionId: string }) {
  const { t, language, fmt: baseFmt } = useI18n();
  const { api } = useAuth();
  const me = useParticipant();
  const calls = useMemo(() => sessionApi(api), [api]);
  const live = useSessionLive(sessionId, { offlineCopy: true });
  const session = live.state?.session;
  useSetCurrentConference(session?.conferenceId);
  usePageTitle(session ? localised(session.title, session.translations.title, language) : null);

  const conference = useResource(
    () =>
      session
        ? api.call('GET /conferences/:id', { params: { id: session.conferenceId } })
        : Promise.resolve(undefined),
    [api, session?.conferenceId],
  );
  const frameworks = useResource(() => api.call('GET /frameworks'), [api]);
  const framework = frameworks.data?.find((f) => f.id === conference.data?.framework);
  // Offline, the device's copy has the time zone and the themes its cards name.
  const themeList = framework?.themes ?? live.copy?.themes ?? NO_THEMES;
  const timeZone = conference.data?.timezone ?? live.copy?.timeZone ?? null;
  useKeptCopy(sessionId, live, { timeZone, themes: framework?.themes ?? NO_THEMES });

  const [notice, notify] = useAnnouncement();

  // What the outbox delivers for this session, wherever the delegate acted (or before a reload).
  const outbox = useOutbox();
  const latest = useRef({ live, t, notify });
  latest.current = { live, t, notify };
  useEffect(
    () =>
      outbox.onDelivered((item, result) => {
        const intent = item.intent;
        if (intent.kind === 'amendment-vote' || intent.sessionId !== sessionId) return;
        const { live: current, t: messages, notify: say } = latest.current;
        if (intent.kind === 'vote') {
          current.update((s) => applyVoteResult(s, result as VoteResult));
          say(
            intent.value
              ? messages.voteRecorded(messages.vote[intent.value], intent.title)
              : messages.voteWithdrawn(intent.title),
          );
        } else if (intent.kind === 'comment') {
          current.update((s) => addOwnComment(s, result as CommentView));
        } else {
          current.update((s) => upsertRecommendation(s, result as RecommendationView));
          say(messages.submittedNotice);
        }
        void current.settle();
      }),
    [outbox, sessionId],
  );

  const [composing, setComposing] = useState(false);
  const newButton = useRef<HTMLButtonElement>(null);
  const [sort, setSort] = useState<RecommendationSort>('top');
  const [order, setOrder] = useState<string[] | null>(null);
  const all = live.state?.recommendations;
  const active = useMemo(() => (all ?? []).filter((r) => r.status === 'submitted'), [all]);
  const inactive = useMemo(() => (all ?? []).filter((r) => r.status !== 'submitted'), [all]);
  // The first list fixes the order; later changes wait for "Update order" (see sort.ts).
  useEffect(() => {
    if (order === null && all) setOrder(sortRecommendations(active, sort).map((r) => r.id));
  }, [order, all, active, sort]);
  const shown = applyOrder(active, order ?? [], sort);
  const sorted = sortRecommendations(active, sort);
  const orderStale = !sameOrder(shown, sorted);
  const announcement = useTallyAnnouncements(live.live ? all : undefined);

  const context = useMemo<SessionPageContext | null>(() => {
    if (!session) return null;
    return {
      calls,
      live,
      session,
      me,
      moderates: moderatesSession(me, session),
      themes: new Map(themeList.map((th) => [th.code, th])),
      themeList,
      fmt: baseFmt.withTimeZone(timeZone ?? 'UTC'),
      notify,
      titleOf: (id) => all?.find((r) => r.id === id)?.title ?? null,
    };
  }, [calls, live, session, me, themeList, baseFmt, timeZone, notify, all]);

  if (!context || !session) {
    return (
      <section>
        {live.error ? (
          <ErrorMessage error={live.error} onRetry={() => void live.reload()} />
        ) : (
          <Loading />
        )}
      </section>
    );
  }

  const fmt = context.fmt;
  const title = localised(session.title, session.translations.title, language);
  return (
    <SessionContext.Provider value={context}>
      <article className="session-page" aria-labelledby="session-title">
        <p>
          <Link to={`/conferences/${session.conferenceId}`}>{t.backToProgramme}</Link>
        </p>
        <header className="session-header">
          <h1 id="session-title">{title}</h1>
          <p className="session-facts">
            <span>
              {t.status}: <StatusBadge status={session.status} />
            </span>
            <span>
              {t.sessionKind[session.kind]} ·{' '}
              <time dateTime={session.startsAt}>{fmt.day(session.startsAt)}</time>,{' '}
              {fmt.timeRange(session.startsAt, session.endsAt)}
            </span>
            {session.room && <span>{t.roomLabel(session.room)}</span>}
            {session.moderators.length > 0 && (
              <span>{t.moderatedBy(fmt.list(session.moderators.map((m) => m.name)))}</span>
            )}
          </p>
          {live.copy && (
            <p className="offline-copy" role="status">
              {t.offlineCopy(fmt.time(new Date(live.copy.savedAt).toISOString()))}
            </p>
          )}
          {session.description && (
            <p>{localised(session.description, session.translations.description, language)}</p>
          )}
          {session.summary && !context.moderates && (
            <section aria-labelledby="summary-heading" className="summary">
              <h2 id="summary-heading">{t.sessionSummary}</h2>
              <p>{session.summary}</p>
            </section>
          )}
        </header>

        {/* Both regions stay in the page: a live region added with its text is not read. */}
        <p className={notice ? 'notice toast' : 'visually-hidden'} role="status">
          {notice}
        </p>
        <p className="visually-hidden" aria-live="polite">
          {announcement}
        </p>

        {session.status === 'scheduled' && <p className="notice">{t.sessionNotOpenYet}</p>}
        {session.status === 'voting' && <p className="notice">{t.votingOnlyNotice}</p>}
        {session.status === 'closed' && <p className="notice">{t.sessionClosedNotice}</p>}

        {context.moderates && (
          <Suspense fallback={null}>
            <ModeratorPanel />
          </Suspense>
        )}
        <SpeakersPanel />
        {canSubmit(me, session) && (
          <div className="new-recommendation">
            {/* The form behind a button: on a phone the recommendations come first, not 23 themes. */}
            <button
              ref={newButton}
              type="button"
              className="secondary"
              aria-expanded={composing}
              onClick={() => setComposing(!composing)}
            >
              {t.newRecommendation}
            </button>
            {composing && (
              <RecommendationForm
                key={`new-${session.id}`}
                onDone={() => {
                  setComposing(false);
                  // Focus stays where the delegate acted.
                  newButton.current?.focus();
                }}
              />
            )}
          </div>
        )}
        <WaitingRecommendations sessionId={session.id} />

        <section aria-labelledby="recommendations-heading" className="recommendations">
          <div className="list-header">
            <h2 id="recommendations-heading">
              {t.recommendations} <span className="count">({fmt.number(active.length)})</span>
            </h2>
            <SelectField
              label={t.sortBy}
              value={sort}
              onChange={(e) => {
                const next = e.target.value as RecommendationSort;
                setSort(next);
                setOrder(sortRecommendations(active, next).map((r) => r.id));
              }}
            >
              {RECOMMENDATION_SORTS.map((s) => (
                <option key={s} value={s}>
                  {t.sort[s]}
                </option>
              ))}
            </SelectField>
          </div>
          {orderStale && (
            <p className="order-stale">
              {t.orderChanged}{' '}
              <button
                type="button"
                className="secondary small"
                onClick={() => setOrder(sorted.map((r) => r.id))}
              >
                {t.updateOrder}
              </button>
            </p>
          )}
          {active.length === 0 && <p className="muted">{t.noRecommendations}</p>}
          <ol className="plain-list recommendation-list">
            {shown.map((r) => (
              <li key={r.id}>
                <RecommendationCard
                  recommendation={r}
                  others={active.filter((o) => o.id !== r.id)}
                />
              </li>
            ))}
          </ol>
          {inactive.length > 0 && (
            <details className="inactive">
              <summary>{t.otherRecommendations(fmt.number(inactive.length))}</summary>
              <ol className="plain-list recommendation-list">
                {inactive.map((r) => (
                  <li key={r.id}>
                    <RecommendationCard recommendation={r} others={[]} />
                  </li>
                ))}
              </ol>
            </details>
          )}
        </section>
      </article>
    </SessionContext.Provider>
  );
}

/** New recommendations of this session that wait in the outbox, or that it could not submit. */
function WaitingRecommendations({ sessionId }: { sessionId: string }) {
  const { t } = useI18n();
  const { outbox, items } = useOutboxItems();
  const waiting = items.filter(
    (i) => i.intent.kind === 'recommendation' && i.intent.sessionId === sessionId,
  );
  if (!waiting.length) return null;
  return (
    <section aria-labelledby="waiting-heading" className="card pending-list">
      <h2 id="waiting-heading">{t.waitingToBeSent}</h2>
      <ul className="plain-list">
        {waiting.map((item) =>
          item.intent.kind === 'recommendation' ? (
            <li key={item.key}>
              {item.refused ? (
                <div className="error" role="alert">
                  <p>
                    {t.recommendationRefused(
                      item.intent.draft.title,
                      errorText(t, new ApiError(item.refused.status, item.refused.messages)),
                    )}
                  </p>
                  <button
                    type="button"
                    className="secondary small"
                    onClick={() => outbox.dismiss(item.key)}
                  >
                    {t.dismiss}
                  </button>
                </div>
              ) : (
                <p className="pending-note">{t.recommendationPending(item.intent.draft.title)}</p>
              )}
            </li>
          ) : null,
        )}
      </ul>
    </section>
  );
}
