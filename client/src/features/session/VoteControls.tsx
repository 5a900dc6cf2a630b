import { VOTE_VALUES, type RecommendationView, type VoteValue } from '#contract';
import { useState } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage';
import { errorText } from '../../components/errors';
import { ApiError } from '../../api/api-error';
import { useI18n } from '../../i18n/I18nProvider';
import { pendingVote } from '../../offline/outbox';
import { useOutboxItems } from '../../offline/OutboxProvider';
import { votingOpen } from './permissions';
import { useSessionPage } from './session-context';

/**
 * Support / Oppose / Abstain each SET the delegate's vote (a PUT): pressing Support means "my
 * vote is Support", however often it is pressed or resent, so a retry after a lost answer or a
 * double tap can never undo it. aria-pressed marks the vote the delegate means to have: the one
 * waiting in the outbox (offline, or sent without an answer yet) over the server's, which wins
 * again once the intent was answered. Withdrawing is its own control. The buttons stay in place
 * (disabled) once voting is over, so the delegate still sees what they voted.
 */
export function VoteControls({ recommendation }: { recommendation: RecommendationView }) {
  const { t } = useI18n();
  const { session } = useSessionPage();
  const { outbox, items } = useOutboxItems();
  const [error, setError] = useState<unknown>(null);
  const open = votingOpen(session) && recommendation.status === 'submitted';
  const pending = pendingVote(items, recommendation.id);
  const sending = pending ? outbox.isSending(pending.key) : false;
  const refused = items.find(
    (i) => i.refused && i.intent.kind === 'vote' && i.intent.recommendationId === recommendation.id,
  );
  const shown = pending ? pending.intent.value : recommendation.myVote;

  const send = async (value: VoteValue | null) => {
    setError(null);
    try {
      // The answer is folded into the page by the session page's outbox listener.
      await outbox.submit({
        kind: 'vote',
        sessionId: session.id,
        recommendationId: recommendation.id,
        title: recommendation.title,
        value,
      });
    } catch (e) {
      setError(e);
    }
  };

  return (
    <div className="vote">
      <div role="group" aria-label={t.yourVoteOn(recommendation.title)} className="vote-buttons">
        {VOTE_VALUES.map((value) => (
          <button
            key={value}
            type="button"
            className={`vote-button vote-${value}${pending && shown === value ? ' pending' : ''}`}
            aria-pressed={shown === value}
            disabled={!open}
            aria-busy={(sending && shown === value) || undefined}
            onClick={() => void send(value)}
          >
            {/* The tick shows the vote without colour; hidden so the name stays "Support". */}
            {shown === value && <span aria-hidden="true">{pending ? '… ' : '✓ '}</span>}
            {t.vote[value]}
          </button>
        ))}
      </div>
      {open && shown && (
        <button type="button" className="link-button small-text" onClick={() => void send(null)}>
          {t.withdrawVote}
        </button>
      )}
      {pending && (
        <p className="pending-note small-text" role="status">
          {sending ? t.voteSending : t.votePending}
        </p>
      )}
      {refused && refused.intent.kind === 'vote' && (
        <div className="error" role="alert">
          <p>
            {t.voteRefused(
              errorText(t, new ApiError(refused.refused!.status, refused.refused!.messages)),
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
      {!votingOpen(session) && session.status === 'closed' && (
        <p className="muted small-text">{t.votingOver}</p>
      )}
      <ErrorMessage error={error} />
    </div>
  );
}
