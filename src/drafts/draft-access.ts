import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { canAccessConference, type Actor } from '../common/auth/actor';
import { EntityNotFound, NotAllowed, StateConflict } from '../common/errors';
import { lockOption } from '../database/locks';
import { DraftAmendment } from './entities/draft-amendment.entity';
import { DraftChair } from './entities/draft-chair.entity';
import { DraftParagraph } from './entities/draft-paragraph.entity';
import { Draft } from './entities/draft.entity';

type Lock = 'pessimistic_read' | 'pessimistic_write';

/**
 * Who may see and run a draft — the one place for it, used by every drafting-room service (and by
 * the speakers' list of a draft). A draft of a conference the actor is not accredited to does not
 * exist for them (404); every participant of the conference reads it. The chairs (moderators
 * assigned to the draft) and the secretariat run it; delegates amend, vote and break silence.
 */
@Injectable()
export class DraftAccess {
  /** The draft, or 404. On PostgreSQL `lock` takes its row (writes lock it FOR UPDATE: one at a time per draft). */
  async findVisible(em: EntityManager, actor: Actor, id: string, lock?: Lock): Promise<Draft> {
    const draft = await em.findOne(Draft, { where: { id }, ...(lock ? lockOption(em, lock) : {}) });
    if (!draft || !canAccessConference(actor, draft.conferenceId))
      throw new EntityNotFound('Draft', id);
    return draft;
  }

  /** The secretariat, or a moderator assigned to this draft as chair. */
  async canChair(em: EntityManager, actor: Actor, draft: Draft): Promise<boolean> {
    if (actor.role === 'secretariat') return true;
    if (actor.role !== 'moderator') return false;
    return em.existsBy(DraftChair, { draftId: draft.id, participantId: actor.id });
  }

  async assertChair(em: EntityManager, actor: Actor, draft: Draft): Promise<void> {
    if (!(await this.canChair(em, actor, draft)))
      throw new NotAllowed('Only this draft’s chairs or the secretariat can do this');
  }

  assertSecretariat(actor: Actor): void {
    if (actor.role !== 'secretariat') throw new NotAllowed('Only the secretariat can do this');
  }

  assertDelegate(actor: Actor, what: string): void {
    if (actor.role !== 'delegate') throw new NotAllowed(`Only delegates ${what}`);
  }

  /** Text changes only while drafting: under silence the text is frozen, once adopted for good. */
  assertDrafting(draft: Draft, what = 'The text cannot change'): void {
    if (draft.status !== 'drafting')
      throw new StateConflict(`${what}: the draft is ${draft.status}`);
  }

  /** A live paragraph and its draft (the draft row locked first, as every draft write does). */
  async paragraph(
    em: EntityManager,
    actor: Actor,
    id: string,
    lock?: Lock,
  ): Promise<{ paragraph: DraftParagraph; draft: Draft }> {
    const found = await em.findOneBy(DraftParagraph, { id });
    if (!found || found.deletedAt) throw new EntityNotFound('Paragraph', id);
    const draft = await this.visibleOr404(em, actor, found.draftId, 'Paragraph', id, lock);
    const paragraph = lock
      ? await em.findOneOrFail(DraftParagraph, { where: { id }, ...lockOption(em, lock) })
      : found;
    if (paragraph.deletedAt) throw new EntityNotFound('Paragraph', id);
    return { paragraph, draft };
  }

  /** An amendment, its draft and its paragraph (deleted paragraphs included). */
  async amendment(
    em: EntityManager,
    actor: Actor,
    id: string,
    lock?: Lock,
  ): Promise<{ amendment: DraftAmendment; draft: Draft; paragraph: DraftParagraph }> {
    const found = await em.findOneBy(DraftAmendment, { id });
    if (!found) throw new EntityNotFound('Amendment', id);
    const draft = await this.visibleOr404(em, actor, found.draftId, 'Amendment', id, lock);
    const amendment = lock
      ? await em.findOneOrFail(DraftAmendment, { where: { id }, ...lockOption(em, lock) })
      : found;
    const paragraph = await em.findOneByOrFail(DraftParagraph, { id: amendment.paragraphId });
    return { amendment, draft, paragraph };
  }

  private async visibleOr404(
    em: EntityManager,
    actor: Actor,
    draftId: string,
    entity: string,
    id: string,
    lock?: Lock,
  ): Promise<Draft> {
    const draft = await em.findOne(Draft, {
      where: { id: draftId },
      ...(lock ? lockOption(em, lock) : {}),
    });
    if (!draft || !canAccessConference(actor, draft.conferenceId))
      throw new EntityNotFound(entity, id);
    return draft;
  }
}
