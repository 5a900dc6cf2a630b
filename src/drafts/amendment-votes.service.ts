import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../common/auth/actor';
import { StateConflict } from '../common/errors';
import { Conference } from '../conferences/conference.entity';
import type { AmendmentView, AmendmentVoteResult, VoteValue } from '#contract';
import { TransactionRunner, type TransactionContext } from '../database/transaction-runner';
import { proposeDisposition } from '../recommendations/disposition-rule';
import { summariseVotes, type TallySummary } from '../tallies/tally';
import { AmendmentApplier } from './amendment-applier';
import { DraftAccess } from './draft-access';
import { DraftDocuments } from './draft-documents';
import { DRAFT_EVENTS } from './draft.events';
import { DraftPublisher } from './draft-publisher';
import { DraftAmendmentVote } from './entities/draft-amendment-vote.entity';
import type { DraftAmendment } from './entities/draft-amendment.entity';
import type { Draft } from './entities/draft.entity';

/**
 * Votes on amendments put to the vote: one per delegate (a unique index), changeable and
 * withdrawable until the chair closes the vote. Tallies, per-constituency support and the bridging
 * score are the recommendations' (`summariseVotes`), recomputed from the rows in the vote's own
 * transaction; the conference's adoption rule decides at close.
 */
@Injectable()
export class AmendmentVotesService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
    private readonly access: DraftAccess,
    private readonly documents: DraftDocuments,
    private readonly publisher: DraftPublisher,
    private readonly applier: AmendmentApplier,
  ) {}

  cast(actor: Actor, id: string, value: VoteValue): Promise<AmendmentVoteResult> {
    return this.transactions.run(async (tx) => {
      const { amendment, draft } = await this.ballot(tx, actor, id);
      const existing = await tx.em.findOneBy(DraftAmendmentVote, {
        amendmentId: id,
        participantId: actor.id,
      });
      if (existing?.value === value) return this.result(amendment, value);
      if (existing) {
        existing.value = value;
        await tx.em.save(existing);
      } else {
        await tx.em.save(
          tx.em.create(DraftAmendmentVote, {
            amendmentId: id,
            participantId: actor.id,
            constituency: actor.constituency,
            value,
          }),
        );
      }
      await this.recount(tx, draft, amendment);
      await this.audit.record(tx.em, {
        action: existing ? 'draft.amendment.vote_change' : 'draft.amendment.vote',
        actor,
        conferenceId: draft.conferenceId,
        targetType: 'draft_amendment',
        targetId: id,
        details: existing ? { from: existing.value, value } : { value },
      });
      return this.result(amendment, value);
    });
  }

  withdraw(actor: Actor, id: string): Promise<AmendmentVoteResult> {
    return this.transactions.run(async (tx) => {
      const { amendment, draft } = await this.ballot(tx, actor, id);
      const existing = await tx.em.findOneBy(DraftAmendmentVote, {
        amendmentId: id,
        participantId: actor.id,
      });
      if (!existing) return this.result(amendment, null);
      await tx.em.delete(DraftAmendmentVote, { id: existing.id });
      await this.recount(tx, draft, amendment);
      await this.audit.record(tx.em, {
        action: 'draft.amendment.vote_withdraw',
        actor,
        conferenceId: draft.conferenceId,
        targetType: 'draft_amendment',
        targetId: id,
        details: { value: existing.value },
      });
      return this.result(amendment, null);
    });
  }

  /** The chair closes the vote: adopted (and applied) or not adopted, by the conference's rule. */
  close(actor: Actor, id: string): Promise<AmendmentView> {
    return this.transactions.run(async (tx) => {
      const { amendment, draft, paragraph } = await this.access.amendment(
        tx.em,
        actor,
        id,
        'pessimistic_write',
      );
      await this.access.assertChair(tx.em, actor, draft);
      this.access.assertDrafting(draft, 'The vote cannot be closed');
      if (amendment.status !== 'voting')
        throw new StateConflict(`The amendment is ${amendment.status}, not being voted on`);
      const summary = await this.recount(tx, draft, amendment, false);
      const conference = await tx.em.findOneByOrFail(Conference, { id: draft.conferenceId });
      const outcome = proposeDisposition(summary.tally, conference.adoptionRule);
      if (outcome === 'adopted') {
        await this.applier.apply(tx, draft, amendment, paragraph, 'adopted', actor, amendment.text);
      } else {
        amendment.status = 'not_adopted';
        amendment.decidedAt = new Date();
        amendment.decidedById = actor.id;
        await tx.em.save(amendment);
      }
      await this.audit.record(tx.em, {
        action: 'draft.amendment.close_vote',
        actor,
        conferenceId: draft.conferenceId,
        targetType: 'draft_amendment',
        targetId: id,
        details: {
          draftId: draft.id,
          status: amendment.status,
          tally: summary.tally,
          bridging: summary.bridging,
          rule: conference.adoptionRule,
        },
      });
      return this.publisher.amendment(tx, draft, amendment, actor);
    });
  }

  /** Checks in the order of every other write: 404, 403, 409. */
  private async ballot(
    tx: TransactionContext,
    actor: Actor,
    id: string,
  ): Promise<{ amendment: DraftAmendment; draft: Draft }> {
    const { amendment, draft } = await this.access.amendment(tx.em, actor, id, 'pessimistic_write');
    this.access.assertDelegate(actor, 'vote');
    this.access.assertDrafting(draft, 'Voting is closed');
    if (amendment.status !== 'voting')
      throw new StateConflict(`The amendment is ${amendment.status}, not open for voting`);
    return { amendment, draft };
  }

  /** Counters from the vote rows, and the tally event the room's coalesced broadcast picks up. */
  private async recount(
    tx: TransactionContext,
    draft: Draft,
    amendment: DraftAmendment,
    announce = true,
  ): Promise<TallySummary> {
    const summary = await this.count(tx.em, amendment.id);
    amendment.supportCount = summary.tally.support;
    amendment.opposeCount = summary.tally.oppose;
    amendment.abstainCount = summary.tally.abstain;
    amendment.bridging = summary.bridging;
    amendment.consensus = summary.consensus;
    await tx.em.save(amendment);
    if (announce)
      tx.publish(DRAFT_EVENTS.amendmentTallyChanged, {
        conferenceId: draft.conferenceId,
        draftId: draft.id,
        payload: { amendmentId: amendment.id },
      });
    return summary;
  }

  private async count(em: EntityManager, id: string): Promise<TallySummary> {
    return summariseVotes(
      await this.documents.voteCounts(em, 'draft_amendment_votes', 'amendmentId', id),
    );
  }

  private result(amendment: DraftAmendment, myVote: VoteValue | null): AmendmentVoteResult {
    return {
      amendmentId: amendment.id,
      tally: {
        support: amendment.supportCount,
        oppose: amendment.opposeCount,
        abstain: amendment.abstainCount,
      },
      myVote,
    };
  }
}
