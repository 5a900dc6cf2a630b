import { BeforeApplicationShutdown, Injectable } from '@nestjs/common';
import { TransactionRunner } from '../database/transaction-runner';
import { BallotCasting, type Ballot, type BallotOutcome } from './ballot-casting';
import type { VoteResponse } from './dto/vote.dto';

interface Waiting {
  ballot: Ballot;
  resolve: (answer: VoteResponse) => void;
  reject: (error: unknown) => void;
}

/** Most ballots applied in one transaction (its statements grow with it: ~10 parameters each). */
const MAX_BATCH = 200;

/**
 * Batches of one recommendation being written at once on PostgreSQL: one. Since a batch takes the
 * ballots waiting when its transaction begins, a ballot waits at most for the batch before it;
 * two at once were measured worse (2,000 screens x 1,000 votes/s on one text, one instance: answer
 * p50 59 ms, 981 acknowledged/s, 0.74 ms of CPU per vote, against 22-37 ms, 993/s, 0.70-0.71 ms
 * with one): smaller batches, more transactions. On SQLite the one writer runs transactions one
 * after another anyway, so a lane may queue a batch behind the one being written (in the same
 * group commit, often).
 */
const BATCHES_AT_ONCE_ON_POSTGRES = 1;

/** The ballots on one recommendation: those waiting for a batch, and the batches under way. */
interface Lane {
  waiting: Waiting[];
  /** A batch handed to the TransactionRunner whose transaction has not begun: it takes `waiting`. */
  queued: boolean;
  /** Batches whose transaction has begun and not ended. */
  writing: number;
  /** Delegates with a ballot in a batch being written: their next ballot waits for it. */
  voting: Set<string>;
}

/**
 * Group commit for votes, on both databases, per recommendation: a batch takes the ballots that
 * are waiting when its transaction begins, so every ballot that arrives while the writer is busy
 * (SQLite's one writer, with a tally broadcast or another room's votes before it) or while the
 * batches before it are written goes in the next one — one transaction, a fixed number of
 * statements (BallotCasting), one commit. An idle room adds no delay (a lone ballot is a batch of
 * one); a room voting on the text on screen costs a few statements per batch instead of eight
 * round trips and a commit per vote. Votes on other recommendations do not wait for the batch.
 * Nobody is answered before the commit, and a delegate's ballot is never written before their
 * earlier one on the same text: it waits for the batch that holds the earlier one.
 */
@Injectable()
export class BallotBox implements BeforeApplicationShutdown {
  private readonly lanes = new Map<string, Lane>();
  private readonly batchesAtOnce: number;
  private idle: Array<() => void> = [];

  constructor(
    private readonly transactions: TransactionRunner,
    private readonly casting: BallotCasting,
  ) {
    this.batchesAtOnce = transactions.concurrent ? BATCHES_AT_ONCE_ON_POSTGRES : Infinity;
  }

  submit(ballot: Ballot): Promise<VoteResponse> {
    return new Promise((resolve, reject) => {
      const id = ballot.recommendationId;
      let lane = this.lanes.get(id);
      if (!lane) {
        lane = { waiting: [], queued: false, writing: 0, voting: new Set() };
        this.lanes.set(id, lane);
      }
      lane.waiting.push({ ballot, resolve, reject });
      this.queueBatch(id, lane);
    });
  }

  /** Shutdown: the ballots already received are written and answered before the database closes. */
  beforeApplicationShutdown(): Promise<void> {
    if (this.lanes.size === 0) return Promise.resolve();
    return new Promise((resolve) => this.idle.push(resolve));
  }

  /** Hands the lane a batch when a ballot can go, none is queued and there is room for one more. */
  private queueBatch(id: string, lane: Lane): void {
    if (lane.writing === 0 && !lane.queued && lane.waiting.length === 0)
      return this.close(id, lane);
    if (lane.queued || lane.writing >= this.batchesAtOnce) return;
    if (!lane.waiting.some((w) => !lane.voting.has(w.ballot.actor.id))) return;
    lane.queued = true;
    let batch: Waiting[] | null = null;
    void this.transactions
      .run(async (tx): Promise<BallotOutcome[]> => {
        // Taken once: a transaction the runner retries writes the same ballots again.
        if (!batch) {
          lane.queued = false;
          lane.writing++;
          batch = this.take(lane);
          this.queueBatch(id, lane);
        }
        return batch.length
          ? this.casting.apply(
              tx,
              batch.map((w) => w.ballot),
            )
          : [];
      })
      .then(
        (outcomes) =>
          outcomes.forEach((outcome, i) =>
            outcome.ok ? batch![i].resolve(outcome.answer) : batch![i].reject(outcome.error),
          ),
        // The batch failed as a whole (a database error, not a ballot's rule, which refuses only
        // that ballot): each ballot again on its own, so that one cannot fail its neighbours.
        (error: unknown) => (batch ? this.oneByOne(batch, error) : this.failWaiting(lane, error)),
      )
      .finally(() => {
        if (batch) {
          lane.writing--;
          for (const w of batch) lane.voting.delete(w.ballot.actor.id);
        }
        this.queueBatch(id, lane);
      });
  }

  /**
   * The next batch: waiting ballots in arrival order, but none of a delegate being written (on
   * SQLite a batch can begin, in the writer's group commit, before the one before it is answered;
   * and a failed batch's ballots are written again one by one while later batches may begin).
   */
  private take(lane: Lane): Waiting[] {
    const batch: Waiting[] = [];
    const left: Waiting[] = [];
    for (const waiting of lane.waiting) {
      const voter = waiting.ballot.actor.id;
      if (batch.length < MAX_BATCH && !lane.voting.has(voter)) batch.push(waiting);
      else left.push(waiting);
    }
    lane.waiting = left;
    // Added after the loop: a delegate's several ballots that arrived together share the batch.
    for (const w of batch) lane.voting.add(w.ballot.actor.id);
    return batch;
  }

  private async oneByOne(batch: Waiting[], error: unknown): Promise<void> {
    if (batch.length === 1) return batch[0].reject(error);
    for (const one of batch) {
      try {
        const [outcome] = await this.transactions.run((tx) => this.casting.apply(tx, [one.ballot]));
        if (outcome.ok) one.resolve(outcome.answer);
        else one.reject(outcome.error);
      } catch (alone) {
        one.reject(alone);
      }
    }
  }

  /** The transaction failed before it began (no connection): the waiting ballots fail with it. */
  private failWaiting(lane: Lane, error: unknown): void {
    lane.queued = false;
    lane.waiting.splice(0).forEach((w) => w.reject(error));
  }

  private close(id: string, lane: Lane): void {
    if (this.lanes.get(id) !== lane) return;
    this.lanes.delete(id);
    if (this.lanes.size === 0) this.idle.splice(0).forEach((resolve) => resolve());
  }
}
