import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../common/auth/actor';
import { StateConflict } from '../common/errors';
import type { TransactionContext } from '../database/transaction-runner';
import { DRAFT_EVENTS } from './draft.events';
import { DraftPublisher } from './draft-publisher';
import type { AmendmentStatus, DraftAmendment } from './entities/draft-amendment.entity';
import type { DraftParagraph } from './entities/draft-paragraph.entity';
import type { Draft } from './entities/draft.entity';
import { ParagraphOrder } from './paragraph-order';

/**
 * Applies a decided amendment to its paragraph — the wording replaced, a paragraph inserted after
 * it, or the paragraph deleted — with its audit entry, inside the decision's transaction. An
 * amendment filed on an older version of its paragraph is never applied (409).
 */
@Injectable()
export class AmendmentApplier {
  constructor(
    private readonly audit: AuditService,
    private readonly order: ParagraphOrder,
    private readonly publisher: DraftPublisher,
  ) {}

  assertCurrent(amendment: DraftAmendment, paragraph: DraftParagraph): void {
    if (paragraph.deletedAt)
      throw new StateConflict('The amendment is outdated: its paragraph was deleted');
    if (paragraph.version !== amendment.baseVersion)
      throw new StateConflict(
        `The amendment is outdated: it was filed on version ${amendment.baseVersion} of the paragraph, which is at version ${paragraph.version}; its author must update it first`,
      );
  }

  async apply(
    tx: TransactionContext,
    draft: Draft,
    amendment: DraftAmendment,
    paragraph: DraftParagraph,
    status: Extract<AmendmentStatus, 'accepted' | 'accepted_modified' | 'adopted'>,
    actor: Actor,
    wording: string | null,
  ): Promise<void> {
    this.assertCurrent(amendment, paragraph);
    const now = new Date();
    let changed: DraftParagraph = paragraph;
    let event:
      | typeof DRAFT_EVENTS.paragraphChanged
      | typeof DRAFT_EVENTS.paragraphCreated
      | typeof DRAFT_EVENTS.paragraphDeleted = DRAFT_EVENTS.paragraphChanged;
    const before = paragraph.text;
    if (amendment.kind === 'insert_after') {
      changed = await this.order.insert(tx.em, draft.id, paragraph.id, {
        kind:
          paragraph.kind === 'heading' || paragraph.kind === 'chapeau'
            ? 'operative'
            : paragraph.kind,
        text: wording ?? '',
        alternatives: [],
        sources: [],
      });
      amendment.createdParagraphId = changed.id;
      event = DRAFT_EVENTS.paragraphCreated;
    } else if (amendment.kind === 'delete' && status !== 'accepted_modified') {
      paragraph.deletedAt = now;
      paragraph.version += 1;
      await tx.em.save(paragraph);
      event = DRAFT_EVENTS.paragraphDeleted;
    } else {
      // replace, or a deletion the chair turned into a compromise wording.
      paragraph.text = wording ?? paragraph.text;
      paragraph.version += 1;
      await tx.em.save(paragraph);
    }
    amendment.status = status;
    amendment.appliedAt = now;
    amendment.decidedAt = now;
    amendment.decidedById = actor.id;
    await tx.em.save(amendment);
    await this.audit.record(tx.em, {
      action: 'draft.amendment.apply',
      actor,
      conferenceId: draft.conferenceId,
      targetType: 'draft_amendment',
      targetId: amendment.id,
      details: {
        draftId: draft.id,
        paragraphId: changed.id,
        kind: amendment.kind,
        status,
        before: amendment.kind === 'insert_after' ? null : before,
        after: event === DRAFT_EVENTS.paragraphDeleted ? null : changed.text,
      },
    });
    await this.publisher.paragraph(tx, draft, changed, actor, event);
    // Other amendments on the paragraph are outdated now; after an insertion or a deletion every
    // pending amendment may have a new paragraph number.
    if (event === DRAFT_EVENTS.paragraphChanged)
      await this.publisher.pendingOn(tx, draft, [paragraph.id], actor, [amendment.id]);
    else await this.publisher.allPending(tx, draft, actor);
  }
}
