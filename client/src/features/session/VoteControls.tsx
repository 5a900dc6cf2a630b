import type { RecommendationView, VoteValue } from '#contract';
import { useState } from 'react';
import { VoteButtons } from '../../components/VoteButtons';
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
    <VoteButtons
      groupLabel={t.yourVoteOn(recommendation.title)}
      shown={shown}
      pending={!!pending}
      sending={sending}
      enabled={open}
      refusal={refused?.intent.kind === 'vote' ? refused.refused : null}
      error={error}
      onVote={(value) => void send(value)}
      onDismiss={() => refused && outbox.dismiss(refused.key)}
    >
      {!votingOpen(session) && session.status === 'closed' && (
        <p className="muted small-text">{t.votingOver}</p>
      )}
    </VoteButtons>
  );
}
