import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../common/entities/base.entity';
import type { Stance } from '#contract';
import { Participant } from '../participants/participant.entity';
import { Recommendation } from '../recommendations/recommendation.entity';

@Entity('comments')
@Index('IDX_comments_recommendation_time', ['recommendationId', 'createdAt'])
@Index('IDX_comments_author_time', ['authorId', 'createdAt'])
export class Comment extends BaseEntity {
  @Column({ type: 'uuid' })
  recommendationId: string;

  @ManyToOne(() => Recommendation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recommendationId', foreignKeyConstraintName: 'FK_comments_recommendation' })
  recommendation?: Recommendation;

  @Column({ type: 'uuid' })
  sessionId: string;

  @Column({ type: 'uuid' })
  authorId: string;

  @ManyToOne(() => Participant, { onDelete: 'NO ACTION' })
  @JoinColumn({ name: 'authorId', foreignKeyConstraintName: 'FK_comments_author' })
  author?: Participant;

  @Column({ type: 'uuid', nullable: true })
  parentId: string | null;

  @ManyToOne(() => Comment, { onDelete: 'NO ACTION', nullable: true })
  @JoinColumn({ name: 'parentId', foreignKeyConstraintName: 'FK_comments_parent' })
  parent?: Comment | null;

  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'varchar', length: 10 })
  stance: Stance;

  /** Hidden comments keep their text for the audit; nobody else is shown it. */
  @Column({ type: 'boolean', default: false })
  hidden: boolean;

  @Column({ type: 'varchar', length: 500, nullable: true })
  hiddenReason: string | null;

  @Column({ type: 'uuid', nullable: true })
  hiddenById: string | null;
}
