import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import type { Actor } from '../common/auth/actor';
import { Comment } from '../comments/comment.entity';
import { CommentsService } from '../comments/comments.service';
import { Conference } from '../conferences/conference.entity';
import type { CommentView, RecommendationView, SequencedEvent } from '#contract';
import { RecommendationViews } from '../recommendations/recommendation-views';
import { Recommendation } from '../recommendations/recommendation.entity';
import { SessionAccess } from '../sessions/session-access';
import type { Session } from '../sessions/session.entity';

/**
 * What a replay may show: the stored events carry recommendations and comments as they were
 * when broadcast, full text included. A replay carries each one as the viewer may read it now over
 * REST — a hidden recommendation's text and a hidden comment's body only to moderators, comments of
 * a hidden recommendation likewise, merged and withdrawn ones in their current state, and authors
 * under their current (erased) names. The events keep their numbers, so a client sees no gap.
 */
@Injectable()
export class ReplayFilter {
  constructor(
    private readonly access: SessionAccess,
    private readonly views: RecommendationViews,
    private readonly comments: CommentsService,
  ) {}

  async filter(
    em: EntityManager,
    actor: Actor,
    session: Session,
    events: SequencedEvent[],
  ): Promise<SequencedEvent[]> {
    const recommendationIds = new Set<string>();
    const commentIds = new Set<string>();
    for (const event of events) {
      if (event.name === 'recommendation:created' || event.name === 'recommendation:updated')
        recommendationIds.add(event.payload.recommendation.id);
      if (event.name === 'comment:created' || event.name === 'comment:hidden') {
        commentIds.add(event.payload.comment.id);
        recommendationIds.add(event.payload.comment.recommendationId);
      }
    }
    if (recommendationIds.size === 0) return events;

    const canModerate = await this.access.canModerate(em, actor, session);
    const conference = await em.findOneByOrFail(Conference, { id: session.conferenceId });
    const recommendations = await em.findBy(Recommendation, { id: In([...recommendationIds]) });
    const hidden = new Set(recommendations.filter((r) => r.status === 'hidden').map((r) => r.id));
    const recommendationViews = new Map<string, RecommendationView>(
      (
        await this.views.build(em, recommendations, {
          viewer: null,
          canModerate,
          sessionStatus: session.status,
          adoptionRule: conference.adoptionRule,
        })
      ).map((view) => [view.id, view]),
    );
    const comments = commentIds.size ? await em.findBy(Comment, { id: In([...commentIds]) }) : [];
    const commentViews = new Map<string, CommentView>(
      (await this.comments.build(em, comments, canModerate)).map((view) => [view.id, view]),
    );

    return events.map((event): SequencedEvent => {
      switch (event.name) {
        case 'recommendation:created':
        case 'recommendation:updated': {
          const current = recommendationViews.get(event.payload.recommendation.id);
          const recommendation = current ?? {
            ...event.payload.recommendation,
            title: '',
            body: '',
          };
          return { ...event, payload: { ...event.payload, recommendation } };
        }
        case 'comment:created':
        case 'comment:hidden': {
          const stored = event.payload.comment;
          const current = commentViews.get(stored.id);
          const unreadable = !current || (hidden.has(stored.recommendationId) && !canModerate);
          const comment = unreadable ? { ...(current ?? stored), body: '' } : current;
          return { ...event, payload: { ...event.payload, comment } };
        }
        default:
          return event;
      }
    });
  }
}
