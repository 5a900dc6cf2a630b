import type { ParticipantView, RecommendationView, SessionView } from '#contract';

/**
 * What the interface offers; the server decides. Offering only what will be accepted keeps a
 * delegate on a phone from tapping buttons that can only fail.
 */
export function moderates(me: ParticipantView, session: SessionView): boolean {
  return (
    me.role === 'secretariat' ||
    (me.role === 'moderator' && session.moderators.some((m) => m.id === me.id))
  );
}

export const isDelegate = (me: ParticipantView) => me.role === 'delegate';

export const votingOpen = (session: SessionView) =>
  session.status === 'open' || session.status === 'voting';

export const canSubmit = (me: ParticipantView, session: SessionView) =>
  isDelegate(me) && session.status === 'open';

export const isActive = (r: RecommendationView) => r.status === 'submitted';

export const canEdit = (me: ParticipantView, session: SessionView, r: RecommendationView) =>
  session.status === 'open' && isActive(r) && (r.author.id === me.id || moderates(me, session));

export const canWithdraw = (me: ParticipantView, session: SessionView, r: RecommendationView) =>
  session.status !== 'closed' && isActive(r) && r.author.id === me.id;

export const canCoSponsor = (me: ParticipantView, session: SessionView, r: RecommendationView) =>
  isDelegate(me) &&
  votingOpen(session) &&
  isActive(r) &&
  r.author.id !== me.id &&
  !r.sponsors.some((s) => s.id === me.id);

export const canComment = (me: ParticipantView, session: SessionView) =>
  (isDelegate(me) || moderates(me, session)) &&
  session.status !== 'closed' &&
  session.status !== 'scheduled';
