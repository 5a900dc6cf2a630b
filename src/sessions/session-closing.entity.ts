import {
  BeforeInsert,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type { ConsensusMark, RecommendationStatus } from '#contract';
import { Session } from './session.entity';

export interface FrozenTally {
  recommendationId: string;
  status: RecommendationStatus;
  support: number;
  oppose: number;
  abstain: number;
  bridging: number;
  consensus: ConsensusMark;
}

/** Written when a session closes: every recommendation's final tally, frozen. A reopen and a new close write a new one. */
@Entity('session_closings')
@Index('IDX_session_closings_session', ['sessionId', 'createdAt'])
export class SessionClosing {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  sessionId: string;

  @ManyToOne(() => Session, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'sessionId', foreignKeyConstraintName: 'FK_session_closings_session' })
  session?: Session;

  @Column({ type: 'uuid', nullable: true })
  closedById: string | null;

  @Column({ type: 'simple-json' })
  tallies: FrozenTally[];

  @CreateDateColumn()
  createdAt: Date;

  @BeforeInsert()
  protected stampCreation(): void {
    this.createdAt ??= new Date();
  }
}
