import { lazy, Suspense, useEffect } from 'react';
import { useAuth } from '../auth/AuthProvider';
import { mainTokens, screenTokens } from '../auth/token-store';
import { AuthProvider } from '../auth/AuthProvider';
import { Loading } from '../components/ErrorMessage';
import { Layout } from '../components/Layout';
import { SignInPage } from '../features/signin/SignInPage';
import { useI18n } from '../i18n/I18nProvider';
import { OutboxProvider } from '../offline/OutboxProvider';
import { sessionCopies } from '../offline/session-copies';
import { CurrentConferenceProvider } from './current-conference';
import { match, useRouter } from './router';
import { lazyView } from '../i18n/lazy-view';

/*
 * One chunk per route, so the sign-in form needs only the app's core and a delegate's phone
 * downloads the delegate's views, never the secretariat's or the room screen's.
 */
const HomePage = lazy(() =>
  import('../features/home/HomePage').then((m) => ({ default: m.HomePage })),
);
const ProgrammePage = lazy(() =>
  import('../features/programme/ProgrammePage').then((m) => ({ default: m.ProgrammePage })),
);
const SessionPage = lazy(() =>
  import('../features/session/SessionPage').then((m) => ({ default: m.SessionPage })),
);
const DraftPage = lazyView('drafting', () =>
  import('../features/drafts/DraftPage').then((m) => ({ default: m.DraftPage })),
);
const ScreenPage = lazyView('staff', () =>
  import('../features/screen/ScreenPage').then((m) => ({ default: m.ScreenPage })),
);
const AuditPage = lazyView('staff', () =>
  import('../features/secretariat/AuditPage').then((m) => ({ default: m.AuditPage })),
);
const ConferenceSettingsPage = lazyView('staff', () =>
  import('../features/secretariat/ConferenceSettingsPage').then((m) => ({
    default: m.ConferenceSettingsPage,
  })),
);
const NewConferencePage = lazyView('staff', () =>
  import('../features/secretariat/ConferenceSettingsPage').then((m) => ({
    default: m.NewConferencePage,
  })),
);
const OutcomePage = lazyView('staff', () =>
  import('../features/secretariat/OutcomePage').then((m) => ({ default: m.OutcomePage })),
);
const ParticipantsPage = lazyView('staff', () =>
  import('../features/secretariat/ParticipantsPage').then((m) => ({ default: m.ParticipantsPage })),
);
const SessionsSetupPage = lazyView('staff', () =>
  import('../features/secretariat/SessionsSetupPage').then((m) => ({
    default: m.SessionsSetupPage,
  })),
);

export function App() {
  const { path } = useRouter();
  // The room screen signs in on its own (an observer), apart from whoever uses this browser.
  const draftScreen = match('/screen/drafts/:draftId', path);
  const screen = match('/screen/:sessionId', path);
  if (screen || draftScreen) {
    return (
      <AuthProvider store={screenTokens} adoptLanguage={false}>
        <Suspense fallback={<Loading />}>
          {draftScreen ? (
            <ScreenPage draftId={draftScreen.draftId!} />
          ) : (
            <ScreenPage sessionId={screen!.sessionId!} />
          )}
        </Suspense>
      </AuthProvider>
    );
  }
  return (
    <AuthProvider store={mainTokens}>
      <MainApp />
    </AuthProvider>
  );
}

function MainApp() {
  const { participant } = useAuth();
  const participantId = participant?.id ?? null;
  // The device's copies of sessions are the signed-in participant's only: signing out (here or
  // in another tab, or the token running out) or someone else signing in removes the others.
  useEffect(() => sessionCopies.keepOnly(participantId), [participantId]);
  return (
    <CurrentConferenceProvider initial={participant?.conferenceId ?? null}>
      <OutboxProvider>
        <Layout>
          {participant ? (
            <Suspense fallback={<Loading />}>
              <Routes />
            </Suspense>
          ) : (
            <SignInPage />
          )}
        </Layout>
      </OutboxProvider>
    </CurrentConferenceProvider>
  );
}

function Routes() {
  const { path } = useRouter();
  const { participant } = useAuth();
  const secretariat = participant?.role === 'secretariat';
  let m: Record<string, string> | null;
  if (path === '/') return <HomePage />;
  if ((m = match('/sessions/:id', path))) return <SessionPage key={m.id} sessionId={m.id!} />;
  if ((m = match('/drafts/:id', path))) return <DraftPage key={m.id} draftId={m.id!} />;
  if (secretariat && match('/conferences/new', path)) return <NewConferencePage />;
  if ((m = match('/conferences/:id', path)))
    return <ProgrammePage key={m.id} conferenceId={m.id!} />;
  if (secretariat) {
    if ((m = match('/conferences/:id/settings', path)))
      return <ConferenceSettingsPage key={m.id} conferenceId={m.id!} />;
    if ((m = match('/conferences/:id/sessions', path)))
      return <SessionsSetupPage key={m.id} conferenceId={m.id!} />;
    if ((m = match('/conferences/:id/participants', path)))
      return <ParticipantsPage key={m.id} conferenceId={m.id!} />;
    if ((m = match('/conferences/:id/audit', path)))
      return <AuditPage key={m.id} conferenceId={m.id!} />;
    if ((m = match('/conferences/:id/outcome', path)))
      return <OutcomePage key={m.id} conferenceId={m.id!} />;
  }
  return <NotFound />;
}

function NotFound() {
  const { t } = useI18n();
  return (
    <section>
      <h1>{t.errorNotFound}</h1>
    </section>
  );
}
