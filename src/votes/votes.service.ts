import { Injectable } from '@nestjs/common';
import type { Actor } from '../common/auth/actor';
import type { VoteValue } from '#contract';
import { BallotBox } from './ballot-box';
import type { VoteResponse } from './dto/vote.dto';

/**
 * Votes: one per delegate per recommendation (a unique index), changeable and withdrawable
 * until the session closes; casting sets the vote (idempotent), withdrawing removes it. The
 * session's status is read inside the vote's own transaction (under a share lock on PostgreSQL,
 * behind the single writer on SQLite), so a vote racing a close either commits first — and is in
 * the frozen tally — or sees the closed session and gets 409. Never counted after. This is the
 * hottest path of a live session: votes arriving together are written together (BallotBox,
 * BallotCasting), and on PostgreSQL the counters are recounted once per broadcast interval
 * rather than by each vote (TallyRecorder).
 */
@Injectable()
export class VotesService {
  constructor(private readonly box: BallotBox) {}

  cast(actor: Actor, recommendationId: string, value: VoteValue): Promise<VoteResponse> {
    return this.box.submit({ actor, recommendationId, value });
  }

  withdraw(actor: Actor, recommendationId: string): Promise<VoteResponse> {
    return this.box.submit({ actor, recommendationId, value: null });
  }
}
