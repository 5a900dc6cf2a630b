import { usePageTitle } from '../../hooks/usePageTitle';
import { useSetCurrentConference } from '../../app/current-conference';
import { Link } from '../../app/router';
import { useAuth, useParticipant } from '../../auth/AuthProvider';
import { ErrorMessage, Loading } from '../../components/ErrorMessage';
import { StatusBadge } from '../../components/StatusBadge';
import { useResource } from '../../hooks/useResource';
import { localised } from '../../i18n/catalogue';
import { useI18n } from '../../i18n/I18nProvider';
import { DraftsSection } from '../drafts/DraftsSection';
import { groupByDay } from './group-by-day';

export function ProgrammePage({ conferenceId }: { conferenceId: string }) {
  const { t, language, fmt: baseFmt } = useI18n();
  const { api } = useAuth();
  const participant = useParticipant();
  useSetCurrentConference(conferenceId);
  const conference = useResource(
    () => api.call('GET /conferences/:id', { params: { id: conferenceId } }),
    [api, conferenceId],
  );
  const sessions = useResource(
    () => api.call('GET /conferences/:id/sessions', { params: { id: conferenceId } }),
    [api, conferenceId],
  );

  const c = conference.data;
  usePageTitle(c ? localised(c.title, c.translations.title, language) : null);
  const fmt = baseFmt.withTimeZone(c?.timezone ?? 'UTC');
  const showScreens = participant.role === 'secretariat' || participant.role === 'moderator';

  return (
    <section>
      {conference.loading && !c && <Loading />}
      <ErrorMessage error={conference.error} onRetry={() => void conference.reload()} />
      {c && (
        <>
          <h1>{localised(c.title, c.translations.title, language)}</h1>
          <p className="lead">
            {c.city} · {fmt.calendarDate(c.startsOn)} – {fmt.calendarDate(c.endsOn)}
          </p>
          {c.targetProcess && (
            <p className="muted">
              {localised(c.targetProcess, c.translations.targetProcess, language)}
            </p>
          )}
          <h2>{t.programme}</h2>
          {sessions.loading && !sessions.data && <Loading />}
          <ErrorMessage error={sessions.error} onRetry={() => void sessions.reload()} />
          {sessions.data?.length === 0 && <p>{t.noSessions}</p>}
          {sessions.data &&
            groupByDay(sessions.data, c.timezone).map((day) => (
              <section key={day.day} aria-labelledby={`day-${day.day}`} className="programme-day">
                <h3 id={`day-${day.day}`}>{fmt.day(day.sessions[0]!.startsAt)}</h3>
                <ol className="plain-list sessions">
                  {day.sessions.map((s) => {
                    const title = localised(s.title, s.translations.title, language);
                    return (
                      <li key={s.id} className="session-item">
                        <p className="time">
                          <time dateTime={s.startsAt}>{fmt.time(s.startsAt)}</time>–
                          <time dateTime={s.endsAt}>{fmt.time(s.endsAt)}</time>
                          <span className="kind"> · {t.sessionKind[s.kind]}</span>
                        </p>
                        <p className="session-title">
                          <Link to={`/sessions/${s.id}`} aria-describedby={`status-${s.id}`}>
                            {title}
                          </Link>{' '}
                          <StatusBadge id={`status-${s.id}`} status={s.status} />
                        </p>
                        {s.moderators.length > 0 && (
                          <p className="muted">
                            {t.moderatedBy(fmt.list(s.moderators.map((m) => m.name)))}
                          </p>
                        )}
                        {s.room && <p className="muted">{t.roomLabel(s.room)}</p>}
                        {showScreens && (
                          <p>
                            <a
                              href={`/screen/${s.id}`}
                              target="_blank"
                              rel="noopener"
                              aria-label={t.openRoomScreen(title)}
                            >
                              {t.roomScreen}
                            </a>
                          </p>
                        )}
                      </li>
                    );
                  })}
                </ol>
              </section>
            ))}
          <DraftsSection conferenceId={conferenceId} />
        </>
      )}
    </section>
  );
}
