import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../common/entities/base.entity';
import type { SpeakerMode } from '#contract';
import { Session } from '../sessions/session.entity';

/**
 * A session's (or, later, a draft's) speakers' list: its mode and turn length. Created on first
 * use with the defaults; its row is what a call of the next speaker locks.
 */
@Entity('speaker_lists')
@Index('UQ_speaker_lists_session', ['sessionId'], { unique: true })
export class SpeakerList extends BaseEntity {
  @Column({ type: 'uuid' })
  conferenceId: string;

  @Column({ type: 'uuid', nullable: true })
  sessionId: string | null;

  @ManyToOne(() => Session, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'sessionId', foreignKeyConstraintName: 'FK_speaker_lists_session' })
  session?: Session | null;

  @Column({ type: 'varchar', length: 10, default: 'fifo' })
  mode: SpeakerMode;

  @Column({ type: 'integer' })
  turnSeconds: number;
}
