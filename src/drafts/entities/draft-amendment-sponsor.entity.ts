import { CreateDateColumn, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Participant } from '../../participants/participant.entity';
import { DraftAmendment } from './draft-amendment.entity';

@Entity('draft_amendment_sponsors')
export class DraftAmendmentSponsor {
  @PrimaryColumn({ type: 'uuid' })
  amendmentId: string;

  @PrimaryColumn({ type: 'uuid' })
  participantId: string;

  @ManyToOne(() => DraftAmendment, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'amendmentId',
    foreignKeyConstraintName: 'FK_draft_amendment_sponsors_amendment',
  })
  amendment?: DraftAmendment;

  @ManyToOne(() => Participant, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'participantId',
    foreignKeyConstraintName: 'FK_draft_amendment_sponsors_participant',
  })
  participant?: Participant;

  @Column({ type: 'varchar', length: 20 })
  source: 'author' | 'co_sponsor';

  @CreateDateColumn()
  createdAt: Date;
}
