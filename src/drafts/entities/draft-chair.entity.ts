import { Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Participant } from '../../participants/participant.entity';
import { Draft } from './draft.entity';

/** A moderator (or secretariat account) chairing a draft. */
@Entity('draft_chairs')
export class DraftChair {
  @PrimaryColumn({ type: 'uuid' })
  draftId: string;

  @PrimaryColumn({ type: 'uuid' })
  participantId: string;

  @ManyToOne(() => Draft, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'draftId', foreignKeyConstraintName: 'FK_draft_chairs_draft' })
  draft?: Draft;

  @ManyToOne(() => Participant, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'participantId', foreignKeyConstraintName: 'FK_draft_chairs_participant' })
  participant?: Participant;
}
