import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  BeforeInsert,
} from 'typeorm';

/**
 * One thing a moderator or the secretariat did, or a sign-in. Written in the same
 * transaction as the change it records; no code path updates or deletes an entry.
 */
@Entity('audit_entries')
@Index('IDX_audit_conference_time', ['conferenceId', 'createdAt', 'id'])
@Index('IDX_audit_time', ['createdAt', 'id'])
@Index('IDX_audit_actor_time', ['actorId', 'createdAt', 'id'])
@Index('IDX_audit_target_time', ['targetType', 'targetId', 'createdAt'])
export class AuditEntry {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @CreateDateColumn()
  createdAt: Date;

  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  actorRole: string | null;

  /** e.g. `auth.login`, `session.close`, `recommendation.hide`. */
  @Column({ type: 'varchar', length: 60 })
  action: string;

  @Column({ type: 'uuid', nullable: true })
  conferenceId: string | null;

  @Column({ type: 'uuid', nullable: true })
  sessionId: string | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  targetType: string | null;

  @Column({ type: 'uuid', nullable: true })
  targetId: string | null;

  @Column({ type: 'simple-json', nullable: true })
  details: Record<string, unknown> | null;

  @BeforeInsert()
  protected stampCreation(): void {
    this.createdAt ??= new Date();
  }
}
