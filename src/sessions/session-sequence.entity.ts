import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Session } from './session.entity';

/**
 * A session's event counter, in its own row rather than on the session: on PostgreSQL, votes hold
 * the session row FOR SHARE, and taking the next number must not have to upgrade that lock.
 */
@Entity('session_sequences')
export class SessionSequence {
  @PrimaryColumn({ type: 'uuid' })
  sessionId: string;

  @ManyToOne(() => Session, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'sessionId', foreignKeyConstraintName: 'FK_session_sequences_session' })
  session?: Session;

  @Column({ type: 'integer', default: 0 })
  seq: number;

  /**
   * When any instance last broadcast this session's tallies (epoch ms; a string on PostgreSQL,
   * whose driver returns bigint as text). Only compared in SQL: see SessionEventLog.claimTallySlot.
   */
  @Column({ type: 'bigint', nullable: true })
  lastTallyAt: string | number | null;
}
