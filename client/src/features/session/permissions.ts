import type { RecommendationView, SessionView } from '@contract/views';
import type { Participant } from '../../api/types';

/**
 * What the interface offers; the server decides. Offering only what will be accepted keeps a
 * delegate on a phone from tapping buttons that can only fail.
 */
export function moderates(me: Participant, session: SessionView): boolean {
  return (
    me.role === 'secretariat' ||
    (me.role === 'moderator' && session.moderators.some((m) => m.id === me.id))
  );
}

export const isDelegate = (me: Participant) => me.role === 'delegate';

export const votingOpen = (session: SessionView) =>
  session.status === 'open' || session.status === 'voting';

export const canSubmit = (me: Participant, session: SessionView) =>
  isDelegate(me) && session.status === 'open';

export const isActive = (r: RecommendationView) => r.status === 'submitted';

export const canEdit = (me: Participant, session: SessionView, r: RecommendationView) =>
  session.status === 'open' && isActive(r) && (r.author.id === me.id || moderates(me, session));

export const canWithdraw = (me: Participant, session: SessionView, r: RecommendationView) =>
  session.status !== 'closed' && isActive(r) && r.author.id === me.id;

export const canCoSponsor = (me: Participant, session: SessionView, r: RecommendationView) =>
  isDelegate(me) &&
  votingOpen(session) &&
  isActive(r) &&
  r.author.id !== me.id &&
  !r.sponsors.some((s) => s.id === me.id);

export const canComment = (me: Participant, session: SessionView) =>
  (isDelegate(me) || moderates(me, session)) &&
  session.status !== 'closed' &&
  session.status !== 'scheduled';
