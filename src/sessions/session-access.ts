import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { canAccessConference, type Actor } from '../common/auth/actor';
import { lockOption } from '../database/locks';
import { SessionModerator } from './session-moderator.entity';
import { Session } from './session.entity';
import { EntityNotFound, NotAllowed } from '../common/errors';

/**
 * Who may see and run a session. A session of a conference the actor is not accredited to
 * does not exist for them (404). Moderators act only on the sessions they are assigned to;
 * the secretariat on every session of its conferences.
 */
@Injectable()
export class SessionAccess {
  async findVisible(
    em: EntityManager,
    actor: Actor,
    id: string,
    lock?: 'pessimistic_read' | 'pessimistic_write',
  ): Promise<Session> {
    const session = await em.findOne(Session, {
      where: { id },
      ...(lock ? lockOption(em, lock) : {}),
    });
    if (!session || !canAccessConference(actor, session.conferenceId))
      throw new EntityNotFound('Session', id);
    return session;
  }

  async canModerate(
    em: EntityManager,
    actor: Actor,
    session: Pick<Session, 'id'>,
  ): Promise<boolean> {
    if (actor.role === 'secretariat') return true;
    if (actor.role !== 'moderator') return false;
    return em.existsBy(SessionModerator, { sessionId: session.id, participantId: actor.id });
  }

  async assertCanModerate(em: EntityManager, actor: Actor, session: Session): Promise<void> {
    if (!(await this.canModerate(em, actor, session))) {
      throw new NotAllowed('Only this session’s moderators or the secretariat can do this');
    }
  }
}
