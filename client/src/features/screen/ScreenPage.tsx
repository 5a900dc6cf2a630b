import { lazy, Suspense } from 'react';
import { usePageTitle } from '../../hooks/usePageTitle';
import { useAuth } from '../../auth/AuthProvider';
import { ConnectionBadge } from '../../components/ConnectionBadge';
import { ErrorMessage, Loading } from '../../components/ErrorMessage';
import { LanguageSelect } from '../../components/LanguageSelect';
import { StatusBadge } from '../../components/StatusBadge';
import { localised } from '../../i18n/catalogue';
import { useI18n } from '../../i18n/I18nProvider';
import { SignInForm } from '../signin/SignInForm';
import { sortRecommendations } from '../session/sort';
import { TallyView } from '../session/TallyView';
import { useSessionLive } from '../session/useSessionLive';
import { ScreenSpeakers } from '../speakers/ScreenSpeakers';

const TOP = 6;

// A draft's screen: the drafting room's own code, loaded only by a screen that shows a draft.
const DraftScreenView = lazy(() =>
  import('../drafts/DraftScreenView').then((m) => ({ default: m.DraftScreenView })),
);

/**
 * The projector view. It signs in once, in this window, with an observer account (kept apart
 * from any other sign-in of this browser), and shows nothing that can be changed: a screen
 * left unattended in a room must not carry a delegate's or the secretariat's rights.
 */
export function ScreenPage(target: { sessionId: string } | { draftId: string }) {
  const { t } = useI18n();
  const { participant } = useAuth();
  return (
    <div className="screen">
      <a className="skip-link" href="#main">
        {t.skipToContent}
      </a>
      <header className="screen-header">
        <span className="brand">{t.appName}</span>
        <div className="tools">
          {participant && <ScreenStatus />}
          <LanguageSelect />
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {participant ? (
          'draftId' in target ? (
            <Suspense fallback={<Loading />}>
              <DraftScreenView draftId={target.draftId} />
            </Suspense>
          ) : (
            <ScreenView sessionId={target.sessionId} />
          )
        ) : (
          <SignInForm
            heading={t.screenSignInTitle}
            intro={t.screenSignInHint}
            refuse={(p) => (p.role === 'observer' ? null : t.screenObserverOnly)}
          />
        )}
      </main>
    </div>
  );
}

function ScreenStatus() {
  const { liveStatus } = useAuth();
  return <ConnectionBadge status={liveStatus} />;
}

function ScreenView({ sessionId }: { sessionId: string }) {
  const { t, language } = useI18n();
  const { liveStatus } = useAuth();
  const live = useSessionLive(sessionId);
  const state = live.state;
  usePageTitle(
    state
      ? localised(state.session.title, state.session.translations.title, language)
      : t.roomScreen,
  );
  if (!state)
    return live.error ? (
      <ErrorMessage error={live.error} onRetry={() => void live.reload()} />
    ) : (
      <Loading />
    );
  const session = state.session;
  const active = state.recommendations.filter((r) => r.status === 'submitted');
  // On the projector the order follows the votes at once: nobody is pointing at the list.
  const top = sortRecommendations(active, 'top').slice(0, TOP);
  const votes = active.reduce((n, r) => n + r.tally.support + r.tally.oppose + r.tally.abstain, 0);
  // While the connection is down the tallies freeze: say so, large, rather than show them as live.
  const stale = liveStatus !== 'live';
  return (
    <article className={`screen-view${stale ? ' stale' : ''}`} aria-labelledby="screen-title">
      <header>
        <h1 id="screen-title">{localised(session.title, session.translations.title, language)}</h1>
        <p className="screen-facts">
          <StatusBadge status={session.status} /> <span>{t.votesCast(votes)}</span>
          {live.presence !== null && <span> · {t.presence(live.presence)}</span>}
        </p>
      </header>
      {stale && <p className="stale-banner">{t.talliesStale}</p>}
      <ScreenSpeakers speakers={state.speakers} />
      <h2>{t.topRecommendations}</h2>
      {top.length === 0 && <p>{t.noRecommendations}</p>}
      <ol className="screen-list">
        {top.map((r) => (
          <li key={r.id}>
            <article aria-labelledby={`screen-${r.id}`}>
              <h3 id={`screen-${r.id}`}>{r.title}</h3>
              <TallyView tally={r.tally} large />
            </article>
          </li>
        ))}
      </ol>
    </article>
  );
}
