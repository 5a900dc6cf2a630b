import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { BaseEntity } from '../../common/entities/base.entity';
import type { ParagraphKind } from '../draft-document';
import { Draft } from './draft.entity';

/**
 * One paragraph of a draft. `position` orders the draft's paragraphs (0, 1, 2 … rewritten on
 * every insert and move); numbers are derived from it, never stored. `version` is the optimistic
 * concurrency counter: every change of wording, kind or alternatives bumps it, and an amendment
 * filed against an older one is outdated. A deleted paragraph keeps its row (`deletedAt`) so the
 * amendments that named it still resolve.
 */
@Entity('draft_paragraphs')
@Index('IDX_draft_paragraphs_draft', ['draftId', 'position'])
export class DraftParagraph extends BaseEntity {
  @Column({ type: 'uuid' })
  draftId: string;

  @ManyToOne(() => Draft, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'draftId', foreignKeyConstraintName: 'FK_draft_paragraphs_draft' })
  draft?: Draft;

  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'varchar', length: 20 })
  kind: ParagraphKind;

  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'simple-json' })
  alternatives: string[];

  /** Ids of the recommendations it came from. */
  @Column({ type: 'simple-json' })
  sources: string[];

  @Column({ type: 'integer', default: 1 })
  version: number;

  @Column({ type: Date, nullable: true })
  deletedAt: Date | null;
}
