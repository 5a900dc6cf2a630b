import { usePageTitle } from '../../hooks/usePageTitle';
import { useEffect } from 'react';
import { Link, useRouter } from '../../app/router';
import { useAuth, useParticipant } from '../../auth/AuthProvider';
import { ErrorMessage, Loading } from '../../components/ErrorMessage';
import { useResource } from '../../hooks/useResource';
import { localised } from '../../i18n/catalogue';
import { useI18n } from '../../i18n/I18nProvider';

/** The conferences a participant can see; with just one (the usual case) it opens it directly. */
export function HomePage() {
  const { t, language, fmt } = useI18n();
  const { api } = useAuth();
  const participant = useParticipant();
  const { navigate } = useRouter();
  const conferences = useResource(() => api.call('GET /conferences'), [api]);
  usePageTitle(t.conferences);

  const only = conferences.data?.length === 1 ? conferences.data[0] : undefined;
  useEffect(() => {
    if (only && participant.role !== 'secretariat')
      navigate(`/conferences/${only.id}`, { replace: true });
  }, [only, participant.conferenceId, navigate]);

  return (
    <section>
      <h1>{t.conferences}</h1>
      {conferences.loading && <Loading />}
      <ErrorMessage error={conferences.error} onRetry={() => void conferences.reload()} />
      {conferences.data?.length === 0 && <p>{t.noConferences}</p>}
      <ul className="plain-list">
        {conferences.data?.map((c) => (
          <li key={c.id} className="card">
            <h2>
              <Link to={`/conferences/${c.id}`}>
                {localised(c.title, c.translations.title, language)}
              </Link>
            </h2>
            <p>
              {c.city} · {fmt.calendarDate(c.startsOn)} – {fmt.calendarDate(c.endsOn)}
            </p>
          </li>
        ))}
      </ul>
      {participant.role === 'secretariat' && participant.conferenceId === null && (
        <p>
          <Link to="/conferences/new" className="button-link">
            {t.newConference}
          </Link>
        </p>
      )}
    </section>
  );
}
