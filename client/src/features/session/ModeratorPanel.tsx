import { LIMITS, type SessionTransition } from '#contract';
import { useEffect, useState, type FormEvent } from 'react';
import { splitFieldErrors } from '../../api/api-error';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { FormErrors, TextArea } from '../../components/fields';
import { useI18n } from '../../i18n/I18nProvider';
import { useSessionPage } from './session-context';
import './moderation.css';

/** The podium controls: the session's state machine, its summary and who is connected. */
export function ModeratorPanel() {
  const { t } = useI18n('staff');
  const { session, me, calls, live, notify } = useSessionPage();
  const [confirm, setConfirm] = useState<'close' | 'reopen' | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const run = async (transition: SessionTransition) => {
    setBusy(true);
    setError(null);
    try {
      const updated = await calls.transition(session.id, transition);
      live.update((s) => ({ ...s, session: { ...s.session, ...updated } }));
      notify(t.sessionChanged(t.sessionStatus[updated.status]));
      await live.settle();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card moderation" aria-labelledby="moderation-heading">
      <h2 id="moderation-heading">{t.moderation}</h2>
      {live.presence !== null && <p className="presence">{t.presence(live.presence)}</p>}
      <div className="row-actions">
        {session.status === 'scheduled' && (
          <button type="button" disabled={busy} onClick={() => void run('open')}>
            {t.openSession}
          </button>
        )}
        {session.status === 'open' && (
          <button
            type="button"
            className="secondary"
            disabled={busy}
            onClick={() => void run('lock-submissions')}
          >
            {t.stopSubmissions}
          </button>
        )}
        {(session.status === 'open' || session.status === 'voting') && (
          <button
            type="button"
            className="danger"
            disabled={busy}
            onClick={() => setConfirm('close')}
          >
            {t.closeSession}
          </button>
        )}
        {session.status === 'closed' && me.role === 'secretariat' && (
          <button
            type="button"
            className="secondary"
            disabled={busy}
            onClick={() => setConfirm('reopen')}
          >
            {t.reopenSession}
          </button>
        )}
      </div>
      <ErrorMessage error={error} />
      <SummaryForm />
      <ConfirmDialog
        open={confirm === 'close'}
        title={t.confirmCloseTitle}
        confirmLabel={t.closeSession}
        danger
        onCancel={() => setConfirm(null)}
        onConfirm={() => {
          setConfirm(null);
          void run('close');
        }}
      >
        <p>{t.confirmCloseText}</p>
      </ConfirmDialog>
      <ConfirmDialog
        open={confirm === 'reopen'}
        title={t.reopenSession}
        confirmLabel={t.reopenSession}
        onCancel={() => setConfirm(null)}
        onConfirm={() => {
          setConfirm(null);
          void run('reopen');
        }}
      >
        <p>{t.confirmReopenText}</p>
      </ConfirmDialog>
    </section>
  );
}

function SummaryForm() {
  const { t, fmt } = useI18n('staff');
  const { session, calls, live, notify } = useSessionPage();
  const [text, setText] = useState(session.summary ?? '');
  const [dirty, setDirty] = useState(false);
  const [errors, setErrors] = useState(splitFieldErrors<'text'>(null, ['text']));
  // Follow the summary another moderator saved, unless this one is being edited.
  useEffect(() => {
    if (!dirty) setText(session.summary ?? '');
  }, [session.summary, dirty]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const updated = await calls.summary(session.id, text.trim());
      live.update((s) => ({ ...s, session: { ...s.session, ...updated } }));
      setDirty(false);
      setErrors({ byField: {}, general: [] });
      notify(t.saved);
      await live.settle();
    } catch (e) {
      setErrors(splitFieldErrors(e, ['text'] as const, { t, fmt }));
    }
  };
  return (
    <form onSubmit={(event) => void submit(event)} className="summary-form">
      <FormErrors messages={errors.general} />
      <TextArea
        label={t.sessionSummary}
        value={text}
        rows={4}
        maxLength={LIMITS.sessionSummary}
        onChange={(e) => {
          setText(e.target.value);
          setDirty(true);
        }}
        errors={errors.byField.text}
      />
      <button type="submit" className="secondary" disabled={!dirty}>
        {t.saveSummary}
      </button>
    </form>
  );
}
