import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../../common/entities/base.entity';
import { Draft } from './draft.entity';

export type SilenceStatus = 'running' | 'broken' | 'adopted';

/**
 * One silence procedure: the draft is frozen until `until`; a delegate may break it (naming
 * paragraphs and a reason), otherwise at the deadline the draft is adopted. The deadline is data:
 * every instance sweeps running silences past their deadline, and a conditional UPDATE on
 * `status = 'running'` lets exactly one of them adopt.
 */
@Entity('draft_silences')
@Index('IDX_draft_silences_status', ['status', 'until'])
@Index('IDX_draft_silences_draft', ['draftId'])
export class DraftSilence extends BaseEntity {
  @Column({ type: 'uuid' })
  draftId: string;

  @ManyToOne(() => Draft, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'draftId', foreignKeyConstraintName: 'FK_draft_silences_draft' })
  draft?: Draft;

  @Column({ type: Date })
  until: Date;

  @Column({ type: 'varchar', length: 20, default: 'running' })
  status: SilenceStatus;

  @Column({ type: 'uuid' })
  startedById: string;

  @Column({ type: 'uuid', nullable: true })
  brokenById: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  brokenByOrganisation: string | null;

  @Column({ type: Date, nullable: true })
  brokenAt: Date | null;

  @Column({ type: 'simple-json', nullable: true })
  paragraphNumbers: number[] | null;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Column({ type: Date, nullable: true })
  endedAt: Date | null;
}
