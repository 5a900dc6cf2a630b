import {
  BeforeInsert,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
} from 'typeorm';
import { Draft } from './draft.entity';

/** A draft room's event counter (as SessionSequence is a session's). */
@Entity('draft_sequences')
export class DraftSequence {
  @PrimaryColumn({ type: 'uuid' })
  draftId: string;

  @ManyToOne(() => Draft, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'draftId', foreignKeyConstraintName: 'FK_draft_sequences_draft' })
  draft?: Draft;

  @Column({ type: 'integer', default: 0 })
  seq: number;
}

/** The recent realtime events of a draft room, kept for `draft:sync` (as SessionEvent for sessions). */
@Entity('draft_events')
@Index('IDX_draft_events_time', ['createdAt'])
export class DraftEvent {
  @PrimaryColumn({ type: 'uuid' })
  draftId: string;

  @ManyToOne(() => Draft, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'draftId', foreignKeyConstraintName: 'FK_draft_events_draft' })
  draft?: Draft;

  @PrimaryColumn({ type: 'integer' })
  seq: number;

  @Column({ type: 'varchar', length: 40 })
  name: string;

  @Column({ type: 'text' })
  payload: string;

  @CreateDateColumn()
  createdAt: Date;

  @BeforeInsert()
  protected stampCreation(): void {
    this.createdAt ??= new Date();
  }
}
