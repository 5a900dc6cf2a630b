import { Column, Entity, Index, JoinColumn, ManyToOne, OneToMany } from 'typeorm';
import { BaseEntity } from '../common/entities/base.entity';
import { Conference } from '../conferences/conference.entity';
import { SessionModerator } from './session-moderator.entity';
import type { SessionKind, SessionStatus } from './session.constants';

@Entity('sessions')
@Index('IDX_sessions_conference_start', ['conferenceId', 'startsAt'])
export class Session extends BaseEntity {
  @Column({ type: 'uuid' })
  conferenceId: string;

  @ManyToOne(() => Conference, { onDelete: 'NO ACTION' })
  @JoinColumn({ name: 'conferenceId', foreignKeyConstraintName: 'FK_sessions_conference' })
  conference?: Conference;

  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Column({ type: 'varchar', length: 30 })
  kind: SessionKind;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'varchar', length: 120, nullable: true })
  room: string | null;

  @Column({ type: Date })
  startsAt: Date;

  @Column({ type: Date })
  endsAt: Date;

  @Column({ type: 'varchar', length: 20, default: 'scheduled' })
  status: SessionStatus;

  @Column({ type: 'text', nullable: true })
  summary: string | null;

  /** Per-language titles for the programme and the outcome document. */
  @Column({ type: 'simple-json', nullable: true })
  translations: { title?: Record<string, string>; description?: Record<string, string> } | null;

  @Column({ type: Date, nullable: true })
  closedAt: Date | null;

  @OneToMany(() => SessionModerator, (m) => m.session)
  moderators?: SessionModerator[];
}
