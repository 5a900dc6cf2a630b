import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import type { PersonRef, SessionView } from '#contract';
import { Participant } from '../participants/participant.entity';
import { VoteRepository } from '../tallies/vote.repository';
import { SessionModerator } from './session-moderator.entity';
import { SessionSequence } from './session-sequence.entity';
import type { Session } from './session.entity';
import { SessionRepository } from './session.repository';

/** Builds SessionViews (the REST and realtime shape) from entities, in batches. */
@Injectable()
export class SessionViews {
  constructor(
    private readonly votes: VoteRepository,
    private readonly sessions: SessionRepository,
  ) {}

  async build(em: EntityManager, session: Session): Promise<SessionView> {
    return (await this.buildMany(em, [session], { withCounts: true }))[0];
  }

  async buildMany(
    em: EntityManager,
    sessions: Session[],
    options: { withCounts: boolean },
  ): Promise<SessionView[]> {
    if (sessions.length === 0) return [];
    const ids = sessions.map((s) => s.id);
    const moderatorRows = await em.find(SessionModerator, { where: { sessionId: In(ids) } });
    const people = moderatorRows.length
      ? await em.find(Participant, {
          where: { id: In([...new Set(moderatorRows.map((m) => m.participantId))]) },
        })
      : [];
    const personById = new Map(
      people.map((p) => [p.id, { id: p.id, name: p.name, organisation: p.organisation }]),
    );
    const counts = options.withCounts
      ? await this.counts(em, ids)
      : new Map<string, SessionView['counts']>();
    const seqs = new Map(
      (await em.find(SessionSequence, { where: { sessionId: In(ids) } })).map((q) => [
        q.sessionId,
        q.seq,
      ]),
    );

    return sessions.map((s) => ({
      id: s.id,
      conferenceId: s.conferenceId,
      title: s.title,
      kind: s.kind,
      description: s.description,
      room: s.room,
      startsAt: s.startsAt.toISOString(),
      endsAt: s.endsAt.toISOString(),
      status: s.status,
      summary: s.summary,
      moderators: moderatorRows
        .filter((m) => m.sessionId === s.id)
        .map((m) => personById.get(m.participantId))
        .filter((p): p is PersonRef => !!p)
        .sort((a, b) => a.name.localeCompare(b.name)),
      counts: counts.get(s.id) ?? { recommendations: 0, comments: 0, votes: 0 },
      translations: s.translations ?? {},
      closedAt: s.closedAt ? s.closedAt.toISOString() : null,
      seq: seqs.get(s.id) ?? 0,
    }));
  }

  private async counts(
    em: EntityManager,
    ids: string[],
  ): Promise<Map<string, SessionView['counts']>> {
    // One after another: inside a transaction they share one connection.
    const { recommendations, comments } = await this.sessions.contentCounts(em, ids);
    const votes = await this.votes.countBySession(em, ids);
    return new Map(
      ids.map((id) => [
        id,
        {
          recommendations: recommendations.get(id) ?? 0,
          comments: comments.get(id) ?? 0,
          votes: votes.get(id) ?? 0,
        },
      ]),
    );
  }
}
