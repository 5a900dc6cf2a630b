import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../common/auth/actor';
import { DOMAIN_EVENTS } from '../common/events/domain-events';
import { Conference } from '../conferences/conference.entity';
import type { RecommendationView } from '#contract';
import { TransactionRunner, type TransactionContext } from '../database/transaction-runner';
import { FrameworksService } from '../frameworks/frameworks.service';
import { SessionAccess } from '../sessions/session-access';
import { SubmitRecommendationDto, UpdateRecommendationDto } from './dto/recommendation.dto';
import { RecommendationAccess } from './recommendation-access';
import { RecommendationRevision } from './recommendation-revision.entity';
import { RecommendationSponsor } from './recommendation-sponsor.entity';
import { Recommendation } from './recommendation.entity';
import { InvalidInput, NotAllowed, StaleVersion, StateConflict } from '../common/errors';

const EDITABLE = ['title', 'body', 'themes', 'governanceLevel'] as const;

/** What delegates do with recommendations: submit, edit, withdraw, co-sponsor. */
@Injectable()
export class RecommendationsService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
    private readonly sessions: SessionAccess,
    private readonly access: RecommendationAccess,
    private readonly frameworks: FrameworksService,
  ) {}

  submit(
    actor: Actor,
    sessionId: string,
    dto: SubmitRecommendationDto,
  ): Promise<RecommendationView> {
    return this.transactions.run(async (tx) => {
      const session = await this.sessions.findVisible(tx.em, actor, sessionId, 'pessimistic_read');
      if (actor.role !== 'delegate') throw new NotAllowed('Only delegates submit recommendations');
      if (session.status !== 'open')
        throw new StateConflict(`Submissions are closed: the session is ${session.status}`);
      const conference = await tx.em.findOneByOrFail(Conference, { id: session.conferenceId });
      this.assertThemes(conference, dto.themes);

      const recommendation = await tx.em.save(
        tx.em.create(Recommendation, {
          conferenceId: session.conferenceId,
          sessionId,
          authorId: actor.id,
          title: dto.title,
          body: dto.body,
          themes: dto.themes,
          governanceLevel: dto.governanceLevel,
          status: 'submitted',
          version: 1,
        }),
      );
      await tx.em.save(
        tx.em.create(RecommendationSponsor, {
          recommendationId: recommendation.id,
          participantId: actor.id,
          source: 'author',
        }),
      );
      await this.saveRevision(tx, recommendation, actor, []);
      await this.audit.record(tx.em, {
        action: 'recommendation.submit',
        actor,
        conferenceId: session.conferenceId,
        sessionId,
        targetType: 'recommendation',
        targetId: recommendation.id,
      });
      const context = { recommendation, session, conference, canModerate: false };
      return this.access.publish(tx, context, actor, DOMAIN_EVENTS.recommendationCreated);
    });
  }

  edit(actor: Actor, id: string, dto: UpdateRecommendationDto): Promise<RecommendationView> {
    return this.transactions.run(async (tx) => {
      const context = await this.access.load(tx.em, actor, id, {
        recommendation: 'pessimistic_write',
        session: 'pessimistic_read',
      });
      const { recommendation, session } = context;
      // The author edits as a delegate: one demoted to observer no longer edits (on any transport).
      const isAuthor = recommendation.authorId === actor.id && actor.role === 'delegate';
      if (!isAuthor && !context.canModerate)
        throw new NotAllowed('Only the author or a moderator of the session can edit this');
      if (session.status !== 'open')
        throw new StateConflict(
          `Recommendations can no longer be edited: the session is ${session.status}`,
        );
      if (recommendation.status !== 'submitted')
        throw new StateConflict(`A ${recommendation.status} recommendation cannot be edited`);
      if (dto.version !== recommendation.version) {
        throw new StaleVersion(
          `Stale version ${dto.version}: the recommendation is at version ${recommendation.version}; reload it and edit again`,
          'version',
          dto.version,
          recommendation.version,
        );
      }
      if (dto.themes) this.assertThemes(context.conference, dto.themes);

      const changed = EDITABLE.filter(
        (field) =>
          dto[field] !== undefined &&
          JSON.stringify(dto[field]) !== JSON.stringify(recommendation[field]),
      );
      if (changed.length === 0)
        throw new InvalidInput([
          'nothing to change: give at least one of title, body, themes, governanceLevel with a new value',
        ]);
      Object.assign(recommendation, Object.fromEntries(changed.map((f) => [f, dto[f]])));
      recommendation.version += 1;
      await tx.em.save(recommendation);
      await this.saveRevision(tx, recommendation, actor, [...changed]);
      await this.audit.record(tx.em, {
        action: isAuthor ? 'recommendation.edit' : 'recommendation.moderator_edit',
        actor,
        conferenceId: recommendation.conferenceId,
        sessionId: recommendation.sessionId,
        targetType: 'recommendation',
        targetId: id,
        details: { version: recommendation.version, changed },
      });
      return this.access.publish(tx, context, actor, DOMAIN_EVENTS.recommendationChanged);
    });
  }

  withdraw(actor: Actor, id: string): Promise<RecommendationView> {
    return this.transactions.run(async (tx) => {
      const context = await this.access.load(tx.em, actor, id, {
        recommendation: 'pessimistic_write',
        session: 'pessimistic_read',
      });
      const { recommendation, session } = context;
      if (recommendation.authorId !== actor.id || actor.role !== 'delegate')
        throw new NotAllowed('Only the author, as a delegate, can withdraw a recommendation');
      if (session.status !== 'open' && session.status !== 'voting')
        throw new StateConflict(`Cannot withdraw: the session is ${session.status}`);
      if (recommendation.status !== 'submitted')
        throw new StateConflict(`A ${recommendation.status} recommendation cannot be withdrawn`);
      recommendation.status = 'withdrawn';
      await tx.em.save(recommendation);
      await this.audit.record(tx.em, {
        action: 'recommendation.withdraw',
        actor,
        conferenceId: recommendation.conferenceId,
        sessionId: recommendation.sessionId,
        targetType: 'recommendation',
        targetId: id,
      });
      return this.access.publish(tx, context, actor, DOMAIN_EVENTS.recommendationChanged);
    });
  }

  /** Idempotent: co-sponsoring twice leaves one sponsorship. */
  coSponsor(actor: Actor, id: string): Promise<RecommendationView> {
    return this.transactions.run(async (tx) => {
      const context = await this.access.load(tx.em, actor, id, { session: 'pessimistic_read' });
      const { recommendation, session } = context;
      if (actor.role !== 'delegate')
        throw new NotAllowed('Only delegates co-sponsor recommendations');
      if (session.status !== 'open' && session.status !== 'voting')
        throw new StateConflict(`Cannot co-sponsor: the session is ${session.status}`);
      if (recommendation.status !== 'submitted')
        throw new StateConflict(`A ${recommendation.status} recommendation cannot be co-sponsored`);
      if (
        await tx.em.existsBy(RecommendationSponsor, {
          recommendationId: id,
          participantId: actor.id,
        })
      ) {
        return (await this.access.viewsOf(tx.em, context, actor)).mine;
      }
      await tx.em.save(
        tx.em.create(RecommendationSponsor, {
          recommendationId: id,
          participantId: actor.id,
          source: 'co_sponsor',
        }),
      );
      await this.audit.record(tx.em, {
        action: 'recommendation.co_sponsor',
        actor,
        conferenceId: recommendation.conferenceId,
        sessionId: recommendation.sessionId,
        targetType: 'recommendation',
        targetId: id,
      });
      return this.access.publish(tx, context, actor, DOMAIN_EVENTS.recommendationChanged);
    });
  }

  private assertThemes(conference: Conference, themes: string[]): void {
    const unknown = this.frameworks.unknownThemes(conference.framework, themes);
    if (unknown.length) {
      throw new InvalidInput(
        unknown.map(
          (code) =>
            `themes.${themes.indexOf(code)} "${code}" is not a theme of the framework ${conference.framework}`,
        ),
      );
    }
  }

  private async saveRevision(
    tx: TransactionContext,
    r: Recommendation,
    editor: Actor,
    changedFields: string[],
  ): Promise<void> {
    await tx.em.save(
      tx.em.create(RecommendationRevision, {
        recommendationId: r.id,
        version: r.version,
        editorId: editor.id,
        title: r.title,
        body: r.body,
        themes: r.themes,
        governanceLevel: r.governanceLevel,
        changedFields,
      }),
    );
  }
}
