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
import { Session } from './session.entity';

/**
 * The recent realtime events of a session, kept in the database so any instance can replay
 * what a reconnecting client missed (`session:sync`). Older ones are pruned: a client that has
 * missed more gets a fresh snapshot instead.
 */
@Entity('session_events')
@Index('IDX_session_events_time', ['createdAt'])
export class SessionEvent {
  @PrimaryColumn({ type: 'uuid' })
  sessionId: string;

  @ManyToOne(() => Session, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'sessionId', foreignKeyConstraintName: 'FK_session_events_session' })
  session?: Session;

  @PrimaryColumn({ type: 'integer' })
  seq: number;

  /** The socket event name, e.g. `recommendation:created`. */
  @Column({ type: 'varchar', length: 40 })
  name: string;

  /** The payload exactly as broadcast (JSON). */
  @Column({ type: 'text' })
  payload: string;

  @CreateDateColumn()
  createdAt: Date;

  @BeforeInsert()
  protected stampCreation(): void {
    this.createdAt ??= new Date();
  }
}
