import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../../common/entities/base.entity';
import { Conference } from '../../conferences/conference.entity';
import type { Language } from '../../participants/participant.constants';
import type { DraftStatus } from '../draft-document';

/**
 * A declaration being negotiated: `drafting → under_silence → adopted` (a broken silence returns
 * it to `drafting`). `version` is the number of the latest frozen version (0, the zero draft, until
 * a revision is frozen). The current silence, when there is one, is in `draft_silences`.
 */
@Entity('drafts')
@Index('IDX_drafts_conference', ['conferenceId'])
export class Draft extends BaseEntity {
  @Column({ type: 'uuid' })
  conferenceId: string;

  @ManyToOne(() => Conference, { onDelete: 'NO ACTION' })
  @JoinColumn({ name: 'conferenceId', foreignKeyConstraintName: 'FK_drafts_conference' })
  conference?: Conference;

  @Column({ type: 'varchar', length: 300 })
  title: string;

  /** The drafting language, one of the conference's: its text is authoritative. */
  @Column({ type: 'varchar', length: 5 })
  language: Language;

  @Column({ type: 'varchar', length: 20, default: 'drafting' })
  status: DraftStatus;

  @Column({ type: 'integer', default: 0 })
  version: number;

  /** The compiled outcome-document version the draft was made from; null for a blank draft. */
  @Column({ type: 'uuid', nullable: true })
  fromReportId: string | null;

  /** The framework whose themes head the operative sections, when made from a report. */
  @Column({ type: 'varchar', length: 80, nullable: true })
  framework: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;
}
