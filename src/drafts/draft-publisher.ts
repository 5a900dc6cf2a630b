import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import type { Actor } from '../common/auth/actor';
import type { AmendmentView, DraftView, ParagraphView } from '#contract';
import type { TransactionContext } from '../database/transaction-runner';
import { DRAFT_EVENTS } from './draft.events';
import { DraftViews } from './draft-views';
import { DraftAmendment, PENDING_AMENDMENT } from './entities/draft-amendment.entity';
import type { DraftParagraph } from './entities/draft-paragraph.entity';
import type { Draft } from './entities/draft.entity';

type ParagraphEventType =
  | typeof DRAFT_EVENTS.paragraphCreated
  | typeof DRAFT_EVENTS.paragraphChanged
  | typeof DRAFT_EVENTS.paragraphDeleted;

/**
 * Queues the drafting room's domain events inside the write's transaction (they are emitted after
 * commit): what the room sees, never an actor's own vote.
 */
@Injectable()
export class DraftPublisher {
  constructor(private readonly views: DraftViews) {}

  /** The draft's summary (status, version, chairs, silence) as `draft.changed`. */
  async summary(tx: TransactionContext, draft: Draft, actor: Actor | null): Promise<DraftView> {
    const view = await this.views.full(tx.em, draft);
    const { paragraphs: _omit, ...summary } = view;
    void _omit;
    tx.publish(DRAFT_EVENTS.draftChanged, {
      conferenceId: draft.conferenceId,
      draftId: draft.id,
      actorId: actor?.id,
      payload: { draft: summary },
    });
    return view;
  }

  /** A paragraph's event, with the draft's paragraph ids in document order so clients renumber. */
  async paragraph(
    tx: TransactionContext,
    draft: Draft,
    paragraph: DraftParagraph,
    actor: Actor | null,
    type: ParagraphEventType,
  ): Promise<ParagraphView> {
    const view = await this.views.paragraphById(tx.em, draft.id, paragraph.id);
    tx.publish(type, {
      conferenceId: draft.conferenceId,
      draftId: draft.id,
      actorId: actor?.id,
      payload: { paragraph: view, order: await this.views.order(tx.em, draft.id) },
    });
    return view;
  }

  /** An amendment's event; returns the actor's own view of it (with their vote). */
  async amendment(
    tx: TransactionContext,
    draft: Draft,
    amendment: DraftAmendment,
    actor: Actor | null,
    type:
      | typeof DRAFT_EVENTS.amendmentCreated
      | typeof DRAFT_EVENTS.amendmentChanged = DRAFT_EVENTS.amendmentChanged,
  ): Promise<AmendmentView> {
    const paragraphs = await this.views.paragraphs(tx.em, draft.id);
    const [room] = await this.views.amendments(tx.em, [amendment], null, paragraphs);
    tx.publish(type, {
      conferenceId: draft.conferenceId,
      draftId: draft.id,
      actorId: actor?.id,
      payload: { amendment: room },
    });
    if (!actor) return room;
    const [mine] = await this.views.amendments(tx.em, [amendment], actor, paragraphs);
    return mine;
  }

  /** Pending amendments on these paragraphs changed (outdated, or renumbered): the room sees them again. */
  async pendingOn(
    tx: TransactionContext,
    draft: Draft,
    paragraphIds: string[],
    actor: Actor | null,
    except: string[] = [],
  ): Promise<void> {
    const pending = await tx.em.find(DraftAmendment, {
      where: {
        draftId: draft.id,
        paragraphId: In(paragraphIds),
        status: In([...PENDING_AMENDMENT]),
      },
      order: { createdAt: 'ASC' },
    });
    await this.publishAll(
      tx,
      draft,
      pending.filter((a) => !except.includes(a.id)),
      actor,
    );
  }

  /** After a move or a deletion numbers change: every pending amendment is shown again. */
  async allPending(tx: TransactionContext, draft: Draft, actor: Actor | null): Promise<void> {
    const pending = await tx.em.find(DraftAmendment, {
      where: { draftId: draft.id, status: In([...PENDING_AMENDMENT]) },
      order: { createdAt: 'ASC' },
    });
    await this.publishAll(tx, draft, pending, actor);
  }

  private async publishAll(
    tx: TransactionContext,
    draft: Draft,
    amendments: DraftAmendment[],
    actor: Actor | null,
  ): Promise<void> {
    if (!amendments.length) return;
    const views = await this.views.amendments(tx.em, amendments, null);
    for (const amendment of views)
      tx.publish(DRAFT_EVENTS.amendmentChanged, {
        conferenceId: draft.conferenceId,
        draftId: draft.id,
        actorId: actor?.id,
        payload: { amendment },
      });
  }
}
