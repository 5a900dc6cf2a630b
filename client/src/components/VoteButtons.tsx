import { VOTE_VALUES, type VoteValue } from '#contract';
import type { ReactNode } from 'react';
import { ApiError } from '../api/api-error';
import { useI18n } from '../i18n/I18nProvider';
import { ErrorMessage } from './ErrorMessage';
import { errorText } from './errors';

/**
 * Support / Oppose / Abstain, withdraw, and what became of the vote in the outbox: the controls
 * a delegate votes with, on a recommendation or an amendment alike. Each button SETS the vote;
 * aria-pressed marks `shown`, the vote the delegate means to have (the one waiting in the outbox
 * over the server's). The tick shows it without colour, hidden so the name stays "Support".
 */
export function VoteButtons({
  groupLabel,
  shown,
  pending,
  sending,
  enabled = true,
  refusal,
  error,
  onVote,
  onDismiss,
  children,
}: {
  groupLabel: string;
  shown: VoteValue | null;
  /** A vote waits in the outbox (offline, or sent without an answer yet). */
  pending: boolean;
  sending: boolean;
  /** False once voting is over: the buttons stay, disabled, so the delegate sees their vote. */
  enabled?: boolean;
  /** The server refused a vote sent from the outbox. */
  refusal: { status: number; messages: string[] } | null;
  error: unknown;
  onVote(value: VoteValue | null): void;
  onDismiss(): void;
  /** Shown under the refusal, before any error (e.g. "voting is over"). */
  children?: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <div className="vote">
      <div role="group" aria-label={groupLabel} className="vote-buttons">
        {VOTE_VALUES.map((value) => (
          <button
            key={value}
            type="button"
            className={`vote-button vote-${value}${pending && shown === value ? ' pending' : ''}`}
            aria-pressed={shown === value}
            disabled={!enabled}
            aria-busy={(sending && shown === value) || undefined}
            onClick={() => onVote(value)}
          >
            {shown === value && <span aria-hidden="true">{pending ? '… ' : '✓ '}</span>}
            {t.vote[value]}
          </button>
        ))}
      </div>
      {enabled && shown && (
        <button type="button" className="link-button small-text" onClick={() => onVote(null)}>
          {t.withdrawVote}
        </button>
      )}
      {pending && (
        <p className="pending-note small-text" role="status">
          {sending ? t.voteSending : t.votePending}
        </p>
      )}
      {refusal && (
        <div className="error" role="alert">
          <p>{t.voteRefused(errorText(t, new ApiError(refusal.status, refusal.messages)))}</p>
          <button type="button" className="secondary small" onClick={onDismiss}>
            {t.dismiss}
          </button>
        </div>
      )}
      {children}
      <ErrorMessage error={error} />
    </div>
  );
}
