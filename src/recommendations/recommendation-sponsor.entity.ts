import {
  CreateDateColumn,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  BeforeInsert,
} from 'typeorm';
import { Participant } from '../participants/participant.entity';
import { Recommendation } from './recommendation.entity';

export type SponsorSource = 'author' | 'co_sponsor' | 'merge';

/** The author and every co-sponsor of a recommendation (the outcome document lists their organisations). */
@Entity('recommendation_sponsors')
@Index('IDX_recommendation_sponsors_participant', ['participantId'])
export class RecommendationSponsor {
  @PrimaryColumn({ type: 'uuid' })
  recommendationId: string;

  @PrimaryColumn({ type: 'uuid' })
  participantId: string;

  @ManyToOne(() => Recommendation, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'recommendationId',
    foreignKeyConstraintName: 'FK_recommendation_sponsors_recommendation',
  })
  recommendation?: Recommendation;

  @ManyToOne(() => Participant, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'participantId',
    foreignKeyConstraintName: 'FK_recommendation_sponsors_participant',
  })
  participant?: Participant;

  /** How they became a sponsor: by writing it, by co-sponsoring, or through a merge. */
  @Column({ type: 'varchar', length: 12 })
  source: SponsorSource;

  @CreateDateColumn()
  createdAt: Date;

  @BeforeInsert()
  protected stampCreation(): void {
    this.createdAt ??= new Date();
  }
}
