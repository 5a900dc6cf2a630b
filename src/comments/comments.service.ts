import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../common/auth/actor';
import { DOMAIN_EVENTS } from '../common/events/domain-events';
import type { CommentView } from '#contract';
import { TransactionRunner } from '../database/transaction-runner';
import { Participant } from '../participants/participant.entity';
import { RecommendationAccess } from '../recommendations/recommendation-access';
import { Recommendation } from '../recommendations/recommendation.entity';
import { AddCommentDto } from './dto/comment.dto';
import { Comment } from './comment.entity';
import { EntityNotFound, InvalidInput, NotAllowed, StateConflict } from '../common/errors';

/** Comments on recommendations, with a stance and replies; moderators hide abuse with a reason. */
@Injectable()
export class CommentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
    private readonly access: RecommendationAccess,
  ) {}

  add(actor: Actor, recommendationId: string, dto: AddCommentDto): Promise<CommentView> {
    return this.transactions.run(async (tx) => {
      const context = await this.access.load(tx.em, actor, recommendationId, {
        session: 'pessimistic_read',
      });
      const { recommendation, session } = context;
      if (actor.role !== 'delegate' && !context.canModerate)
        throw new NotAllowed('Only delegates and the session’s moderators comment');
      if (session.status !== 'open' && session.status !== 'voting')
        throw new StateConflict(`Comments are not open: the session is ${session.status}`);
      if (recommendation.status !== 'submitted')
        throw new StateConflict(`A ${recommendation.status} recommendation cannot be commented on`);
      if (dto.parentId) {
        const parent = await tx.em.findOneBy(Comment, { id: dto.parentId });
        if (!parent || parent.recommendationId !== recommendationId)
          throw new InvalidInput(['parentId must be a comment on the same recommendation']);
      }
      const comment = await tx.em.save(
        tx.em.create(Comment, {
          recommendationId,
          sessionId: session.id,
          authorId: actor.id,
          parentId: dto.parentId ?? null,
          body: dto.body,
          stance: dto.stance,
          hidden: false,
        }),
      );
      await tx.em.increment(Recommendation, { id: recommendationId }, 'commentCount', 1);
      await this.audit.record(tx.em, {
        action: 'comment.add',
        actor,
        conferenceId: recommendation.conferenceId,
        sessionId: session.id,
        targetType: 'comment',
        targetId: comment.id,
        details: { recommendationId, stance: dto.stance },
      });
      const [view] = await this.build(tx.em, [comment], false);
      tx.publish(DOMAIN_EVENTS.commentCreated, {
        conferenceId: recommendation.conferenceId,
        sessionId: session.id,
        actorId: actor.id,
        payload: { comment: view },
      });
      return view;
    });
  }

  async list(actor: Actor, recommendationId: string): Promise<CommentView[]> {
    const context = await this.access.load(this.dataSource.manager, actor, recommendationId);
    const comments = await this.dataSource
      .getRepository(Comment)
      .find({ where: { recommendationId }, order: { createdAt: 'ASC', id: 'ASC' } });
    return this.build(this.dataSource.manager, comments, context.canModerate);
  }

  hide(actor: Actor, id: string, reason: string): Promise<CommentView> {
    return this.transactions.run(async (tx) => {
      const comment = await tx.em.findOneBy(Comment, { id });
      if (!comment) throw new EntityNotFound('Comment', id);
      const context = await this.access.load(tx.em, actor, comment.recommendationId, {
        session: 'pessimistic_read',
      });
      if (!context.canModerate)
        throw new NotAllowed('Only this session’s moderators or the secretariat can hide comments');
      if (context.session.status === 'closed') throw new StateConflict('The session is closed');
      if (comment.hidden) throw new StateConflict('The comment is already hidden');
      Object.assign(comment, { hidden: true, hiddenReason: reason, hiddenById: actor.id });
      await tx.em.save(comment);
      await tx.em.decrement(Recommendation, { id: comment.recommendationId }, 'commentCount', 1);
      await this.audit.record(tx.em, {
        action: 'comment.hide',
        actor,
        conferenceId: context.recommendation.conferenceId,
        sessionId: comment.sessionId,
        targetType: 'comment',
        targetId: id,
        details: { reason },
      });
      const [room] = await this.build(tx.em, [comment], false);
      tx.publish(DOMAIN_EVENTS.commentHidden, {
        conferenceId: context.recommendation.conferenceId,
        sessionId: comment.sessionId,
        actorId: actor.id,
        payload: { comment: room },
      });
      return (await this.build(tx.em, [comment], true))[0];
    });
  }

  /** A hidden comment's text is kept for the audit and shown only to moderators. */
  async build(
    em: EntityManager,
    comments: Comment[],
    canModerate: boolean,
  ): Promise<CommentView[]> {
    if (comments.length === 0) return [];
    const authors = new Map(
      (
        await em.find(Participant, {
          where: { id: In([...new Set(comments.map((c) => c.authorId))]) },
        })
      ).map((p) => [p.id, { id: p.id, name: p.name, organisation: p.organisation }]),
    );
    return comments.map((c) => ({
      id: c.id,
      recommendationId: c.recommendationId,
      sessionId: c.sessionId,
      parentId: c.parentId,
      author: authors.get(c.authorId) ?? { id: c.authorId, name: '', organisation: null },
      body: c.hidden && !canModerate ? '' : c.body,
      stance: c.stance,
      hidden: c.hidden,
      hiddenReason: c.hiddenReason,
      createdAt: c.createdAt.toISOString(),
    }));
  }
}
