import { Injectable } from '@nestjs/common';
import type { VoteValue } from '#contract';
import { AuditService, type AuditRecord } from '../audit/audit.service';
import type { Actor } from '../common/auth/actor';
import { EntityNotFound, NotAllowed, StateConflict } from '../common/errors';
import type { TransactionContext } from '../database/transaction-runner';
import { RecommendationAccess } from '../recommendations/recommendation-access';
import type { VoteTarget } from '../recommendations/recommendation.repository';
import { TallyRecorder } from '../tallies/tally-recorder';
import { ballotKey, VoteRepository, type NewVote } from '../tallies/vote.repository';
import type { VoteResponse } from './dto/vote.dto';

/** A delegate's ballot: set their vote on a recommendation to `value`, or withdraw it (null). */
export interface Ballot {
  actor: Actor;
  recommendationId: string;
  value: VoteValue | null;
}

export type BallotOutcome = { ok: true; answer: VoteResponse } | { ok: false; error: unknown };

/** A ballot's vote as it stands while a batch is applied: the stored row, or one to insert. */
interface Standing {
  storedId: string | null;
  storedValue: VoteValue | null;
  value: VoteValue | null;
  ballot: Ballot;
  target: VoteTarget;
}

/**
 * Applies a batch of ballots in one transaction (BallotBox decides which arrive together), with a
 * fixed number of statements whatever the batch's size: lock and read the targets, read the
 * ballots' current votes, then insert, change and delete votes, mark the tallies and write the
 * audit entries, each in one statement. Every ballot is judged alone, in arrival order, by the
 * rules of voting (404, 403, 409); one that breaks a rule is refused and writes nothing, and the
 * others commit. A delegate's two ballots on one recommendation in one batch apply one after the
 * other, as if sent apart: each has its own audit entry, and the stored vote is the last one.
 */
@Injectable()
export class BallotCasting {
  constructor(
    private readonly access: RecommendationAccess,
    private readonly votes: VoteRepository,
    private readonly tallies: TallyRecorder,
    private readonly audit: AuditService,
  ) {}

  async apply(tx: TransactionContext, ballots: readonly Ballot[]): Promise<BallotOutcome[]> {
    const { em } = tx;
    const targets = await this.access.loadForVotes(
      em,
      ballots.map((b) => ({ participantId: b.actor.id, recommendationId: b.recommendationId })),
    );
    const stored = await this.votes.minesOf(
      em,
      ballots.map((b) => b.actor.id),
      [...targets.keys()],
    );
    const standing = new Map<string, Standing>();
    const audits: AuditRecord[] = [];
    const judged: Array<{ error: unknown } | { value: VoteValue | null }> = [];
    const answered = new Set<string>();
    for (const ballot of ballots) {
      try {
        const target = await this.judge(tx, ballot, targets.get(ballot.recommendationId));
        const key = ballotKey(ballot.actor.id, ballot.recommendationId);
        const vote = standing.get(key) ?? fromStored(stored.get(key), ballot, target);
        standing.set(key, vote);
        const audit = auditOf(ballot, target, vote.value);
        if (audit) audits.push(audit);
        vote.value = ballot.value;
        vote.ballot = ballot;
        judged.push({ value: ballot.value });
        answered.add(target.id);
      } catch (error) {
        judged.push({ error });
      }
    }

    const inserts: NewVote[] = [];
    const removals: string[] = [];
    const changed = new Map<string, VoteTarget>();
    for (const vote of standing.values()) {
      if (vote.value === vote.storedValue) continue;
      changed.set(vote.target.id, vote.target);
      if (vote.storedId === null) {
        inserts.push({
          recommendationId: vote.target.id,
          sessionId: vote.target.sessionId,
          participantId: vote.ballot.actor.id,
          constituency: vote.ballot.actor.constituency,
          value: vote.value!,
        });
      } else if (vote.value === null) removals.push(vote.storedId);
      else await this.votes.change(em, vote.storedId, vote.value);
    }
    await this.votes.insertMany(em, inserts);
    await this.votes.removeMany(em, removals);
    const tallies = await this.tallies.recordVoteChanges(tx, [...changed.values()]);
    await this.audit.recordMany(em, audits);
    // Ballots that changed nothing answer the tally as it stands.
    for (const id of answered)
      if (!tallies.has(id)) tallies.set(id, await this.tallies.current(em, id));

    return judged.map((j, i): BallotOutcome => {
      if ('error' in j) return { ok: false, error: j.error };
      const { recommendationId } = ballots[i];
      return {
        ok: true,
        answer: { recommendationId, tally: tallies.get(recommendationId)!, myVote: j.value },
      };
    });
  }

  /** The rules of voting, in the order of every other write: 404, 403, 409. */
  private async judge(
    tx: TransactionContext,
    ballot: Ballot,
    target: VoteTarget | undefined,
  ): Promise<VoteTarget> {
    const { actor, recommendationId } = ballot;
    if (!target) throw new EntityNotFound('Recommendation', recommendationId);
    await this.access.assertVoteVisible(tx.em, actor, target);
    if (actor.role !== 'delegate') throw new NotAllowed('Only delegates vote');
    if (target.sessionStatus !== 'open' && target.sessionStatus !== 'voting') {
      throw new StateConflict(`Voting is not open: the session is ${target.sessionStatus}`);
    }
    if (target.status !== 'submitted')
      throw new StateConflict(`A ${target.status} recommendation cannot be voted on`);
    return target;
  }
}

function fromStored(
  row: { id: string; value: VoteValue } | undefined,
  ballot: Ballot,
  target: VoteTarget,
): Standing {
  return {
    storedId: row?.id ?? null,
    storedValue: row?.value ?? null,
    value: row?.value ?? null,
    ballot,
    target,
  };
}

/** The audit entry of a ballot that changes the vote standing before it (none when it doesn't). */
function auditOf(ballot: Ballot, target: VoteTarget, before: VoteValue | null): AuditRecord | null {
  if (ballot.value === before) return null;
  const entry = {
    actor: ballot.actor,
    conferenceId: target.conferenceId,
    sessionId: target.sessionId,
    targetType: 'recommendation',
    targetId: target.id,
  };
  if (ballot.value === null)
    return { ...entry, action: 'vote.withdraw', details: { value: before } };
  if (before === null) return { ...entry, action: 'vote.cast', details: { value: ballot.value } };
  return { ...entry, action: 'vote.change', details: { from: before, value: ballot.value } };
}
