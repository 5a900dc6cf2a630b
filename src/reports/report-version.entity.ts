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
import { Conference } from '../conferences/conference.entity';
import type { Language } from '../participants/participant.constants';

import type { ReportStatus } from '#contract';

export type { ReportStatus };

/**
 * One compiled version of a conference's outcome document. The document is stored as data
 * (canonical JSON) so that every later export renders from exactly what was compiled; a final
 * version is never written again.
 */
@Entity('report_versions')
@Index('UQ_report_versions_conference_version', ['conferenceId', 'version'], { unique: true })
@Index('IDX_report_versions_content', ['conferenceId', 'contentSha256'])
export class ReportVersion {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  conferenceId: string;

  @ManyToOne(() => Conference, { onDelete: 'NO ACTION' })
  @JoinColumn({ name: 'conferenceId', foreignKeyConstraintName: 'FK_report_versions_conference' })
  conference?: Conference;

  /** 1, 2, … per conference, in the order they were compiled. */
  @Column({ type: 'integer' })
  version: number;

  @Column({ type: 'varchar', length: 10 })
  status: ReportStatus;

  @Column({ type: 'varchar', length: 5 })
  language: Language;

  /** The closed sessions the document was compiled from, in programme order. */
  @Column({ type: 'simple-json' })
  sessionIds: string[];

  /** Hex SHA-256 of the document's content (see compile/hash.ts for what it covers). */
  @Column({ type: 'varchar', length: 64 })
  sha256: string;

  /**
   * Hex SHA-256 of the language-independent content, shared by every language version of one
   * outcome (compile/hash.ts); null for versions compiled before it was recorded.
   */
  @Column({ type: 'varchar', length: 64, nullable: true })
  contentSha256: string | null;

  /** The OutcomeDocument as canonical JSON. */
  @Column({ type: 'text' })
  document: string;

  /** Null when compiled with the command-line export, which has no signed-in actor. */
  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @Column({ type: Date, nullable: true })
  finalizedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  finalizedById: string | null;

  @CreateDateColumn()
  createdAt: Date;

  @BeforeInsert()
  protected stampCreation(): void {
    this.createdAt ??= new Date();
  }
}
