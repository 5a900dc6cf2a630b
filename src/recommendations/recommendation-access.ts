import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { canAccessConference, type Actor } from '../common/auth/actor';
import { Conference } from '../conferences/conference.entity';
import { DOMAIN_EVENTS } from '../common/events/domain-events';
import type { RecommendationView } from '#contract';
import type { TransactionContext } from '../database/transaction-runner';
import { lockOption } from '../database/locks';
import { SessionAccess } from '../sessions/session-access';
import { Session } from '../sessions/session.entity';
import { Recommendation } from './recommendation.entity';
import { RecommendationViews, type ViewContext } from './recommendation-views';
import { RecommendationRepository, type VoteTarget } from './recommendation.repository';
import { EntityNotFound } from '../common/errors';

export interface RecommendationContext {
  recommendation: Recommendation;
  session: Session;
  conference: Conference;
  canModerate: boolean;
}

/**
 * Loads a recommendation with what every rule about it needs (its session, conference and
 * whether the actor moderates it). Recommendations of other conferences, and hidden ones for
 * those who may not moderate them, do not exist for the actor (404).
 */
@Injectable()
export class RecommendationAccess {
  constructor(
    private readonly sessions: SessionAccess,
    private readonly views: RecommendationViews,
    private readonly recommendations: RecommendationRepository,
  ) {}

  async load(
    em: EntityManager,
    actor: Actor,
    id: string,
    locks: {
      recommendation?: 'pessimistic_write';
      session?: 'pessimistic_read' | 'pessimistic_write';
    } = {},
  ): Promise<RecommendationContext> {
    const recommendation = await em.findOne(Recommendation, {
      where: { id },
      ...(locks.recommendation ? lockOption(em, locks.recommendation) : {}),
    });
    if (!recommendation) throw new EntityNotFound('Recommendation', id);
    const canModerate = await this.assertVisible(em, actor, recommendation);
    const session = await em.findOneOrFail(Session, {
      where: { id: recommendation.sessionId },
      ...(locks.session ? lockOption(em, locks.session) : {}),
    });
    const conference = await em.findOneByOrFail(Conference, { id: recommendation.conferenceId });
    return { recommendation, session, conference, canModerate };
  }

  /**
   * The targets of a batch of votes, locked and read in two statements whatever the batch's size
   * (see RecommendationRepository.findForVotes); each ballot's visibility is then checked with
   * assertVoteVisible, so one ballot's 404 does not refuse its neighbours.
   */
  loadForVotes(
    em: EntityManager,
    ballots: Array<{ participantId: string; recommendationId: string }>,
  ): Promise<Map<string, VoteTarget>> {
    return this.recommendations.findForVotes(em, ballots);
  }

  /** load()'s visibility rule for a target loadForVotes read (404 when the actor may not see it). */
  async assertVoteVisible(em: EntityManager, actor: Actor, target: VoteTarget): Promise<void> {
    await this.assertVisible(em, actor, target);
  }

  /**
   * The one visibility rule: recommendations of other conferences, and hidden ones for those who
   * may not moderate their session, do not exist for the actor. Answers whether the actor
   * moderates it (no query for delegates, who never do).
   */
  private async assertVisible(
    em: EntityManager,
    actor: Actor,
    recommendation: Pick<Recommendation, 'id' | 'conferenceId' | 'sessionId' | 'status'>,
  ): Promise<boolean> {
    const { id, conferenceId, sessionId, status } = recommendation;
    if (!canAccessConference(actor, conferenceId)) throw new EntityNotFound('Recommendation', id);
    const canModerate = await this.sessions.canModerate(em, actor, { id: sessionId });
    if (status === 'hidden' && !canModerate) throw new EntityNotFound('Recommendation', id);
    return canModerate;
  }

  viewContext(
    context: Pick<RecommendationContext, 'session' | 'conference' | 'canModerate'>,
    viewer: Actor | null,
  ): ViewContext {
    return {
      viewer,
      canModerate: context.canModerate,
      sessionStatus: context.session.status,
      adoptionRule: context.conference.adoptionRule,
    };
  }

  /** The caller's view and the room's view (for the broadcast) of one recommendation. */
  async viewsOf(
    em: EntityManager,
    context: RecommendationContext,
    actor: Actor,
  ): Promise<{ mine: RecommendationView; room: RecommendationView }> {
    const [mine] = await this.views.build(
      em,
      [context.recommendation],
      this.viewContext(context, actor),
    );
    const [room] = await this.views.build(em, [context.recommendation], {
      ...this.viewContext(context, null),
      canModerate: false,
    });
    return { mine, room };
  }

  /** Queues the room's view as a domain event and returns the caller's view. */
  async publish(
    tx: TransactionContext,
    context: RecommendationContext,
    actor: Actor,
    type:
      | typeof DOMAIN_EVENTS.recommendationCreated
      | typeof DOMAIN_EVENTS.recommendationChanged = DOMAIN_EVENTS.recommendationChanged,
  ): Promise<RecommendationView> {
    const { mine, room } = await this.viewsOf(tx.em, context, actor);
    const r = context.recommendation;
    tx.publish(type, {
      conferenceId: r.conferenceId,
      sessionId: r.sessionId,
      actorId: actor.id,
      payload: { recommendation: room },
    });
    return mine;
  }
}
