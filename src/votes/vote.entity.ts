import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../common/entities/base.entity';
import type { VoteValue } from '#contract';
import { Participant } from '../participants/participant.entity';
import { Recommendation } from '../recommendations/recommendation.entity';

/** One delegate's vote on one recommendation — the unique index makes "one per delegate" a fact of the database. */
@Entity('votes')
@Index('UQ_votes_recommendation_participant', ['recommendationId', 'participantId'], {
  unique: true,
})
@Index('IDX_votes_session', ['sessionId'])
@Index('IDX_votes_participant', ['participantId'])
export class Vote extends BaseEntity {
  @Column({ type: 'uuid' })
  recommendationId: string;

  @ManyToOne(() => Recommendation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recommendationId', foreignKeyConstraintName: 'FK_votes_recommendation' })
  recommendation?: Recommendation;

  @Column({ type: 'uuid' })
  sessionId: string;

  @Column({ type: 'uuid' })
  participantId: string;

  @ManyToOne(() => Participant, { onDelete: 'NO ACTION' })
  @JoinColumn({ name: 'participantId', foreignKeyConstraintName: 'FK_votes_participant' })
  participant?: Participant;

  /** The voter's constituency when they voted, for the per-constituency support and bridging score. */
  @Column({ type: 'varchar', length: 40, nullable: true })
  constituency: string | null;

  @Column({ type: 'varchar', length: 10 })
  value: VoteValue;
}
