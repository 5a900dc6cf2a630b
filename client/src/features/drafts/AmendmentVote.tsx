import { VOTE_VALUES, type AmendmentView, type VoteValue } from '#contract';
import { useState } from 'react';
import { ApiError } from '../../api/api-error';
import { ErrorMessage } from '../../components/ErrorMessage';
import { errorText } from '../../components/errors';
import { useI18n } from '../../i18n/I18nProvider';
import { pendingAmendmentVote } from '../../offline/outbox';
import { useOutboxItems } from '../../offline/OutboxProvider';
import { useDraftPage } from './draft-context';

/**
 * Support / Oppose / Abstain on an amendment put to the vote, through the outbox as votes on
 * recommendations are: each button SETS the delegate's vote (a PUT), so a retry or a double tap
 * never undoes it, and a vote cast while the venue's Wi-Fi is down waits and is sent on return.
 * aria-pressed marks the vote the delegate means to have (the waiting one over the server's).
 * The answer is folded into the page by the draft page's outbox listener.
 */
export function AmendmentVote({
  amendment: a,
  label,
}: {
  amendment: AmendmentView;
  label: string;
}) {
  const { t } = useI18n();
  const { draft } = useDraftPage();
  const { outbox, items } = useOutboxItems();
  const [error, setError] = useState<unknown>(null);
  const pending = pendingAmendmentVote(items, a.id);
  const sending = pending ? outbox.isSending(pending.key) : false;
  const refused = items.find(
    (i) => i.refused && i.intent.kind === 'amendment-vote' && i.intent.amendmentId === a.id,
  );
  const shown = pending ? pending.intent.value : a.myVote;

  const send = async (value: VoteValue | null) => {
    setError(null);
    try {
      await outbox.submit({
        kind: 'amendment-vote',
        draftId: draft.id,
        amendmentId: a.id,
        label,
        value,
      });
    } catch (e) {
      setError(e);
    }
  };

  return (
    <div className="vote">
      <div role="group" aria-label={t.drafts.yourVoteOn(label)} className="vote-buttons">
        {VOTE_VALUES.map((value) => (
          <button
            key={value}
            type="button"
            className={`vote-button vote-${value}${pending && shown === value ? ' pending' : ''}`}
            aria-pressed={shown === value}
            aria-busy={(sending && shown === value) || undefined}
            onClick={() => void send(value)}
          >
            {shown === value && <span aria-hidden="true">{pending ? '… ' : '✓ '}</span>}
            {t.vote[value]}
          </button>
        ))}
      </div>
      {shown && (
        <button type="button" className="link-button small-text" onClick={() => void send(null)}>
          {t.withdrawVote}
        </button>
      )}
      {pending && (
        <p className="pending-note small-text" role="status">
          {sending ? t.voteSending : t.votePending}
        </p>
      )}
      {refused && refused.refused && (
        <div className="error" role="alert">
          <p>
            {t.voteRefused(
              errorText(t, new ApiError(refused.refused.status, refused.refused.messages)),
            )}
          </p>
          <button
            type="button"
            className="secondary small"
            onClick={() => outbox.dismiss(refused.key)}
          >
            {t.dismiss}
          </button>
        </div>
      )}
      <ErrorMessage error={error} />
    </div>
  );
}
