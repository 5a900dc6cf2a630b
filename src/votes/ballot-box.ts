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

/** The ballots on one recommendation: the batch being written, and those waiting for the next. */
interface Lane {
  waiting: Waiting[];
}

/**
 * Group commit for votes, on both databases, per recommendation: a ballot that arrives while the
 * previous batch on its recommendation is being written waits for it, then goes in the next
 * batch with every ballot on it that arrived meanwhile — one transaction, a fixed number of
 * statements (BallotCasting), one commit. An idle room adds no delay (a lone ballot is a batch of
 * one); a room voting on the text on screen costs a few statements per batch instead of eight
 * round trips and a commit per vote. Votes on other recommendations (another room's, or a close
 * holding this session) do not wait for the batch. Nobody is answered before the commit.
 */
@Injectable()
export class BallotBox implements BeforeApplicationShutdown {
  private readonly lanes = new Map<string, Lane>();
  private idle: Array<() => void> = [];

  constructor(
    private readonly transactions: TransactionRunner,
    private readonly casting: BallotCasting,
  ) {}

  submit(ballot: Ballot): Promise<VoteResponse> {
    return new Promise((resolve, reject) => {
      const waiting = { ballot, resolve, reject };
      const lane = this.lanes.get(ballot.recommendationId);
      if (lane) return lane.waiting.push(waiting);
      const opened: Lane = { waiting: [waiting] };
      this.lanes.set(ballot.recommendationId, opened);
      void this.drive(ballot.recommendationId, opened);
    });
  }

  /** Shutdown: the ballots already received are written and answered before the database closes. */
  beforeApplicationShutdown(): Promise<void> {
    if (this.lanes.size === 0) return Promise.resolve();
    return new Promise((resolve) => this.idle.push(resolve));
  }

  /** Writes the lane's batches one after another until no ballot waits, then closes it. */
  private async drive(recommendationId: string, lane: Lane): Promise<void> {
    try {
      while (lane.waiting.length > 0) await this.write(lane.waiting.splice(0, MAX_BATCH));
    } finally {
      this.lanes.delete(recommendationId);
      if (this.lanes.size === 0) this.idle.splice(0).forEach((resolve) => resolve());
    }
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
