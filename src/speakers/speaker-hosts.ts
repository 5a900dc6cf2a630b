import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../common/auth/actor';
import { StateConflict } from '../common/errors';
import { TURN_SECONDS_DEFAULT } from '#contract';
import { lockOption } from '../database/locks';
import { SessionAccess } from '../sessions/session-access';
import type { SessionStatus } from '../sessions/session.constants';
import { SpeakerList } from './speaker-list.entity';
import type { ListOwner } from './speaker-views';

/** The session (later also the draft) a list belongs to, as the speakers' service needs it. */
export interface SpeakerHost {
  owner: ListOwner;
  conferenceId: string;
  sessionId: string;
  status: SessionStatus;
  /** The session's moderators and the secretariat. */
  canChair: boolean;
}

const RUNNING: SessionStatus[] = ['open', 'voting'];

/**
 * Who may see and run a list, and the list row itself. Visibility is the session's (404 outside
 * its conference); chairing is moderating that session.
 */
@Injectable()
export class SpeakerHosts {
  constructor(private readonly sessions: SessionAccess) {}

  async session(em: EntityManager, actor: Actor, sessionId: string): Promise<SpeakerHost> {
    const session = await this.sessions.findVisible(em, actor, sessionId);
    return {
      owner: { sessionId },
      conferenceId: session.conferenceId,
      sessionId,
      status: session.status,
      canChair: await this.sessions.canModerate(em, actor, session),
    };
  }

  /** Requests and calls only while the session runs. */
  assertRunning(host: SpeakerHost): void {
    if (!RUNNING.includes(host.status))
      throw new StateConflict(`The floor is not open: the session is ${host.status}`);
  }

  /**
   * The list row, created with the defaults on first use and locked FOR UPDATE on PostgreSQL, so
   * every change to one list runs one at a time (SQLite's single writer already does).
   */
  async lockList(em: EntityManager, host: SpeakerHost): Promise<SpeakerList> {
    await em
      .createQueryBuilder()
      .insert()
      .into(SpeakerList)
      .values({
        conferenceId: host.conferenceId,
        sessionId: host.sessionId,
        mode: 'fifo',
        turnSeconds: TURN_SECONDS_DEFAULT,
        createdAt: new Date(),
        updatedAt: new Date(),
      })
      .orIgnore()
      .execute();
    return em.findOneOrFail(SpeakerList, {
      where: { sessionId: host.sessionId },
      ...lockOption(em, 'pessimistic_write'),
    });
  }
}
