import { LIMITS, type ConferenceView, type SessionKind, type SessionView } from '#contract';
import { usePageTitle } from '../../hooks/usePageTitle';
import { useState, type FormEvent } from 'react';
import { splitFieldErrors, type FieldErrors } from '../../api/api-error';
import type { ApiClient } from '../../api/client';
import { useSetCurrentConference } from '../../app/current-conference';
import { Link } from '../../app/router';
import { useAuth } from '../../auth/AuthProvider';
import { ErrorMessage, Loading } from '../../components/ErrorMessage';
import {
  CheckboxGroup,
  FormErrors,
  SelectField,
  TextArea,
  TextField,
} from '../../components/fields';
import { StatusBadge } from '../../components/StatusBadge';
import { useResource } from '../../hooks/useResource';
import { fromLocalInput } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { SessionEditForm } from './SessionEditForm';
import './secretariat.css';

const KINDS: readonly SessionKind[] = [
  'plenary',
  'led_discussion',
  'parallel_workshop',
  'thematic_session',
];
const FIELDS = [
  'title',
  'kind',
  'startsAt',
  'endsAt',
  'room',
  'description',
  'moderatorIds',
] as const;
type Field = (typeof FIELDS)[number];

interface Candidate {
  value: string;
  label: string;
}

export function SessionsSetupPage({ conferenceId }: { conferenceId: string }) {
  const { t, fmt: baseFmt } = useI18n('staff');
  const { api } = useAuth();
  useSetCurrentConference(conferenceId);
  usePageTitle(t.sessionsSetup);
  const conference = useResource(
    () => api.call('GET /conferences/:id', { params: { id: conferenceId } }),
    [api, conferenceId],
  );
  const sessions = useResource(
    () => api.call('GET /conferences/:id/sessions', { params: { id: conferenceId } }),
    [api, conferenceId],
  );
  const moderators = useResource(
    () =>
      api.call('GET /participants', {
        query: { conferenceId, role: 'moderator', limit: 500 },
      }),
    [api, conferenceId],
  );
  const [editing, setEditing] = useState<string | null>(null);
  const [saved, setSaved] = useState('');
  const timeZone = conference.data?.timezone ?? 'UTC';
  const fmt = baseFmt.withTimeZone(timeZone);
  const candidates: Candidate[] = (moderators.data?.items ?? []).map((p) => ({
    value: p.id,
    label: p.organisation ? `${p.name} (${p.organisation})` : p.name,
  }));

  return (
    <section>
      <h1>{t.sessionsSetup}</h1>
      {conference.data && (
        <NewSessionForm
          api={api}
          conference={conference.data}
          candidates={candidates}
          onCreated={() => void sessions.reload()}
        />
      )}
      {sessions.loading && !sessions.data && <Loading />}
      <ErrorMessage
        error={sessions.error ?? moderators.error}
        onRetry={() => void sessions.reload()}
      />
      {candidates.length === 0 && moderators.data && (
        <p className="muted">{t.noModeratorAccounts}</p>
      )}
      <p role="status" className={saved ? 'notice' : 'visually-hidden'}>
        {saved}
      </p>
      <ol className="plain-list">
        {[...(sessions.data ?? [])]
          .sort((a, b) => a.startsAt.localeCompare(b.startsAt))
          .map((s) => (
            <li key={s.id} className="card">
              <h2 className="h3">
                <Link to={`/sessions/${s.id}`}>{s.title}</Link> <StatusBadge status={s.status} />
              </h2>
              <p className="muted">
                {t.sessionKind[s.kind]} · {fmt.day(s.startsAt)},{' '}
                {fmt.timeRange(s.startsAt, s.endsAt)}
                {s.room ? ` · ${t.roomLabel(s.room)}` : ''}
              </p>
              {s.description && <p>{s.description}</p>}
              {editing === s.id && conference.data ? (
                <SessionEditForm
                  api={api}
                  conference={conference.data}
                  session={s}
                  onCancel={() => setEditing(null)}
                  onSaved={(updated) => {
                    sessions.setData(
                      (current) =>
                        current && current.map((x) => (x.id === updated.id ? updated : x)),
                    );
                    setEditing(null);
                    setSaved(t.sessionSaved(updated.title));
                  }}
                />
              ) : (
                <button
                  type="button"
                  className="secondary small"
                  aria-label={t.editSession(s.title)}
                  onClick={() => {
                    setSaved('');
                    setEditing(s.id);
                  }}
                >
                  {t.edit}
                </button>
              )}
              {candidates.length > 0 && (
                <ModeratorAssignment api={api} session={s} candidates={candidates} />
              )}
            </li>
          ))}
      </ol>
    </section>
  );
}

