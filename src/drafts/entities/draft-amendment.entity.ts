import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../../common/entities/base.entity';
import type { ConsensusMark } from '#contract';
import { Participant } from '../../participants/participant.entity';
import type { AmendmentKind } from '../draft-document';
import { DraftParagraph } from './draft-paragraph.entity';
import { Draft } from './draft.entity';

export type AmendmentStatus =
  | 'proposed'
  | 'accepted'
  | 'accepted_modified'
  | 'rejected'
  | 'withdrawn'
  | 'voting'
  | 'adopted'
  | 'not_adopted';

export const AMENDMENT_STATUSES: readonly AmendmentStatus[] = [
  'proposed',
  'accepted',
  'accepted_modified',
  'rejected',
  'withdrawn',
  'voting',
  'adopted',
  'not_adopted',
];

/** Still waiting for a decision: a draft with one of these cannot go under silence. */
export const PENDING_AMENDMENT: readonly AmendmentStatus[] = ['proposed', 'voting'];

/**
 * A proposed change to one paragraph, filed against the paragraph's version `baseVersion`, whose
 * wording (`baseText`) the diff is shown against. The counters mirror its vote rows, as for
 * recommendations.
 */
@Entity('draft_amendments')
@Index('IDX_draft_amendments_draft', ['draftId', 'status'])
@Index('IDX_draft_amendments_paragraph', ['paragraphId'])
export class DraftAmendment extends BaseEntity {
  @Column({ type: 'uuid' })
  draftId: string;

  @ManyToOne(() => Draft, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'draftId', foreignKeyConstraintName: 'FK_draft_amendments_draft' })
  draft?: Draft;

  @Column({ type: 'uuid' })
  paragraphId: string;

  @ManyToOne(() => DraftParagraph, { onDelete: 'NO ACTION' })
  @JoinColumn({ name: 'paragraphId', foreignKeyConstraintName: 'FK_draft_amendments_paragraph' })
  paragraph?: DraftParagraph;

  @Column({ type: 'varchar', length: 20 })
  kind: AmendmentKind;

  /** The new wording (replace) or the new paragraph (insert_after); null for delete. */
  @Column({ type: 'text', nullable: true })
  text: string | null;

  @Column({ type: 'text' })
  reason: string;

  @Column({ type: 'uuid' })
  authorId: string;

  @ManyToOne(() => Participant, { onDelete: 'NO ACTION' })
  @JoinColumn({ name: 'authorId', foreignKeyConstraintName: 'FK_draft_amendments_author' })
  author?: Participant;

  @Column({ type: 'varchar', length: 20, default: 'proposed' })
  status: AmendmentStatus;

  @Column({ type: 'integer' })
  baseVersion: number;

  @Column({ type: 'text' })
  baseText: string;

  /** The chair's compromise wording (accept_modified). */
  @Column({ type: 'text', nullable: true })
  compromiseText: string | null;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  note: string | null;

  @Column({ type: 'uuid', nullable: true })
  decidedById: string | null;

  @Column({ type: Date, nullable: true })
  decidedAt: Date | null;

  /** When it changed the text (accepted, accepted_modified, adopted). */
  @Column({ type: Date, nullable: true })
  appliedAt: Date | null;

  /** The paragraph an applied insert_after created. */
  @Column({ type: 'uuid', nullable: true })
  createdParagraphId: string | null;

  @Column({ type: 'integer', default: 0 })
  supportCount: number;

  @Column({ type: 'integer', default: 0 })
  opposeCount: number;

  @Column({ type: 'integer', default: 0 })
  abstainCount: number;

  @Column({ type: 'double precision', default: 0 })
  bridging: number;

  @Column({ type: 'varchar', length: 20, nullable: true })
  consensus: ConsensusMark;
}
