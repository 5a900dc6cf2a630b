import type { AmendmentVoteResult } from '#contract';
import { lazy, Suspense, useEffect, useMemo, useRef } from 'react';
import { useSetCurrentConference } from '../../app/current-conference';
import { Link } from '../../app/router';
import { useAuth, useParticipant } from '../../auth/AuthProvider';
import { ErrorMessage, Loading } from '../../components/ErrorMessage';
import { usePageTitle } from '../../hooks/usePageTitle';
import { useAnnouncement } from '../../hooks/useAnnouncement';
import { useResource } from '../../hooks/useResource';
import { isLanguage } from '../../i18n/catalogue';
import { useI18n } from '../../i18n/I18nProvider';
import { useOutbox } from '../../offline/OutboxProvider';
import { draftApi } from './draft-api';
import { DraftContext, type DraftPageContext } from './draft-context';
import { applyAmendmentVote } from './draft-state';
import { amendmentsByParagraph, chairs as chairsDraft, orphanAmendments } from './draft-text';
import { DraftFloor } from './DraftFloor';
import { DraftParagraph } from './DraftParagraph';
import { AmendmentCard } from './AmendmentCard';
import { SilenceNotice } from './SilenceNotice';
import { useDraftLive } from './useDraftLive';
import './drafts.css';

// The versions' table and the chairs' tools load after the text, in their own chunks.
const VersionsPanel = lazy(() =>
  import('./VersionsPanel').then((m) => ({ default: m.VersionsPanel })),
);
const ChairPanel = lazy(() => import('./ChairPanel').then((m) => ({ default: m.ChairPanel })));

/** The drafting room: the draft's text, numbered as delegates cite it, with its amendments. */
export function DraftPage({ draftId }: { draftId: string }) {
  const { t, fmt: baseFmt } = useI18n('drafting');
  const { api } = useAuth();
  const me = useParticipant();
  const calls = useMemo(() => draftApi(api), [api]);
  const live = useDraftLive(draftId);
  const draft = live.state?.draft;
  const amendments = live.state?.amendments;
  useSetCurrentConference(draft?.conferenceId);
  usePageTitle(draft?.title);
  const conference = useResource(
    () =>
      draft
        ? api.call('GET /conferences/:id', { params: { id: draft.conferenceId } })
        : Promise.resolve(undefined),
    [api, draft?.conferenceId],
  );

  const [notice, notify] = useAnnouncement();

  // Votes on amendments go through the outbox: fold in each answer, wherever the delegate voted.
  const outbox = useOutbox();
  const latest = useRef({ live, t, notify });
  latest.current = { live, t, notify };
  useEffect(
    () =>
      outbox.onDelivered((item, result) => {
        const intent = item.intent;
        if (intent.kind !== 'amendment-vote' || intent.draftId !== draftId) return;
        const { live: current, t: messages, notify: say } = latest.current;
        current.update((s) => applyAmendmentVote(s, result as AmendmentVoteResult));
        say(
          intent.value
            ? messages.drafts.voteRecorded(messages.vote[intent.value])
            : messages.voteWithdrawn(messages.drafts.proposeTo(intent.label)),
        );
        void current.settle();
      }),
    [outbox, draftId],
  );

  const context = useMemo<DraftPageContext | null>(() => {
    if (!draft) return null;
    return {
      calls,
      live,
      draft,
      me,
      chairs: chairsDraft(me, draft),
      fmt: baseFmt.withTimeZone(conference.data?.timezone ?? 'UTC'),
      timeZone: conference.data?.timezone ?? 'UTC',
      languages: conference.data?.languages ?? [draft.language],
      notify,
    };
  }, [calls, live, draft, me, baseFmt, conference.data, notify]);
  const grouped = useMemo(() => amendmentsByParagraph(amendments ?? []), [amendments]);

  if (!context || !draft) {
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

  const orphans = orphanAmendments(draft, amendments ?? []);
  const languageName = isLanguage(draft.language)
    ? t.languageName[draft.language]
    : draft.language.toUpperCase();
  const version =
    draft.version === 0 ? t.drafts.zeroDraft : t.drafts.revision(String(draft.version));
  return (
    <DraftContext.Provider value={context}>
      <article className="draft-page" aria-labelledby="draft-title">
        <p>
          <Link to={`/conferences/${draft.conferenceId}`}>{t.drafts.backToConference}</Link>
        </p>
        <header className="session-header">
          <h1 id="draft-title" dir="auto">
            {draft.title}
          </h1>
          <p className="session-facts">
            <span>
              {t.status}:{' '}
              <span className={`badge draft-${draft.status}`}>{t.drafts.status[draft.status]}</span>
            </span>
            <span>{t.drafts.facts(languageName, version)}</span>
            {draft.chairs.length > 0 && (
              <span>{t.drafts.chairedBy(context.fmt.list(draft.chairs.map((c) => c.name)))}</span>
            )}
            <span className="muted">{live.live ? t.drafts.live : t.drafts.notLive}</span>
            {context.chairs && (
              <a
                href={`/screen/drafts/${draft.id}`}
                target="_blank"
                rel="noopener"
                aria-label={t.drafts.openScreen(draft.title)}
              >
                {t.roomScreen}
              </a>
            )}
          </p>
          <p className={draft.clean ? 'muted' : 'notice'}>
            {draft.clean ? t.drafts.clean : t.drafts.notClean}
          </p>
        </header>

        <p className={notice ? 'notice toast' : 'visually-hidden'} role="status">
          {notice}
        </p>

        <SilenceNotice />
        {context.chairs && (
          <Suspense fallback={null}>
            <ChairPanel />
          </Suspense>
        )}
        <DraftFloor />

        <section aria-labelledby="draft-text-heading" className="draft-text" lang={draft.language}>
          <h2 id="draft-text-heading">{t.drafts.text}</h2>
          {!draft.clean && <p className="muted small-text">{t.drafts.bracketsNote}</p>}
          <ol className="plain-list draft-paragraphs">
            {draft.paragraphs.map((p) => (
              <li key={p.id}>
                <DraftParagraph paragraph={p} amendments={grouped.get(p.id) ?? []} />
              </li>
            ))}
          </ol>
        </section>
        <Suspense fallback={null}>
          <VersionsPanel />
        </Suspense>
        {orphans.length > 0 && (
          <details className="inactive">
            <summary>{t.drafts.amendmentsOfDeleted}</summary>
            <ol className="plain-list">
              {orphans.map((a) => (
                <li key={a.id}>
                  <AmendmentCard amendment={a} label={String(a.paragraphNumber ?? '—')} />
                </li>
              ))}
            </ol>
          </details>
        )}
      </article>
    </DraftContext.Provider>
  );
}
