import type { ReactNode } from 'react';
import { Link, useRouter } from '../app/router';
import { useCurrentConferenceId } from '../app/current-conference';
import { useAuth } from '../auth/AuthProvider';
import { useI18n } from '../i18n/I18nProvider';
import { ConnectionBadge } from './ConnectionBadge';
import { LanguageSelect } from './LanguageSelect';
import { PendingBadge } from './PendingBadge';

export function Layout({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const { participant, liveStatus, signOut } = useAuth();
  const conferenceId = useCurrentConferenceId();
  const { path, navigate } = useRouter();

  const links: Array<{ to: string; label: string }> = [];
  if (participant && conferenceId) {
    const base = `/conferences/${conferenceId}`;
    links.push({ to: base, label: t.programme });
    if (participant.role === 'secretariat') {
      links.push(
        { to: `${base}/settings`, label: t.conferenceSettings },
        { to: `${base}/sessions`, label: t.sessionsSetup },
        { to: `${base}/participants`, label: t.participants },
        { to: `${base}/audit`, label: t.auditLog },
        { to: `${base}/outcome`, label: t.outcomeDocument },
      );
    }
  }

  return (
    <>
      <a className="skip-link" href="#main">
        {t.skipToContent}
      </a>
      <header className="site-header">
        <div className="bar">
          <Link to="/" className="brand">
            {t.appName}
          </Link>
          <div className="tools">
            {participant && <ConnectionBadge status={liveStatus} />}
            {participant && <PendingBadge />}
            <LanguageSelect />
          </div>
        </div>
        {participant && (
          <div className="bar">
            {links.length > 0 && (
              <nav aria-label={t.mainNavigation}>
                <ul>
                  {links.map((l) => (
                    <li key={l.to}>
                      <Link to={l.to} aria-current={path === l.to ? 'page' : undefined}>
                        {l.label}
                      </Link>
                    </li>
                  ))}
                </ul>
              </nav>
            )}
            <div className="account">
              <span>{t.signedInAs(participant.name, t.role[participant.role])}</span>
              <button
                type="button"
                className="secondary small"
                onClick={() => {
                  signOut();
                  navigate('/');
                }}
              >
                {t.signOut}
              </button>
            </div>
          </div>
        )}
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
