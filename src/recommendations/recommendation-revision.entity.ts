import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  BeforeInsert,
} from 'typeorm';
import type { GovernanceLevel } from '#contract';
import { Recommendation } from './recommendation.entity';

/** A recommendation as it stood at one version: version 1 is the original submission. */
@Entity('recommendation_revisions')
@Index('UQ_recommendation_revisions_version', ['recommendationId', 'version'], { unique: true })
export class RecommendationRevision {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  recommendationId: string;

  @ManyToOne(() => Recommendation, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'recommendationId',
    foreignKeyConstraintName: 'FK_recommendation_revisions_recommendation',
  })
  recommendation?: Recommendation;

  @Column({ type: 'integer' })
  version: number;

  @Column({ type: 'uuid' })
  editorId: string;

  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'simple-json' })
  themes: string[];

  @Column({ type: 'varchar', length: 20 })
  governanceLevel: GovernanceLevel;

  /** Fields that differ from the previous version (empty for the original). */
  @Column({ type: 'simple-json' })
  changedFields: string[];

  @CreateDateColumn()
  createdAt: Date;

  @BeforeInsert()
  protected stampCreation(): void {
    this.createdAt ??= new Date();
  }
}
