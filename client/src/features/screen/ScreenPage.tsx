import { Suspense } from 'react';
import { usePageTitle } from '../../hooks/usePageTitle';
import { useAuth } from '../../auth/AuthProvider';
import { ConnectionBadge } from '../../components/ConnectionBadge';
import { ErrorMessage, Loading } from '../../components/ErrorMessage';
import { LanguageSelect } from '../../components/LanguageSelect';
import { QrCode } from '../../components/QrCode';
import { StatusBadge } from '../../components/StatusBadge';
import { localised } from '../../i18n/catalogue';
import { useI18n } from '../../i18n/I18nProvider';
import { SignInForm } from '../signin/SignInForm';
import { sortRecommendations } from '../session/sort';
import { TallyView } from '../session/TallyView';
import { useSessionLive } from '../session/useSessionLive';
import { ScreenSpeakers } from '../speakers/ScreenSpeakers';
import { lazyView } from '../../i18n/lazy-view';
import './screen.css';

const TOP = 6;

// A draft's screen: the drafting room's own code, loaded only by a screen that shows a draft.
const DraftScreenView = lazyView('drafting', () =>
  import('../drafts/DraftScreenView').then((m) => ({ default: m.DraftScreenView })),
);

/**
 * The projector view. It signs in once, in this window, with an observer account (kept apart
 * from any other sign-in of this browser), and shows nothing that can be changed: a screen
 * left unattended in a room must not carry a delegate's or the secretariat's rights.
 */
export function ScreenPage(target: { sessionId: string } | { draftId: string }) {
  const { t } = useI18n('staff');
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
  const { t, language } = useI18n('staff');
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
  const closed = session.status === 'closed';
  // On the projector the order follows the votes at once: nobody is pointing at the list. Once
  // the session is closed, the outcome: the adopted first, then the noted, then the rest.
  const ranked = sortRecommendations(active, 'top');
  const top = (closed ? [...ranked].sort((a, b) => outcomeRank(a) - outcomeRank(b)) : ranked).slice(
    0,
    TOP,
  );
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
      {!closed && <JoinPanel sessionId={session.id} />}
      <ScreenSpeakers speakers={state.speakers} />
      <h2>{closed ? t.screenOutcome : t.topRecommendations}</h2>
      {top.length === 0 && <p>{t.noRecommendations}</p>}
      <ol className="screen-list">
        {top.map((r) => (
          <li key={r.id}>
            <article aria-labelledby={`screen-${r.id}`}>
              <h3 id={`screen-${r.id}`}>{r.title}</h3>
              {closed && r.disposition && (
                <p className={`screen-outcome outcome-${r.disposition}`}>
                  {t.disposition[r.disposition]}
                </p>
              )}
              <TallyView tally={r.tally} large />
            </article>
          </li>
        ))}
      </ol>
    </article>
  );
}

const OUTCOME_ORDER = { adopted: 0, noted: 1, not_adopted: 2 } as const;

function outcomeRank(r: { disposition: keyof typeof OUTCOME_ORDER | null }): number {
  return r.disposition ? OUTCOME_ORDER[r.disposition] : 3;
}

/** How to join from a phone: the session's address, and the same as a QR code, large. */
function JoinPanel({ sessionId }: { sessionId: string }) {
  const { t } = useI18n('staff');
  const address = `${window.location.origin}/sessions/${sessionId}`;
  return (
    <aside className="screen-join" aria-labelledby="screen-join-title">
      <QrCode className="screen-qr" text={address} label={t.qrCodeOf(address)} />
      <div>
        <h2 id="screen-join-title">{t.joinOnPhone}</h2>
        <p className="screen-address">{address}</p>
      </div>
    </aside>
  );
}
