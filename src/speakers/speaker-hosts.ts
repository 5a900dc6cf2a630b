import { Injectable } from '@nestjs/common';
import { In, IsNull, type EntityManager } from 'typeorm';
import type { Actor } from '../common/auth/actor';
import { StateConflict } from '../common/errors';
import { TURN_SECONDS_DEFAULT } from '#contract';
import { lockOption } from '../database/locks';
import { DraftAccess } from '../drafts/draft-access';
import { DraftAmendment, PENDING_AMENDMENT } from '../drafts/entities/draft-amendment.entity';
import { DraftParagraph } from '../drafts/entities/draft-paragraph.entity';
import { Recommendation } from '../recommendations/recommendation.entity';
import { SessionAccess } from '../sessions/session-access';
import type { SessionStatus } from '../sessions/session.constants';
import { SpeakerList } from './speaker-list.entity';
import type { SpeakerTopicKind } from './speaker-request.entity';
import { ownerColumn, type ListOwner } from './speaker-views';

export type TopicField = `${SpeakerTopicKind}Id`;

/** The session or draft a list belongs to, as the speakers' service needs it. */
export interface SpeakerHost {
  owner: ListOwner;
  conferenceId: string;
  /** Session: its moderators and the secretariat. Draft: its chairs and the secretariat. */
  canChair: boolean;
  /** What a refused chair is told (403). */
  chairsOnly: string;
  /** Why nobody may request the floor or be called now (409), or null while the floor is open. */
  closed: string | null;
  /** Null when `id` is something this list can discuss under `field`, else the 400 naming it. */
  checkTopic(em: EntityManager, field: TopicField, id: string): Promise<string | null>;
}

const RUNNING: SessionStatus[] = ['open', 'voting'];

/**
 * Who may see and run a list, and the list row itself. Visibility is the session's or the draft's
 * (404 outside its conference). Chairing a session's list is moderating that session; a draft's,
 * chairing that draft (DraftAccess). A draft's floor is open while it is `drafting`: under silence
 * the text is frozen and negotiation is over, so nobody asks for or is given the floor
 * (docs/DESIGN.md, "The floor").
 */
@Injectable()
export class SpeakerHosts {
  constructor(
    private readonly sessions: SessionAccess,
    private readonly drafts: DraftAccess,
  ) {}

  find(em: EntityManager, actor: Actor, owner: ListOwner): Promise<SpeakerHost> {
    return 'draftId' in owner
      ? this.draft(em, actor, owner.draftId)
      : this.session(em, actor, owner.sessionId);
  }

  private async session(em: EntityManager, actor: Actor, sessionId: string): Promise<SpeakerHost> {
    const session = await this.sessions.findVisible(em, actor, sessionId);
    return {
      owner: { sessionId },
      conferenceId: session.conferenceId,
      canChair: await this.sessions.canModerate(em, actor, session),
      chairsOnly: 'Only this session’s moderators or the secretariat run the floor',
      closed: RUNNING.includes(session.status)
        ? null
        : `The floor is not open: the session is ${session.status}`,
      checkTopic: async (tx, field, id) => {
        if (field !== 'recommendationId')
          return `topic.${field} applies only to a draft’s speakers’ list`;
        const found = await tx.existsBy(Recommendation, { id, sessionId, status: 'submitted' });
        return found
          ? null
          : 'topic.recommendationId must be a submitted recommendation of this session';
      },
    };
  }

  private async draft(em: EntityManager, actor: Actor, draftId: string): Promise<SpeakerHost> {
    const draft = await this.drafts.findVisible(em, actor, draftId);
    return {
      owner: { draftId },
      conferenceId: draft.conferenceId,
      canChair: await this.drafts.canChair(em, actor, draft),
      chairsOnly: 'Only this draft’s chairs or the secretariat run the floor',
      closed:
        draft.status === 'drafting' ? null : `The floor is not open: the draft is ${draft.status}`,
      checkTopic: async (tx, field, id) => {
        if (field === 'paragraphId') {
          const found = await tx.existsBy(DraftParagraph, { id, draftId, deletedAt: IsNull() });
          return found ? null : 'topic.paragraphId must be a paragraph of this draft';
        }
        if (field === 'amendmentId') {
          const found = await tx.existsBy(DraftAmendment, {
            id,
            draftId,
            status: In([...PENDING_AMENDMENT]),
          });
          return found
            ? null
            : 'topic.amendmentId must be an amendment of this draft that is proposed or being voted on';
        }
        return 'topic.recommendationId applies only to a session’s speakers’ list';
      },
    };
  }

  /** Requests and calls only while the floor is open. */
  assertOpen(host: SpeakerHost): void {
    if (host.closed) throw new StateConflict(host.closed);
  }

  /**
   * The list row, created with the defaults on first use and locked FOR UPDATE on PostgreSQL, so
   * every change to one list runs one at a time (SQLite's single writer already does).
   */
  async lockList(em: EntityManager, host: SpeakerHost): Promise<SpeakerList> {
    const [column, id] = ownerColumn(host.owner);
    await em
      .createQueryBuilder()
      .insert()
      .into(SpeakerList)
      .values({
        conferenceId: host.conferenceId,
        sessionId: null,
        draftId: null,
        [column]: id,
        mode: 'fifo',
        turnSeconds: TURN_SECONDS_DEFAULT,
        createdAt: new Date(),
        updatedAt: new Date(),
      })
      .orIgnore()
      .execute();
    return em.findOneOrFail(SpeakerList, {
      where: { [column]: id },
      ...lockOption(em, 'pessimistic_write'),
    });
  }
}
