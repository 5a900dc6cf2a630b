import type { RecommendationView, VoteValue } from '@contract/views';
import { VOTE_VALUES } from '@contract/views';
import { useState } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage';
import { applyVoteResult } from '../../live/session-state';
import { useI18n } from '../../i18n/I18nProvider';
import { votingOpen } from './permissions';
import { useSessionPage } from './session-context';

/**
 * Support / Oppose / Abstain each SET the delegate's vote (a PUT): pressing Support means "my
 * vote is Support", however often it is pressed or resent, so a retry after a lost answer or a
 * double tap can never undo it. aria-pressed marks the current vote; withdrawing is its own
 * control. The buttons stay in place (disabled) once voting is over, so the delegate still sees
 * what they voted.
 */
export function VoteControls({ recommendation }: { recommendation: RecommendationView }) {
  const { t } = useI18n();
  const { calls, live, session, notify } = useSessionPage();
  const [busy, setBusy] = useState<VoteValue | 'withdraw' | null>(null);
  const [error, setError] = useState<unknown>(null);
  const open = votingOpen(session) && recommendation.status === 'submitted';

  const send = async (value: VoteValue | null) => {
    // Ignored rather than disabled while a vote is on its way: disabling would drop keyboard focus.
    if (busy) return;
    setBusy(value ?? 'withdraw');
    setError(null);
    try {
      const result =
        value === null
          ? await calls.withdrawVote(recommendation.id)
          : await calls.vote(recommendation.id, value);
      live.update((s) => applyVoteResult(s, result));
      notify(
        value === null
          ? t.voteWithdrawn(recommendation.title)
          : t.voteRecorded(t.vote[value], recommendation.title),
      );
      await live.settle();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="vote">
      <div role="group" aria-label={t.yourVoteOn(recommendation.title)} className="vote-buttons">
        {VOTE_VALUES.map((value) => (
          <button
            key={value}
            type="button"
            className={`vote-button vote-${value}`}
            aria-pressed={recommendation.myVote === value}
            disabled={!open}
            aria-busy={busy === value || undefined}
            onClick={() => void send(value)}
          >
            {/* The tick shows the vote without colour; hidden so the name stays "Support". */}
            {recommendation.myVote === value && <span aria-hidden="true">✓ </span>}
            {t.vote[value]}
          </button>
        ))}
      </div>
      {open && recommendation.myVote && (
        <button
          type="button"
          className="link-button small-text"
          aria-busy={busy === 'withdraw' || undefined}
          onClick={() => void send(null)}
        >
          {t.withdrawVote}
        </button>
      )}
      {!votingOpen(session) && session.status === 'closed' && (
        <p className="muted small-text">{t.votingOver}</p>
      )}
      <ErrorMessage error={error} />
    </div>
  );
}
