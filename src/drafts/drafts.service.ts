import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { canAccessConference, type Actor } from '../common/auth/actor';
import { EntityNotFound, InvalidInput } from '../common/errors';
import { Conference } from '../conferences/conference.entity';
import type { DraftSummaryView, DraftView } from '#contract';
import { TransactionRunner } from '../database/transaction-runner';
import { Participant } from '../participants/participant.entity';
import type { OutcomeDocument } from '../reports/outcome-document';
import { ReportVersion } from '../reports/report-version.entity';
import { DraftAccess } from './draft-access';
import { paragraphsFromReport, type NewParagraph } from './draft-from-report';
import { DraftPublisher } from './draft-publisher';
import { DraftViews } from './draft-views';
import type { CreateDraftDto } from './dto/draft.dto';
import { DraftChair } from './entities/draft-chair.entity';
import { DraftParagraph } from './entities/draft-paragraph.entity';
import { Draft } from './entities/draft.entity';

/** The secretariat's drafting-room work on drafts themselves: create (blank or from a report), chairs, reading. */
@Injectable()
export class DraftsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
    private readonly access: DraftAccess,
    private readonly views: DraftViews,
    private readonly publisher: DraftPublisher,
  ) {}

  create(actor: Actor, conferenceId: string, dto: CreateDraftDto): Promise<DraftView> {
    return this.transactions.run(async (tx) => {
      const conference = await tx.em.findOneBy(Conference, { id: conferenceId });
      if (!conference || !canAccessConference(actor, conferenceId))
        throw new EntityNotFound('Conference', conferenceId);
      this.access.assertSecretariat(actor);
      if (!conference.languages.includes(dto.language))
        throw new InvalidInput([
          `language must be one of the conference's languages (${conference.languages.join(', ')})`,
        ]);
      let paragraphs: NewParagraph[] = [];
      if (dto.fromReportId) {
        const report = await tx.em.findOneBy(ReportVersion, { id: dto.fromReportId });
        if (!report || report.conferenceId !== conferenceId)
          throw new InvalidInput([
            'fromReportId is not a compiled outcome-document version of this conference',
          ]);
        paragraphs = paragraphsFromReport(
          JSON.parse(report.document) as OutcomeDocument,
          dto.language,
        );
      }
      await this.checkChairs(tx.em, conferenceId, dto.chairIds ?? [], 'chairIds');

      const draft = await tx.em.save(
        tx.em.create(Draft, {
          conferenceId,
          title: dto.title,
          language: dto.language,
          status: 'drafting',
          version: 0,
          fromReportId: dto.fromReportId ?? null,
          framework: dto.fromReportId ? conference.framework : null,
          createdById: actor.id,
        }),
      );
      if (paragraphs.length)
        await tx.em.insert(
          DraftParagraph,
          paragraphs.map((p, position) =>
            tx.em.create(DraftParagraph, {
              draftId: draft.id,
              position,
              kind: p.kind,
              text: p.text,
              alternatives: [],
              sources: p.sources,
              version: 1,
              deletedAt: null,
            }),
          ),
        );
      await this.writeChairs(tx.em, draft.id, dto.chairIds ?? []);
      await this.audit.record(tx.em, {
        action: 'draft.create',
        actor,
        conferenceId,
        targetType: 'draft',
        targetId: draft.id,
        details: {
          fromReportId: dto.fromReportId ?? null,
          paragraphs: paragraphs.length,
          chairIds: dto.chairIds ?? [],
        },
      });
      return this.publisher.summary(tx, draft, actor);
    });
  }

  async list(actor: Actor, conferenceId: string): Promise<DraftSummaryView[]> {
    const em = this.dataSource.manager;
    const conference = await em.findOneBy(Conference, { id: conferenceId });
    if (!conference || !canAccessConference(actor, conferenceId))
      throw new EntityNotFound('Conference', conferenceId);
    const drafts = await em.find(Draft, { where: { conferenceId }, order: { createdAt: 'ASC' } });
    return Promise.all(drafts.map((d) => this.views.summary(em, d)));
  }

  async get(actor: Actor, id: string): Promise<DraftView> {
    const em = this.dataSource.manager;
    return this.views.full(em, await this.access.findVisible(em, actor, id));
  }

  setChairs(actor: Actor, id: string, participantIds: string[]): Promise<DraftView> {
    return this.transactions.run(async (tx) => {
      const draft = await this.access.findVisible(tx.em, actor, id, 'pessimistic_write');
      this.access.assertSecretariat(actor);
      await this.checkChairs(tx.em, draft.conferenceId, participantIds, 'participantIds');
      await tx.em.delete(DraftChair, { draftId: id });
      await this.writeChairs(tx.em, id, participantIds);
      await this.touch(tx.em, draft);
      await this.audit.record(tx.em, {
        action: 'draft.set_chairs',
        actor,
        conferenceId: draft.conferenceId,
        targetType: 'draft',
        targetId: id,
        details: { participantIds },
      });
      return this.publisher.summary(tx, draft, actor);
    });
  }

  /** Bumps the draft's updatedAt (the row a client compares to know its copy is current). */
  async touch(em: EntityManager, draft: Draft): Promise<void> {
    draft.updatedAt = new Date();
    await em.update(Draft, { id: draft.id }, { updatedAt: draft.updatedAt });
  }

  /** Chairs are moderator or secretariat accounts of the draft's conference (or platform-wide), active. */
  private async checkChairs(
    em: EntityManager,
    conferenceId: string,
    ids: string[],
    field: string,
  ): Promise<void> {
    const people = ids.length ? await em.find(Participant, { where: { id: In(ids) } }) : [];
    const problems = ids.flatMap((id, i) => {
      const p = people.find((x) => x.id === id);
      if (!p || (p.conferenceId !== null && p.conferenceId !== conferenceId))
        return [`${field}.${i} is not a participant of this conference`];
      if (p.role !== 'moderator' && p.role !== 'secretariat')
        return [`${field}.${i} must be a moderator or secretariat account (is ${p.role})`];
      if (!p.active) return [`${field}.${i} is deactivated`];
      return [];
    });
    if (problems.length) throw new InvalidInput(problems);
  }

  private async writeChairs(em: EntityManager, draftId: string, ids: string[]): Promise<void> {
    if (ids.length)
      await em.insert(
        DraftChair,
        ids.map((participantId) => ({ draftId, participantId })),
      );
  }
}
