import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A mark that a recommendation's votes changed and its tally has not been broadcast yet (on
 * PostgreSQL: not counted into its counters yet either, see TallyRecorder). Written by the vote's
 * own transaction and taken by the broadcast's, so a tally is never lost with the instance that
 * counted it: any instance sweeps what a crashed one left behind. Append-only, one row per change:
 * concurrent votes on one recommendation each insert their own row and never wait for each other.
 */
@Entity('pending_tallies')
@Index('IDX_pending_tallies_session', ['sessionId'])
@Index('IDX_pending_tallies_recommendation', ['recommendationId'])
export class PendingTally {
  @PrimaryGeneratedColumn('increment')
  id: number;

  @Column({ type: 'uuid' })
  recommendationId: string;

  @Column({ type: 'uuid' })
  sessionId: string;
}
