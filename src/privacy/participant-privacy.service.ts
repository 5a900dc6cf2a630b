import { Injectable } from '@nestjs/common';
import { Brackets, EntityManager } from 'typeorm';
import { AuditEntry } from '../audit/audit-entry.entity';
import { AuditRepository } from '../audit/audit.repository';
import { AuditService } from '../audit/audit.service';
import { UNMATCHABLE_HASH } from '../participants/secret-hasher';
import { Comment } from '../comments/comment.entity';
import type { Actor } from '../common/auth/actor';
import { ConsistentReader } from '../database/consistent-read';
import { TransactionRunner } from '../database/transaction-runner';
import { RecommendationRevision } from '../recommendations/recommendation-revision.entity';
import { RecommendationSponsor } from '../recommendations/recommendation-sponsor.entity';
import { Recommendation } from '../recommendations/recommendation.entity';
import { Vote } from '../votes/vote.entity';
import { ParticipantResponse } from '../participants/dto/participant-response.dto';
import type { PersonalDataResponse } from './dto/personal-data.dto';
import { ERASED_NAME, erasedEmail, scrubCopies } from './erasure-scrub';
import { Participant } from '../participants/participant.entity';
import { PARTICIPANT_EVENTS } from '../participants/participant.events';
import { EntityNotFound, StateConflict } from '../common/errors';

const iso = (date: Date) => date.toISOString();

/**
 * Personal data (README, "Data portability and personal data"): a participant downloads what
 * Agora holds about them; the secretariat erases a participant's personal data while their
 * votes stay counted (the rows keep only the constituency) and their recommendations stay
 * attributed to their organisation.
 */
@Injectable()
export class ParticipantPrivacyService {
  constructor(
    private readonly reader: ConsistentReader,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
    private readonly auditEntries: AuditRepository,
  ) {}

  download(actor: Actor): Promise<PersonalDataResponse> {
    return this.reader.read((em) => this.read(em, actor.id));
  }

  async erase(actor: Actor, id: string): Promise<ParticipantResponse> {
    const participant = await this.transactions.run(async ({ em, publish }) => {
      const current = await em.findOneBy(Participant, { id });
      // A conference's secretariat manages only its own conference's participants.
      if (!current || (actor.conferenceId !== null && current.conferenceId !== actor.conferenceId))
        throw new EntityNotFound('Participant', id);
      if (current.id === actor.id)
        throw new StateConflict('You cannot erase yourself; ask another secretariat member');
      if (current.email === erasedEmail(id)) return current; // already erased
      await em.update(
        Participant,
        { id },
        {
          name: ERASED_NAME,
          email: erasedEmail(id),
          city: null,
          country: null,
          active: false,
          secretHash: UNMATCHABLE_HASH,
        },
      );
      const scrubbed = await scrubCopies(em, id, this.auditEntries);
      await this.audit.record(em, {
        action: 'participant.erase',
        actor,
        conferenceId: current.conferenceId,
        targetType: 'participant',
        targetId: id,
        details: { scrubbed },
      });
      // Tokens and open sockets of the participant stop working at once (as on deactivation).
      publish(PARTICIPANT_EVENTS.changed, {
        conferenceId: current.conferenceId ?? undefined,
        actorId: actor.id,
        payload: { participantId: id, active: false, role: current.role },
      });
      return em.findOneByOrFail(Participant, { id });
    });
    return ParticipantResponse.forViewer(participant, actor);
  }

  private async read(em: EntityManager, id: string): Promise<PersonalDataResponse> {
    const profile = await em.findOneBy(Participant, { id });
    if (!profile) throw new EntityNotFound('Participant', id);
    const recommendations = await em.find(Recommendation, {
      where: { authorId: id },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    const revisions = await em
      .createQueryBuilder(RecommendationRevision, 'v')
      .innerJoin(Recommendation, 'r', 'r.id = v.recommendationId')
      .where('r.authorId = :id', { id })
      .orderBy('v.version')
      .getMany();
    const comments = await em.find(Comment, {
      where: { authorId: id },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    const votes = await em.find(Vote, {
      where: { participantId: id },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    const sponsorships = await em.find(RecommendationSponsor, {
      where: { participantId: id },
      order: { createdAt: 'ASC', recommendationId: 'ASC' },
    });
    const audit = await em
      .createQueryBuilder(AuditEntry, 'a')
      .where(
        new Brackets((q) =>
          q
            .where('a.actorId = :id', { id })
            .orWhere("(a.targetType = 'participant' AND a.targetId = :id)", { id }),
        ),
      )
      .orderBy('a.createdAt')
      .addOrderBy('a.id')
      .getMany();

    return {
      exportedAt: new Date().toISOString(),
      profile: ParticipantResponse.from(profile, { withEmail: true }),
      recommendations: recommendations.map((r) => ({
        id: r.id,
        conferenceId: r.conferenceId,
        sessionId: r.sessionId,
        title: r.title,
        body: r.body,
        themes: r.themes,
        governanceLevel: r.governanceLevel,
        status: r.status,
        version: r.version,
        disposition: r.disposition,
        revisions: revisions
          .filter((v) => v.recommendationId === r.id)
          .map((v) => ({
            version: v.version,
            title: v.title,
            body: v.body,
            themes: v.themes,
            governanceLevel: v.governanceLevel,
            editorId: v.editorId,
            createdAt: iso(v.createdAt),
          })),
        createdAt: iso(r.createdAt),
        updatedAt: iso(r.updatedAt),
      })),
      comments: comments.map((c) => ({
        id: c.id,
        recommendationId: c.recommendationId,
        sessionId: c.sessionId,
        parentId: c.parentId,
        body: c.body,
        stance: c.stance,
        hidden: c.hidden,
        createdAt: iso(c.createdAt),
      })),
      votes: votes.map((v) => ({
        recommendationId: v.recommendationId,
        sessionId: v.sessionId,
        value: v.value,
        constituency: v.constituency,
        createdAt: iso(v.createdAt),
        updatedAt: iso(v.updatedAt),
      })),
      sponsorships: sponsorships.map((s) => ({
        recommendationId: s.recommendationId,
        source: s.source,
        createdAt: iso(s.createdAt),
      })),
      auditEntries: audit.map((a) => ({
        id: a.id,
        at: iso(a.createdAt),
        actorId: a.actorId,
        action: a.action,
        conferenceId: a.conferenceId,
        sessionId: a.sessionId,
        targetType: a.targetType,
        targetId: a.targetId,
        details: a.details,
      })),
    };
  }
}
