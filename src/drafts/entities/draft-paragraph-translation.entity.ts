import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { Language } from '../../participants/participant.constants';
import { DraftParagraph } from './draft-paragraph.entity';

/**
 * A paragraph in another conference language, entered by the secretariat. `paragraphVersion` is
 * the paragraph's version it translates: once the paragraph moves on, the translation is outdated.
 */
@Entity('draft_paragraph_translations')
export class DraftParagraphTranslation {
  @PrimaryColumn({ type: 'uuid' })
  paragraphId: string;

  @PrimaryColumn({ type: 'varchar', length: 5 })
  language: Language;

  @ManyToOne(() => DraftParagraph, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'paragraphId',
    foreignKeyConstraintName: 'FK_draft_paragraph_translations_paragraph',
  })
  paragraph?: DraftParagraph;

  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'simple-json' })
  alternatives: string[];

  @Column({ type: 'integer' })
  paragraphVersion: number;

  @UpdateDateColumn()
  updatedAt: Date;
}
