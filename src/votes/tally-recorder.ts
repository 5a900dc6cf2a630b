import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DOMAIN_EVENTS } from '../common/events/domain-events';
import type { TransactionContext } from '../database/transaction-runner';
import { Recommendation } from '../recommendations/recommendation.entity';
import { summariseVotes, type TallySummary, type VoteCount } from './tally';
import { Vote } from './vote.entity';

/**
 * Keeps a recommendation's counters equal to its vote rows: after every change of votes, in
 * the same transaction, the tally is recomputed from the rows (an indexed aggregate over one
 * recommendation's votes) rather than incremented, so it cannot drift.
 */
@Injectable()
export class TallyRecorder {
  async countVotes(em: EntityManager, recommendationId: string): Promise<TallySummary> {
    const rows = await em
      .createQueryBuilder(Vote, 'v')
      .select('v.value', 'value')
      .addSelect('v.constituency', 'constituency')
      .addSelect('COUNT(*)', 'count')
      .where('v.recommendationId = :recommendationId', { recommendationId })
      .groupBy('v.value')
      .addGroupBy('v.constituency')
      .getRawMany<{
        value: VoteCount['value'];
        constituency: string | null;
        count: string | number;
      }>();
    return summariseVotes(rows.map((r) => ({ ...r, count: Number(r.count) })));
  }

  async recompute(tx: TransactionContext, recommendation: Recommendation): Promise<TallySummary> {
    const summary = await this.countVotes(tx.em, recommendation.id);
    recommendation.supportCount = summary.tally.support;
    recommendation.opposeCount = summary.tally.oppose;
    recommendation.abstainCount = summary.tally.abstain;
    recommendation.bridging = summary.bridging;
    recommendation.consensus = summary.consensus;
    await tx.em.update(
      Recommendation,
      { id: recommendation.id },
      {
        supportCount: summary.tally.support,
        opposeCount: summary.tally.oppose,
        abstainCount: summary.tally.abstain,
        bridging: summary.bridging,
        consensus: summary.consensus,
      },
    );
    tx.publish({
      type: DOMAIN_EVENTS.tallyChanged,
      conferenceId: recommendation.conferenceId,
      sessionId: recommendation.sessionId,
      payload: {
        tally: {
          recommendationId: recommendation.id,
          ...summary.tally,
          bridging: summary.bridging,
          consensus: summary.consensus,
        },
      },
    });
    return summary;
  }
}
