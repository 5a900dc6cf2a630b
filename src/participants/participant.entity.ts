import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../common/entities/base.entity';
import { Conference } from '../conferences/conference.entity';
import type { Constituency, Language, Role } from './participant.constants';

@Entity('participants')
export class Participant extends BaseEntity {
  @Column({ type: 'varchar', length: 200 })
  name: string;

  /** Stored lower-case; the sign-in identifier. */
  @Index('UQ_participants_email', { unique: true })
  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  organisation: string | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  constituency: Constituency | null;

  /** ISO 3166-1 alpha-2. */
  @Column({ type: 'varchar', length: 2, nullable: true })
  country: string | null;

  @Column({ type: 'varchar', length: 120, nullable: true })
  city: string | null;

  @Column({ type: 'varchar', length: 5, default: 'en' })
  language: Language;

  @Column({ type: 'varchar', length: 20 })
  role: Role;

  /** The conference the participant is accredited to; null = every conference (platform secretariat). */
  @Index('IDX_participants_conference')
  @Column({ type: 'uuid', nullable: true })
  conferenceId: string | null;

  @ManyToOne(() => Conference, { onDelete: 'NO ACTION', nullable: true })
  @JoinColumn({ name: 'conferenceId', foreignKeyConstraintName: 'FK_participants_conference' })
  conference?: Conference | null;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  /** scrypt hash of the access code or password; never leaves the server. */
  @Column({ type: 'varchar', length: 255, select: false })
  secretHash: string;
}
