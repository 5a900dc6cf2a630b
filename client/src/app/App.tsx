import { useAuth } from '../auth/AuthProvider';
import { mainTokens, screenTokens } from '../auth/token-store';
import { AuthProvider } from '../auth/AuthProvider';
import { Layout } from '../components/Layout';
import { HomePage } from '../features/home/HomePage';
import { ProgrammePage } from '../features/programme/ProgrammePage';
import { ScreenPage } from '../features/screen/ScreenPage';
import { AuditPage } from '../features/secretariat/AuditPage';
import {
  ConferenceSettingsPage,
  NewConferencePage,
} from '../features/secretariat/ConferenceSettingsPage';
import { OutcomePage } from '../features/secretariat/OutcomePage';
import { ParticipantsPage } from '../features/secretariat/ParticipantsPage';
import { SessionsSetupPage } from '../features/secretariat/SessionsSetupPage';
import { SessionPage } from '../features/session/SessionPage';
import { SignInPage } from '../features/signin/SignInPage';
import { useI18n } from '../i18n/I18nProvider';
import { CurrentConferenceProvider } from './current-conference';
import { match, useRouter } from './router';

export function App() {
  const { path } = useRouter();
  // The room screen signs in on its own (an observer), apart from whoever uses this browser.
  const screen = match('/screen/:sessionId', path);
  if (screen) {
    return (
      <AuthProvider store={screenTokens} adoptLanguage={false}>
        <ScreenPage sessionId={screen.sessionId!} />
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
  return (
    <CurrentConferenceProvider initial={participant?.conferenceId ?? null}>
      <Layout>{participant ? <Routes /> : <SignInPage />}</Layout>
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
