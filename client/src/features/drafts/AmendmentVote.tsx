import type { AmendmentView, VoteValue } from '#contract';
import { useState } from 'react';
import { VoteButtons } from '../../components/VoteButtons';
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
  const { t } = useI18n('drafting');
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
    <VoteButtons
      groupLabel={t.drafts.yourVoteOn(label)}
      shown={shown}
      pending={!!pending}
      sending={sending}
      refusal={refused?.refused ?? null}
      error={error}
      onVote={(value) => void send(value)}
      onDismiss={() => refused && outbox.dismiss(refused.key)}
    />
  );
}
