import type { AmendmentProcedure as Procedure, AmendmentView } from '#contract';
import { useId, useState, type FormEvent } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage';
import { TextArea, TextField } from '../../components/fields';
import { useI18n } from '../../i18n/I18nProvider';
import { PARAGRAPH_TEXT_MAX, REASON_MAX, useDraftPage } from './draft-context';
import { upsertAmendment } from './draft-state';

/**
 * The chair's procedure for one amendment (API.md: `PUT /amendments/:id/procedure`, `close-vote`):
 * accept, accept as modified with a compromise wording, reject, or put to the vote; then close
 * the vote. Accepting applies the amendment to the paragraph at once (its event renumbers and
 * rewrites the text for everyone). An outdated amendment can only be rejected.
 */
export function AmendmentProcedure({
  amendment: a,
  label,
}: {
  amendment: AmendmentView;
  label: string;
}) {
  const { t } = useI18n('drafting');
  const { calls, live, notify, draft } = useDraftPage();
  const [note, setNote] = useState('');
  const [modifying, setModifying] = useState(false);
  const [compromise, setCompromise] = useState(a.text ?? a.baseText);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const groupId = useId();
  if (draft.status !== 'drafting' || (a.status !== 'proposed' && a.status !== 'voting'))
    return null;

  const run = async (call: () => Promise<AmendmentView>) => {
    setError(null);
    setBusy(true);
    try {
      const result = await call();
      live.update((s) => upsertAmendment(s, result));
      notify(t.drafts.decided(t.drafts.amendmentStatus[result.status]));
      setModifying(false);
      await live.settle();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const decide = (procedure: Procedure, text?: string) =>
    run(() => calls.procedure(a.id, procedure, text, note.trim() || undefined));
  const submitCompromise = (event: FormEvent) => {
    event.preventDefault();
    void decide('accept_modified', compromise.trim());
  };
  const applicable = !a.outdated;

  return (
    <div className="procedure" role="group" aria-labelledby={groupId}>
      <p id={groupId} className="procedure-label">
        <strong>{t.drafts.procedure}</strong>
        <span className="visually-hidden"> — {t.drafts.paragraph(label)}</span>
      </p>
      <TextField
        label={t.drafts.note}
        value={note}
        maxLength={REASON_MAX}
        onChange={(e) => setNote(e.target.value)}
      />
      <div className="actions">
        {a.status === 'proposed' && (
          <>
            <button
              type="button"
              disabled={busy || !applicable}
              onClick={() => void decide('accept')}
            >
              {t.drafts.accept}
            </button>
            <button
              type="button"
              className="secondary"
              aria-expanded={modifying}
              disabled={busy || !applicable}
              onClick={() => setModifying(!modifying)}
            >
              {t.drafts.acceptModified}
            </button>
            <button
              type="button"
              className="secondary"
              disabled={busy || !applicable}
              onClick={() => void decide('vote')}
            >
              {t.drafts.putToVote}
            </button>
          </>
        )}
        {a.status === 'voting' && (
          <button
            type="button"
            disabled={busy}
            onClick={() => void run(() => calls.closeVote(a.id))}
          >
            {t.drafts.closeVote}
          </button>
        )}
        <button
          type="button"
          className="secondary danger"
          disabled={busy}
          onClick={() => void decide('reject')}
        >
          {t.drafts.reject}
        </button>
      </div>
      {modifying && (
        <form onSubmit={submitCompromise} className="compromise-form">
          <TextArea
            label={t.drafts.compromise}
            value={compromise}
            rows={3}
            maxLength={PARAGRAPH_TEXT_MAX}
            required
            dir="auto"
            onChange={(e) => setCompromise(e.target.value)}
          />
          <button type="submit" disabled={busy}>
            {t.confirm}
          </button>
        </form>
      )}
      <ErrorMessage error={error} />
    </div>
  );
}
