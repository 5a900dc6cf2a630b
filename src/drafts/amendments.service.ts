import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../common/auth/actor';
import { InvalidInput, NotAllowed, StaleVersion, StateConflict } from '../common/errors';
import type { AmendmentStatus, AmendmentView } from '#contract';
import { TransactionRunner } from '../database/transaction-runner';
import { AmendmentApplier } from './amendment-applier';
import { DraftAccess } from './draft-access';
import { DRAFT_EVENTS } from './draft.events';
import { DraftPublisher } from './draft-publisher';
import { DraftViews } from './draft-views';
import type { ProcedureDto, ProposeAmendmentDto, UpdateAmendmentDto } from './dto/draft.dto';
import { DraftAmendmentSponsor } from './entities/draft-amendment-sponsor.entity';
import { DraftAmendment } from './entities/draft-amendment.entity';
import { DraftParagraph } from './entities/draft-paragraph.entity';

/**
 * Amendments: delegates propose, update, withdraw and co-sponsor them; the draft's chairs decide
 * how each is handled (accept, accept as modified, reject, put to the vote). Writes lock the
 * draft's row first, as every drafting-room write does.
 */
@Injectable()
export class AmendmentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
    private readonly access: DraftAccess,
    private readonly views: DraftViews,
    private readonly publisher: DraftPublisher,
    private readonly applier: AmendmentApplier,
  ) {}

  propose(actor: Actor, draftId: string, dto: ProposeAmendmentDto): Promise<AmendmentView> {
    return this.transactions.run(async (tx) => {
      const draft = await this.access.findVisible(tx.em, actor, draftId, 'pessimistic_write');
      this.access.assertDelegate(actor, 'propose amendments');
      this.access.assertDrafting(draft, 'Amendments cannot be proposed');
      const paragraph = await tx.em.findOneBy(DraftParagraph, { id: dto.paragraphId });
      if (!paragraph || paragraph.draftId !== draftId || paragraph.deletedAt)
        throw new InvalidInput(['paragraphId is not a paragraph of this draft']);
      const text = this.checkText(dto.kind, dto.text, paragraph.text);
      if (dto.baseVersion !== paragraph.version)
        throw new StaleVersion(
          `Stale baseVersion ${dto.baseVersion}: the paragraph is at version ${paragraph.version}; reload it and file again`,
          'baseVersion',
          dto.baseVersion,
          paragraph.version,
        );
      const amendment = await tx.em.save(
        tx.em.create(DraftAmendment, {
          draftId,
          paragraphId: paragraph.id,
          kind: dto.kind,
          text,
          reason: dto.reason,
          authorId: actor.id,
          status: 'proposed',
          baseVersion: paragraph.version,
          baseText: paragraph.text,
        }),
      );
      await tx.em.insert(DraftAmendmentSponsor, {
        amendmentId: amendment.id,
        participantId: actor.id,
        source: 'author',
        createdAt: new Date(),
      });
      await this.audit.record(tx.em, {
        action: 'draft.amendment.propose',
        actor,
        conferenceId: draft.conferenceId,
        targetType: 'draft_amendment',
        targetId: amendment.id,
        details: {
          draftId,
          paragraphId: paragraph.id,
          kind: dto.kind,
          baseVersion: paragraph.version,
        },
      });
      return this.publisher.amendment(tx, draft, amendment, actor, DRAFT_EVENTS.amendmentCreated);
    });
  }

  /** The author rewords a proposed amendment, or brings an outdated one up to the paragraph's version. */
  update(actor: Actor, id: string, dto: UpdateAmendmentDto): Promise<AmendmentView> {
    return this.transactions.run(async (tx) => {
      const { amendment, draft, paragraph } = await this.access.amendment(
        tx.em,
        actor,
        id,
        'pessimistic_write',
      );
      if (amendment.authorId !== actor.id)
        throw new NotAllowed('Only the author can update an amendment');
      this.access.assertDrafting(draft, 'Amendments cannot change');
      if (amendment.status !== 'proposed')
        throw new StateConflict(`A ${amendment.status} amendment cannot be updated`);
      if (paragraph.deletedAt)
        throw new StateConflict('The paragraph was deleted: withdraw the amendment');
      if (dto.baseVersion !== paragraph.version)
        throw new StaleVersion(
          `Stale baseVersion ${dto.baseVersion}: the paragraph is at version ${paragraph.version}`,
          'baseVersion',
          dto.baseVersion,
          paragraph.version,
        );
      if (dto.text !== undefined && amendment.kind === 'delete')
        throw InvalidInput.rule(
          'text',
          'notForDelete',
          'text must not be given for a delete amendment',
        );
      const text =
        amendment.kind === 'delete'
          ? null
          : this.checkText(amendment.kind, dto.text ?? amendment.text ?? undefined, paragraph.text);
      const before = {
        text: amendment.text,
        reason: amendment.reason,
        baseVersion: amendment.baseVersion,
      };
      amendment.text = text;
      amendment.reason = dto.reason ?? amendment.reason;
      amendment.baseVersion = paragraph.version;
      amendment.baseText = paragraph.text;
      await tx.em.save(amendment);
      await this.audit.record(tx.em, {
        action: 'draft.amendment.update',
        actor,
        conferenceId: draft.conferenceId,
        targetType: 'draft_amendment',
        targetId: id,
        details: { draftId: draft.id, before, baseVersion: paragraph.version },
      });
      return this.publisher.amendment(tx, draft, amendment, actor);
    });
  }

  withdraw(actor: Actor, id: string): Promise<AmendmentView> {
    return this.transactions.run(async (tx) => {
      const { amendment, draft } = await this.access.amendment(
        tx.em,
        actor,
        id,
        'pessimistic_write',
      );
      if (amendment.authorId !== actor.id)
        throw new NotAllowed('Only the author can withdraw an amendment');
      if (amendment.status !== 'proposed')
        throw new StateConflict(`A ${amendment.status} amendment cannot be withdrawn`);
      amendment.status = 'withdrawn';
      await tx.em.save(amendment);
      await this.audit.record(tx.em, {
        action: 'draft.amendment.withdraw',
        actor,
        conferenceId: draft.conferenceId,
        targetType: 'draft_amendment',
        targetId: id,
        details: { draftId: draft.id },
      });
      return this.publisher.amendment(tx, draft, amendment, actor);
    });
  }

  /** Idempotent: co-sponsoring twice (or as the author) leaves one sponsorship. */
  coSponsor(actor: Actor, id: string): Promise<AmendmentView> {
    return this.transactions.run(async (tx) => {
      const { amendment, draft } = await this.access.amendment(
        tx.em,
        actor,
        id,
        'pessimistic_write',
      );
      this.access.assertDelegate(actor, 'co-sponsor amendments');
      if (amendment.status !== 'proposed' && amendment.status !== 'voting')
        throw new StateConflict(`A ${amendment.status} amendment cannot be co-sponsored`);
      if (await tx.em.existsBy(DraftAmendmentSponsor, { amendmentId: id, participantId: actor.id }))
        return (await this.views.amendments(tx.em, [amendment], actor))[0];
      await tx.em.insert(DraftAmendmentSponsor, {
        amendmentId: id,
        participantId: actor.id,
        source: 'co_sponsor',
        createdAt: new Date(),
      });
      await this.audit.record(tx.em, {
        action: 'draft.amendment.co_sponsor',
        actor,
        conferenceId: draft.conferenceId,
        targetType: 'draft_amendment',
        targetId: id,
        details: { draftId: draft.id },
      });
      return this.publisher.amendment(tx, draft, amendment, actor);
    });
  }

  /** The chair's decision. accept / accept_modified apply it now; vote opens it; reject ends it. */
  procedure(actor: Actor, id: string, dto: ProcedureDto): Promise<AmendmentView> {
    return this.transactions.run(async (tx) => {
      const { amendment, draft, paragraph } = await this.access.amendment(
        tx.em,
        actor,
        id,
        'pessimistic_write',
      );
      await this.access.assertChair(tx.em, actor, draft);
      this.access.assertDrafting(draft, 'Amendments cannot be decided');
      if (dto.text !== undefined && dto.procedure !== 'accept_modified')
        throw new InvalidInput(['text is only for accept_modified (the compromise wording)']);
      const decidable =
        amendment.status === 'proposed' ||
        (amendment.status === 'voting' && dto.procedure === 'reject');
      if (!decidable)
        throw new StateConflict(
          `A ${amendment.status} amendment cannot be put to ${dto.procedure}`,
        );
      amendment.note = dto.note ?? amendment.note;
      switch (dto.procedure) {
        case 'accept':
          await this.applier.apply(
            tx,
            draft,
            amendment,
            paragraph,
            'accepted',
            actor,
            amendment.text,
          );
          break;
        case 'accept_modified':
          if (dto.text === undefined)
            throw new InvalidInput([
              'text is required for accept_modified (the compromise wording)',
            ]);
          amendment.compromiseText = dto.text;
          await this.applier.apply(
            tx,
            draft,
            amendment,
            paragraph,
            'accepted_modified',
            actor,
            dto.text,
          );
          break;
        case 'vote':
          this.applier.assertCurrent(amendment, paragraph);
          amendment.status = 'voting';
          await tx.em.save(amendment);
          break;
        case 'reject':
          amendment.status = 'rejected';
          amendment.decidedAt = new Date();
          amendment.decidedById = actor.id;
          await tx.em.save(amendment);
          break;
      }
      await this.audit.record(tx.em, {
        action: `draft.amendment.${dto.procedure}`,
        actor,
        conferenceId: draft.conferenceId,
        targetType: 'draft_amendment',
        targetId: id,
        details: { draftId: draft.id, status: amendment.status, note: dto.note ?? null },
      });
      return this.publisher.amendment(tx, draft, amendment, actor);
    });
  }

  async list(actor: Actor, draftId: string, status?: AmendmentStatus): Promise<AmendmentView[]> {
    const em = this.dataSource.manager;
    const draft = await this.access.findVisible(em, actor, draftId);
    const rows = await em.find(DraftAmendment, {
      where: { draftId: draft.id, ...(status ? { status: In([status]) } : {}) },
      order: { createdAt: 'ASC' },
    });
    return this.views.amendments(em, rows, actor);
  }

  async get(actor: Actor, id: string): Promise<AmendmentView> {
    const em = this.dataSource.manager;
    const { amendment } = await this.access.amendment(em, actor, id);
    return (await this.views.amendments(em, [amendment], actor))[0];
  }

  private checkText(
    kind: DraftAmendment['kind'],
    text: string | undefined,
    current: string,
  ): string | null {
    if (kind === 'delete') {
      if (text !== undefined)
        throw InvalidInput.rule(
          'text',
          'notForDelete',
          'text must not be given for a delete amendment',
        );
      return null;
    }
    if (text === undefined)
      throw InvalidInput.rule(
        'text',
        'requiredForKind',
        `text is required for a ${kind} amendment`,
        {
          kind,
        },
      );
    if (kind === 'replace' && text === current)
      throw InvalidInput.rule(
        'text',
        'sameAsCurrent',
        'text must differ from the paragraph’s current wording',
      );
    return text;
  }
}
