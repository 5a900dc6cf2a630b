import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../common/entities/base.entity';
import type { ConsensusMark, Disposition, GovernanceLevel, RecommendationStatus } from '#contract';
import { Participant } from '../participants/participant.entity';
import { Session } from '../sessions/session.entity';

@Entity('recommendations')
@Index('IDX_recommendations_session_status', ['sessionId', 'status'])
@Index('IDX_recommendations_conference', ['conferenceId'])
@Index('IDX_recommendations_author_time', ['authorId', 'createdAt'])
export class Recommendation extends BaseEntity {
  /** Kept beside sessionId so conference-wide reads (the outcome document) need no join. */
  @Column({ type: 'uuid' })
  conferenceId: string;

  @Column({ type: 'uuid' })
  sessionId: string;

  @ManyToOne(() => Session, { onDelete: 'NO ACTION' })
  @JoinColumn({ name: 'sessionId', foreignKeyConstraintName: 'FK_recommendations_session' })
  session?: Session;

  @Column({ type: 'uuid' })
  authorId: string;

  @ManyToOne(() => Participant, { onDelete: 'NO ACTION' })
  @JoinColumn({ name: 'authorId', foreignKeyConstraintName: 'FK_recommendations_author' })
  author?: Participant;

  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'simple-json' })
  themes: string[];

  @Column({ type: 'varchar', length: 20 })
  governanceLevel: GovernanceLevel;

  @Column({ type: 'varchar', length: 20, default: 'submitted' })
  status: RecommendationStatus;

  /** Optimistic concurrency: an edit must name the version it was made from. */
  @Column({ type: 'integer', default: 1 })
  version: number;

  @Column({ type: 'uuid', nullable: true })
  mergedIntoId: string | null;

  @ManyToOne(() => Recommendation, { onDelete: 'NO ACTION', nullable: true })
  @JoinColumn({ name: 'mergedIntoId', foreignKeyConstraintName: 'FK_recommendations_merged_into' })
  mergedInto?: Recommendation | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  hiddenReason: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  disposition: Disposition | null;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  dispositionNote: string | null;

  /** Tally counters, recomputed from the vote rows in the same transaction as every vote. */
  @Column({ type: 'integer', default: 0 })
  supportCount: number;

  @Column({ type: 'integer', default: 0 })
  opposeCount: number;

  @Column({ type: 'integer', default: 0 })
  abstainCount: number;

  @Column({ type: 'double precision', default: 0 })
  bridging: number;

  @Column({ type: 'varchar', length: 10, nullable: true })
  consensus: ConsensusMark;

  @Column({ type: 'integer', default: 0 })
  commentCount: number;
}
