import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../../common/entities/base.entity';
import type { VoteValue } from '#contract';
import { Participant } from '../../participants/participant.entity';
import { DraftAmendment } from './draft-amendment.entity';

/** One delegate's vote on one amendment put to the vote (unique per delegate and amendment). */
@Entity('draft_amendment_votes')
@Index('UQ_draft_amendment_votes_amendment_participant', ['amendmentId', 'participantId'], {
  unique: true,
})
export class DraftAmendmentVote extends BaseEntity {
  @Column({ type: 'uuid' })
  amendmentId: string;

  @ManyToOne(() => DraftAmendment, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'amendmentId',
    foreignKeyConstraintName: 'FK_draft_amendment_votes_amendment',
  })
  amendment?: DraftAmendment;

  @Column({ type: 'uuid' })
  participantId: string;

  @ManyToOne(() => Participant, { onDelete: 'NO ACTION' })
  @JoinColumn({
    name: 'participantId',
    foreignKeyConstraintName: 'FK_draft_amendment_votes_participant',
  })
  participant?: Participant;

  @Column({ type: 'varchar', length: 40, nullable: true })
  constituency: string | null;

  @Column({ type: 'varchar', length: 10 })
  value: VoteValue;
}
