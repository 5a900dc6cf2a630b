import { BeforeApplicationShutdown, Injectable } from '@nestjs/common';
import { TransactionRunner } from '../database/transaction-runner';
import { BallotCasting, type Ballot } from './ballot-casting';
import type { VoteResponse } from './dto/vote.dto';

interface Waiting {
  ballot: Ballot;
  resolve: (answer: VoteResponse) => void;
  reject: (error: unknown) => void;
}

/** Most ballots applied in one transaction (its statements grow with it: ~10 parameters each). */
const MAX_BATCH = 200;

/**
 * Batches of one recommendation written at the same time on PostgreSQL. One would make a ballot
 * that arrives just after a batch started wait for that batch and then its own (two transactions'
 * time); with two, it starts at once. Batches on one recommendation do not block each other there
 * (its row is held FOR KEY SHARE, tallies are marks appended, a delegate's votes on it take turns
 * on an advisory lock), and more would take pooled connections from the rest of the app. On
 * SQLite every transaction goes through the one queued writer, so a second batch could only wait
 * there, smaller: one at a time.
 */
const BATCHES_AT_ONCE_ON_POSTGRES = 2;

/** The ballots on one recommendation: those waiting, and the batches being written. */
interface Lane {
  waiting: Waiting[];
  writing: number;
  /** Delegates with a ballot in a batch being written: their next ballot waits for it. */
  voting: Set<string>;
  filling: boolean;
}

/**
 * Group commit for votes, on both databases, per recommendation: a ballot that arrives while a
 * batch on its recommendation is being written goes in a next batch with every ballot on it that
 * arrived meanwhile — one transaction, a fixed number of statements (BallotCasting), one commit.
 * An idle room adds no delay (a lone ballot is a batch of one); a room voting on the text on
 * screen costs a few statements per batch instead of eight round trips and a commit per vote.
 * Votes on other recommendations (another room's, or a close holding this session) do not wait
 * for the batch. Nobody is answered before the commit, and a delegate's ballot is never written
 * before their earlier one on the same text: it waits for the batch that holds the earlier one.
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
    this.batchesAtOnce = transactions.concurrent ? BATCHES_AT_ONCE_ON_POSTGRES : 1;
  }

  submit(ballot: Ballot): Promise<VoteResponse> {
    return new Promise((resolve, reject) => {
      const waiting = { ballot, resolve, reject };
      const lane = this.lanes.get(ballot.recommendationId);
      if (!lane) {
        const opened: Lane = { waiting: [waiting], writing: 0, voting: new Set(), filling: false };
        this.lanes.set(ballot.recommendationId, opened);
        return this.fill(ballot.recommendationId, opened);
      }
      lane.waiting.push(waiting);
      // A free place for a batch: fill it once this turn's ballots have all arrived, so that
      // those sent together (a room voting at once) share it rather than each starting its own.
      if (lane.writing < this.batchesAtOnce && !lane.filling) {
        lane.filling = true;
        setImmediate(() => {
          lane.filling = false;
          this.fill(ballot.recommendationId, lane);
        });
      }
    });
  }

  /** Shutdown: the ballots already received are written and answered before the database closes. */
  beforeApplicationShutdown(): Promise<void> {
    if (this.lanes.size === 0) return Promise.resolve();
    return new Promise((resolve) => this.idle.push(resolve));
  }

  /** Starts batches while places are free and ballots can go; closes the lane once it is empty. */
  private fill(recommendationId: string, lane: Lane): void {
    while (lane.writing < this.batchesAtOnce) {
      const batch = this.take(lane);
      if (batch.length === 0) break;
      this.start(recommendationId, lane, batch);
    }
    // (A fill scheduled before the lane emptied may come after a new lane took its place.)
    if (
      lane.writing === 0 &&
      lane.waiting.length === 0 &&
      this.lanes.get(recommendationId) === lane
    ) {
      this.lanes.delete(recommendationId);
      if (this.lanes.size === 0) this.idle.splice(0).forEach((resolve) => resolve());
    }
  }

  /** The next batch: waiting ballots in arrival order, but none of a delegate being written. */
  private take(lane: Lane): Waiting[] {
    if (lane.voting.size === 0) return lane.waiting.splice(0, MAX_BATCH);
    const batch: Waiting[] = [];
    const left: Waiting[] = [];
    for (const waiting of lane.waiting) {
      if (batch.length < MAX_BATCH && !lane.voting.has(waiting.ballot.actor.id))
        batch.push(waiting);
      else left.push(waiting);
    }
    lane.waiting = left;
    return batch;
  }

  private start(recommendationId: string, lane: Lane, batch: Waiting[]): void {
    const voters = batch.map((w) => w.ballot.actor.id);
    lane.writing++;
    // take() leaves out the delegates already here, so each is in one batch being written at most.
    for (const id of voters) lane.voting.add(id);
    const done = () => {
      lane.writing--;
      for (const id of voters) lane.voting.delete(id);
      this.fill(recommendationId, lane);
    };
    void this.write(batch).then(done, done);
  }

  private async write(batch: Waiting[]): Promise<void> {
    let outcomes;
    try {
      outcomes = await this.transactions.run((tx) =>
        this.casting.apply(
          tx,
          batch.map((w) => w.ballot),
        ),
      );
    } catch (error) {
      if (batch.length === 1) return batch[0].reject(error);
      // The batch failed as a whole (a database error, not a ballot's rule, which refuses only
      // that ballot): each ballot again on its own, so that one cannot fail its neighbours.
      for (const one of batch) await this.write([one]);
      return;
    }
    outcomes.forEach((outcome, i) =>
      outcome.ok ? batch[i].resolve(outcome.answer) : batch[i].reject(outcome.error),
    );
  }
}
