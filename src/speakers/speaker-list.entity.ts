import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../common/entities/base.entity';
import type { SpeakerMode } from '#contract';
import { Draft } from '../drafts/entities/draft.entity';
import { Session } from '../sessions/session.entity';

/**
 * The speakers' list of a session or of a draft (exactly one of `sessionId` and `draftId`): its
 * mode and turn length. Created on first use with the defaults; its row is what a call of the next
 * speaker locks.
 */
@Entity('speaker_lists')
@Index('UQ_speaker_lists_session', ['sessionId'], { unique: true })
@Index('UQ_speaker_lists_draft', ['draftId'], { unique: true })
@Check('CHK_speaker_lists_owner', `("sessionId" IS NULL) <> ("draftId" IS NULL)`)
export class SpeakerList extends BaseEntity {
  @Column({ type: 'uuid' })
  conferenceId: string;

  @Column({ type: 'uuid', nullable: true })
  sessionId: string | null;

  @ManyToOne(() => Session, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'sessionId', foreignKeyConstraintName: 'FK_speaker_lists_session' })
  session?: Session | null;

  @Column({ type: 'uuid', nullable: true })
  draftId: string | null;

  @ManyToOne(() => Draft, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'draftId', foreignKeyConstraintName: 'FK_speaker_lists_draft' })
  draft?: Draft | null;

  @Column({ type: 'varchar', length: 10, default: 'fifo' })
  mode: SpeakerMode;

  @Column({ type: 'integer' })
  turnSeconds: number;
}
