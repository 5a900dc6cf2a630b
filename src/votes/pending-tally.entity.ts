import { Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A recommendation whose tally changed and has not been broadcast yet. Written in the vote's own
 * transaction and taken in the broadcast's, so a tally is never lost with the instance that
 * counted it: any instance sweeps what a crashed one left behind.
 */
@Entity('pending_tallies')
@Index('IDX_pending_tallies_session', ['sessionId'])
export class PendingTally {
  @PrimaryColumn({ type: 'uuid' })
  recommendationId: string;

  @PrimaryColumn({ type: 'uuid' })
  sessionId: string;
}
