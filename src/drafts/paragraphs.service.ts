import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../common/auth/actor';
import { InvalidInput, NotAllowed, StaleVersion } from '../common/errors';
import { Conference } from '../conferences/conference.entity';
import type { ParagraphView } from '#contract';
import { TransactionRunner } from '../database/transaction-runner';
import type { Language } from '../participants/participant.constants';
import { DraftAccess } from './draft-access';
import { DraftPublisher } from './draft-publisher';
import { DRAFT_EVENTS } from './draft.events';
import type {
  CreateParagraphDto,
  MoveParagraphDto,
  TranslationDto,
  UpdateParagraphDto,
} from './dto/draft.dto';
import { DraftParagraphTranslation } from './entities/draft-paragraph-translation.entity';
import { DraftParagraph } from './entities/draft-paragraph.entity';
import { ParagraphOrder } from './paragraph-order';

const EDITABLE = ['text', 'kind', 'alternatives'] as const;

/**
 * The chairs' (and secretariat's) direct work on the text: add, edit, move and delete paragraphs,
 * while the draft is `drafting`; and the secretariat's translations. Every write locks the draft's
 * row first (PostgreSQL), so writes to one draft run one at a time and numbering stays exact.
 */
@Injectable()
export class ParagraphsService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
    private readonly access: DraftAccess,
    private readonly order: ParagraphOrder,
    private readonly publisher: DraftPublisher,
  ) {}

  create(actor: Actor, draftId: string, dto: CreateParagraphDto): Promise<ParagraphView> {
    return this.transactions.run(async (tx) => {
      const draft = await this.access.findVisible(tx.em, actor, draftId, 'pessimistic_write');
      await this.access.assertChair(tx.em, actor, draft);
      this.access.assertDrafting(draft, 'Paragraphs cannot be added');
      const paragraph = await this.order.insert(tx.em, draft.id, dto.afterId ?? null, {
        kind: dto.kind,
        text: dto.text,
        alternatives: dto.alternatives ?? [],
        sources: [],
      });
      await this.audit.record(tx.em, {
        action: 'draft.paragraph.create',
        actor,
        conferenceId: draft.conferenceId,
        targetType: 'draft_paragraph',
        targetId: paragraph.id,
        details: { draftId, afterId: dto.afterId ?? null, kind: dto.kind },
      });
      return this.publisher.paragraph(tx, draft, paragraph, actor, DRAFT_EVENTS.paragraphCreated);
    });
  }

  update(actor: Actor, id: string, dto: UpdateParagraphDto): Promise<ParagraphView> {
    return this.transactions.run(async (tx) => {
      const { paragraph, draft } = await this.lockForChair(tx.em, actor, id);
      this.assertVersion(paragraph, dto.version);
      const changed = EDITABLE.filter(
        (field) =>
          dto[field] !== undefined &&
          JSON.stringify(dto[field]) !== JSON.stringify(paragraph[field]),
      );
      if (changed.length === 0)
        throw new InvalidInput([
          'nothing to change: give at least one of text, kind, alternatives with a new value',
        ]);
      const before = {
        text: paragraph.text,
        kind: paragraph.kind,
        alternatives: paragraph.alternatives,
      };
      Object.assign(paragraph, Object.fromEntries(changed.map((f) => [f, dto[f]])));
      paragraph.version += 1;
      await tx.em.save(paragraph);
      await this.audit.record(tx.em, {
        action: 'draft.paragraph.edit',
        actor,
        conferenceId: draft.conferenceId,
        targetType: 'draft_paragraph',
        targetId: id,
        details: { draftId: draft.id, version: paragraph.version, changed, before },
      });
      const view = await this.publisher.paragraph(
        tx,
        draft,
        paragraph,
        actor,
        DRAFT_EVENTS.paragraphChanged,
      );
      // Amendments filed on the old wording are outdated now: the room sees it.
      await this.publisher.pendingOn(tx, draft, [paragraph.id], actor);
      return view;
    });
  }

  move(actor: Actor, id: string, dto: MoveParagraphDto): Promise<ParagraphView> {
    return this.transactions.run(async (tx) => {
      const { paragraph, draft } = await this.lockForChair(
        tx.em,
        actor,
        id,
        'Paragraphs cannot be moved',
      );
      if (dto.afterId === id) throw new InvalidInput(['afterId must not be the paragraph itself']);
      await this.order.move(tx.em, draft.id, paragraph, dto.afterId ?? null);
      await this.audit.record(tx.em, {
        action: 'draft.paragraph.move',
        actor,
        conferenceId: draft.conferenceId,
        targetType: 'draft_paragraph',
        targetId: id,
        details: { draftId: draft.id, afterId: dto.afterId ?? null },
      });
      const view = await this.publisher.paragraph(
        tx,
        draft,
        paragraph,
        actor,
        DRAFT_EVENTS.paragraphChanged,
      );
      await this.publisher.allPending(tx, draft, actor);
      return view;
    });
  }

  remove(actor: Actor, id: string, version: number): Promise<ParagraphView> {
    return this.transactions.run(async (tx) => {
      const { paragraph, draft } = await this.lockForChair(
        tx.em,
        actor,
        id,
        'Paragraphs cannot be deleted',
      );
      this.assertVersion(paragraph, version);
      paragraph.deletedAt = new Date();
      paragraph.version += 1;
      await tx.em.save(paragraph);
      await this.audit.record(tx.em, {
        action: 'draft.paragraph.delete',
        actor,
        conferenceId: draft.conferenceId,
        targetType: 'draft_paragraph',
        targetId: id,
        details: { draftId: draft.id, text: paragraph.text },
      });
      const view = await this.publisher.paragraph(
        tx,
        draft,
        paragraph,
        actor,
        DRAFT_EVENTS.paragraphDeleted,
      );
      await this.publisher.allPending(tx, draft, actor);
      return view;
    });
  }

  /** The secretariat enters a paragraph's text in another conference language. */
  translate(
    actor: Actor,
    id: string,
    language: Language,
    dto: TranslationDto,
  ): Promise<ParagraphView> {
    return this.transactions.run(async (tx) => {
      const { paragraph, draft } = await this.access.paragraph(
        tx.em,
        actor,
        id,
        'pessimistic_write',
      );
      if (actor.role !== 'secretariat')
        throw new NotAllowed('Only the secretariat enters translations');
      const conference = await tx.em.findOneByOrFail(Conference, { id: draft.conferenceId });
      if (!conference.languages.includes(language))
        throw new InvalidInput([
          `language must be one of the conference's languages (${conference.languages.join(', ')})`,
        ]);
      if (language === draft.language)
        throw new InvalidInput([
          `language ${language} is the drafting language: edit the paragraph itself`,
        ]);
      const alternatives = dto.alternatives ?? [];
      if (alternatives.length > paragraph.alternatives.length)
        throw new InvalidInput([
          `alternatives must have at most ${paragraph.alternatives.length} entries (the paragraph's alternatives)`,
        ]);
      await tx.em.save(
        tx.em.create(DraftParagraphTranslation, {
          paragraphId: id,
          language,
          text: dto.text,
          alternatives,
          paragraphVersion: paragraph.version,
        }),
      );
      await this.audit.record(tx.em, {
        action: 'draft.paragraph.translate',
        actor,
        conferenceId: draft.conferenceId,
        targetType: 'draft_paragraph',
        targetId: id,
        details: { draftId: draft.id, language, paragraphVersion: paragraph.version },
      });
      return this.publisher.paragraph(tx, draft, paragraph, actor, DRAFT_EVENTS.paragraphChanged);
    });
  }

  /** The paragraph locked for a change, after checking its draft is being drafted and the actor chairs it. */
  private async lockForChair(em: EntityManager, actor: Actor, id: string, refusal?: string) {
    const found = await this.access.paragraph(em, actor, id, 'pessimistic_write');
    await this.access.assertChair(em, actor, found.draft);
    this.access.assertDrafting(found.draft, refusal);
    return found;
  }

  private assertVersion(paragraph: DraftParagraph, version: number): void {
    if (version !== paragraph.version)
      throw new StaleVersion(
        `Stale version ${version}: the paragraph is at version ${paragraph.version}; reload it and try again`,
        'version',
        version,
        paragraph.version,
      );
  }
}
