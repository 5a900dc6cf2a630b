import { usePageTitle } from '../../hooks/usePageTitle';
import { useSetCurrentConference } from '../../app/current-conference';
import { useRouter } from '../../app/router';
import { useAuth } from '../../auth/AuthProvider';
import { ErrorMessage, Loading } from '../../components/ErrorMessage';
import { useResource } from '../../hooks/useResource';
import { useI18n } from '../../i18n/I18nProvider';
import { ConferenceForm } from './ConferenceForm';
import './secretariat.css';

export function ConferenceSettingsPage({ conferenceId }: { conferenceId: string }) {
  const { t } = useI18n('staff');
  const { api } = useAuth();
  useSetCurrentConference(conferenceId);
  usePageTitle(t.conferenceSettings);
  const conference = useResource(
    () => api.call('GET /conferences/:id', { params: { id: conferenceId } }),
    [api, conferenceId],
  );
  const frameworks = useResource(() => api.call('GET /frameworks'), [api]);
  return (
    <section>
      <h1>{t.conferenceSettings}</h1>
      {(conference.loading || frameworks.loading) && <Loading />}
      <ErrorMessage
        error={conference.error ?? frameworks.error}
        onRetry={() => void conference.reload()}
      />
      {conference.data && frameworks.data && (
        <ConferenceForm
          initial={conference.data}
          frameworks={frameworks.data}
          submitLabel={t.save}
          onSubmit={async (input) => {
            const saved = await api.call('PATCH /conferences/:id', {
              params: { id: conferenceId },
              body: input,
            });
            conference.setData(() => saved);
          }}
        />
      )}
    </section>
  );
}

export function NewConferencePage() {
  const { t } = useI18n('staff');
  const { api } = useAuth();
  const { navigate } = useRouter();
  usePageTitle(t.newConference);
  const frameworks = useResource(() => api.call('GET /frameworks'), [api]);
  return (
    <section>
      <h1>{t.newConference}</h1>
      {frameworks.loading && <Loading />}
      <ErrorMessage error={frameworks.error} />
      {frameworks.data && (
        <ConferenceForm
          frameworks={frameworks.data}
          submitLabel={t.createConference}
          onSubmit={async (input) => {
            const created = await api.call('POST /conferences', { body: input });
            navigate(`/conferences/${created.id}/settings`);
          }}
        />
      )}
    </section>
  );
}
