import { useState, type FormEvent } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage';
import { CheckboxGroup, TextField } from '../../components/fields';
import { useAuth } from '../../auth/AuthProvider';
import { useResource } from '../../hooks/useResource';
import { fromLocalInput, toLocalInput } from '../../i18n/format';
import { useI18n } from '../../i18n/I18nProvider';
import { useDraftPage } from './draft-context';
import { replaceDraft } from './draft-state';
import { PENDING_STATUSES } from './draft-text';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * What chairs (and the secretariat) run besides each amendment's procedure: the silence procedure,
 * and for the secretariat the draft's chairs.
 */
export function ChairPanel() {
  const { me } = useDraftPage();
  return (
    <>
      <SilenceStart />
      {me.role === 'secretariat' && <ChairsForm />}
    </>
  );
}

/** Puts a clean text with nothing pending under silence until a deadline (venue's time). */
function SilenceStart() {
  const { t } = useI18n('drafting');
  const { draft, calls, live, notify, timeZone, fmt } = useDraftPage();
  const [until, setUntil] = useState(() =>
    toLocalInput(new Date(Date.now() + DAY_MS).toISOString(), timeZone),
  );
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  if (draft.status !== 'drafting') return null;
  const pending = live.state?.amendments.some((a) => PENDING_STATUSES.includes(a.status));
  const ready = draft.clean && !pending;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const deadline = fromLocalInput(until, timeZone);
      const next = await calls.startSilence(draft.id, deadline);
      live.update((s) => replaceDraft(s, next));
      notify(t.drafts.underSilenceUntil(fmt.dateTime(deadline)));
      await live.settle();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby="silence-heading">
      <h2 id="silence-heading">{t.drafts.silence}</h2>
      {!ready && <p className="muted">{t.drafts.silenceNeedsClean}</p>}
      <form onSubmit={(event) => void submit(event)} className="inline-form">
        <TextField
          label={t.drafts.silenceUntil}
          type="datetime-local"
          value={until}
          required
          hint={timeZone}
          onChange={(e) => setUntil(e.target.value)}
        />
        <button type="submit" disabled={busy || !ready}>
          {t.drafts.startSilence}
        </button>
      </form>
      <ErrorMessage error={error} />
    </section>
  );
}

/** The secretariat names the draft's chairs among the conference's moderators. */
function ChairsForm() {
  const { t } = useI18n('drafting');
  const { api } = useAuth();
  const { draft, calls, live, notify } = useDraftPage();
  const moderators = useResource(
    () =>
      api.call('GET /participants', {
        query: { conferenceId: draft.conferenceId, role: 'moderator', limit: 500 },
      }),
    [api, draft.conferenceId],
  );
  const [ids, setIds] = useState(() => draft.chairs.map((c) => c.id));
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const options = (moderators.data?.items ?? []).map((p) => ({
    value: p.id,
    label: p.organisation ? `${p.name} (${p.organisation})` : p.name,
  }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const next = await calls.setChairs(draft.id, ids);
      live.update((s) => replaceDraft(s, next));
      notify(t.drafts.chairsSaved);
      await live.settle();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby="chairs-heading">
      <h2 id="chairs-heading">{t.drafts.chairs}</h2>
      <ErrorMessage error={moderators.error} onRetry={() => void moderators.reload()} />
      <form onSubmit={(event) => void submit(event)}>
        <CheckboxGroup legend={t.drafts.chairs} options={options} value={ids} onChange={setIds} />
        <button type="submit" disabled={busy}>
          {t.drafts.saveChairs}
        </button>
      </form>
      <ErrorMessage error={error} />
    </section>
  );
}