function ModeratorAssignment({
  api,
  session,
  candidates,
}: {
  api: ApiClient;
  session: SessionView;
  candidates: Candidate[];
}) {
  const { t } = useI18n('staff');
  const [ids, setIds] = useState(session.moderators.map((m) => m.id));
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      await api.call('PUT /sessions/:id/moderators', {
        params: { id: session.id },
        body: { participantIds: ids },
      });
      setSaved(true);
    } catch (e) {
      setError(e);
    }
  };
  return (
    <form onSubmit={(event) => void submit(event)} className="inline-form">
      <CheckboxGroup
        legend={t.moderatorsOf(session.title)}
        options={candidates}
        value={ids}
        onChange={(next) => {
          setSaved(false);
          setIds(next);
        }}
      />
      <button type="submit" className="secondary">
        {t.saveModerators}
      </button>
      <span role="status" className="muted">
        {saved ? t.saved : ''}
      </span>
      <ErrorMessage error={error} />
    </form>
  );
}

function NewSessionForm({
  api,
  conference,
  candidates,
  onCreated,
}: {
  api: ApiClient;
  conference: ConferenceView;
  candidates: Candidate[];
  onCreated(): void;
}) {
  const { t, fmt } = useI18n('staff');
  const empty = {
    title: '',
    kind: 'led_discussion' as SessionKind,
    startsAt: `${conference.startsOn}T09:00`,
    endsAt: `${conference.startsOn}T10:30`,
    room: '',
    description: '',
    moderatorIds: [] as string[],
  };
  const [value, setValue] = useState(empty);
  const [errors, setErrors] = useState<FieldErrors<Field>>({ byField: {}, general: [] });
  const set = <K extends keyof typeof empty>(key: K, v: (typeof empty)[K]) =>
    setValue((c) => ({ ...c, [key]: v }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await api.call('POST /conferences/:id/sessions', {
        params: { id: conference.id },
        body: {
          title: value.title.trim(),
          kind: value.kind,
          // Entered as the venue's wall-clock time, whatever this computer's time zone.
          startsAt: fromLocalInput(value.startsAt, conference.timezone),
          endsAt: fromLocalInput(value.endsAt, conference.timezone),
          ...(value.room.trim() ? { room: value.room.trim() } : {}),
          ...(value.description.trim() ? { description: value.description.trim() } : {}),
          ...(value.moderatorIds.length ? { moderatorIds: value.moderatorIds } : {}),
        },
      });
      setValue(empty);
      setErrors({ byField: {}, general: [] });
      onCreated();
    } catch (e) {
      setErrors(splitFieldErrors(e, FIELDS, { t, fmt }));
    }
  };

  return (
    <form
      onSubmit={(event) => void submit(event)}
      className="card"
      aria-labelledby="add-session"
      noValidate
    >
      <h2 id="add-session">{t.addSession}</h2>
      <FormErrors messages={errors.general} />
      <TextField
        label={t.title}
        value={value.title}
        required
        maxLength={LIMITS.sessionTitle}
        onChange={(e) => set('title', e.target.value)}
        errors={errors.byField.title}
      />
      <div className="grid-2">
        <SelectField
          label={t.kind}
          value={value.kind}
          onChange={(e) => set('kind', e.target.value as SessionKind)}
          errors={errors.byField.kind}
        >
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {t.sessionKind[k]}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t.room}
          value={value.room}
          maxLength={LIMITS.sessionRoom}
          onChange={(e) => set('room', e.target.value)}
          errors={errors.byField.room}
        />
        <TextField
          label={t.startsAt}
          type="datetime-local"
          value={value.startsAt}
          required
          onChange={(e) => set('startsAt', e.target.value)}
          errors={errors.byField.startsAt}
          hint={conference.timezone}
        />
        <TextField
          label={t.endsAt}
          type="datetime-local"
          value={value.endsAt}
          required
          onChange={(e) => set('endsAt', e.target.value)}
          errors={errors.byField.endsAt}
          hint={conference.timezone}
        />
      </div>
      <TextArea
        label={t.description}
        value={value.description}
        rows={3}
        maxLength={LIMITS.sessionDescription}
        onChange={(e) => set('description', e.target.value)}
        errors={errors.byField.description}
      />
      {candidates.length > 0 && (
        <CheckboxGroup
          legend={t.moderators}
          options={candidates}
          value={value.moderatorIds}
          onChange={(ids) => set('moderatorIds', ids)}
          errors={errors.byField.moderatorIds}
        />
      )}
      <button type="submit">{t.createSession}</button>
    </form>
  );
}
